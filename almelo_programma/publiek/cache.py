"""Caching of the public pages, invalidated by any change to what they show.

A cached page is stored under a key that contains a *fingerprint* of the public data: the time of
the latest change recorded by django-simple-history in the tables the public side reads (one
indexed ``MAX(history_date)`` query). Every write in the portal goes through ``save()`` or
``delete()`` and therefore leaves a history row — the werkruimte's services, the admin, the API,
``laad_programma`` — so publishing or unpublishing an update, a measurement, an activity, a
project or an event changes the fingerprint and the next request renders a fresh page. This
needs no signal handler and no call in every service, and it works across gunicorn workers even
with the per-process local-memory cache (the fingerprint comes from the shared database).

Writes that bypass ``save()`` (``QuerySet.update``/``bulk_create``) do not invalidate; they age
out after ``PUBLIEK_CACHE_SECONDEN`` (also the bound for time-based content such as "upcoming
events"), or call ``publiek_cache_legen()``. Only anonymous GET/HEAD requests are cached:
logged-in users see their own menu.
"""

import functools
import hashlib

from django.conf import settings
from django.core.cache import cache
from django.db import connection
from django.http import HttpResponse

VERSIE_SLEUTEL = "publiek:versie"


def _tabellen() -> list[str]:
    from activiteiten.models import Activiteit, Activiteitenlijn, Statusupdate
    from doelen.models import Doel, Effectindicator, Meting, Programma
    from netwerk.models import Bijeenkomst
    from woondeals.models import Deelspoor, DeelspoorUpdate, Realisatie, Woningbouwproject

    modellen = [
        Programma, Doel, Effectindicator, Meting, Activiteitenlijn, Activiteit, Statusupdate,
        Deelspoor, DeelspoorUpdate, Woningbouwproject, Realisatie, Bijeenkomst,
    ]  # fmt: skip
    return [m.history.model._meta.db_table for m in modellen]


@functools.cache
def _vingerafdruk_sql() -> str:
    qn = connection.ops.quote_name
    delen = " UNION ALL ".join(
        f"SELECT MAX(history_date) AS laatst FROM {qn(tabel)}" for tabel in _tabellen()
    )
    return f"SELECT MAX(laatst) FROM ({delen}) wijzigingen"  # noqa: S608 - fixed table names


def vingerafdruk() -> str:
    """Time of the latest recorded change to public data (one query)."""
    with connection.cursor() as cursor:
        cursor.execute(_vingerafdruk_sql())
        (laatst,) = cursor.fetchone()
    return str(laatst)


def publiek_cache_legen() -> None:
    """Invalidate every cached public page (for writes that bypass ``save()``)."""
    try:
        cache.incr(VERSIE_SLEUTEL)
    except ValueError:
        cache.set(VERSIE_SLEUTEL, 2, None)


def _sleutel(request) -> str:
    versie = cache.get(VERSIE_SLEUTEL, 1)
    inhoud = f"{versie}|{vingerafdruk()}|{request.method}|{request.get_full_path()}"
    return "publiek:" + hashlib.sha256(inhoud.encode()).hexdigest()


def publiek_gecached(view):
    """Cache an anonymous GET/HEAD response of ``view`` (status 200) as described above."""

    @functools.wraps(view)
    def wrapper(request, *args, **kwargs):
        seconden = settings.PUBLIEK_CACHE_SECONDEN
        if (
            not seconden
            or request.method not in ("GET", "HEAD")
            or settings.SESSION_COOKIE_NAME in request.COOKIES
            or "messages" in request.COOKIES
        ):
            return view(request, *args, **kwargs)
        sleutel = _sleutel(request)
        opgeslagen = cache.get(sleutel)
        if opgeslagen is not None:
            inhoud, headers = opgeslagen
            response = HttpResponse(inhoud, headers=headers)
            response["X-Publiek-Cache"] = "hit"
            return response
        response = view(request, *args, **kwargs)
        if response.status_code == 200 and not response.streaming:
            headers = {
                k: v
                for k, v in response.items()
                if k.lower() in ("content-type", "content-disposition")
            }
            cache.set(sleutel, (response.content, headers), seconden)
            response["X-Publiek-Cache"] = "miss"
        return response

    return wrapper
