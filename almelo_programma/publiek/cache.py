"""Caching of the public pages, invalidated by any change to what they show.

A cached page is stored with the *version* of the public data (``kern/publieke_versie.py``)
it was rendered from: a counter in the cache that every write raises; a page of an older version
is a miss. A receiver of
``post_save``, ``post_delete`` and ``m2m_changed`` raises it for every model of the domain apps
(doelen, activiteiten, netwerk, woondeals, evaluatie) and their django-simple-history models, so
every write
through ``save()``/``delete()`` — the werkruimte's services, the admin, the API, ``laad_programma``
— invalidates every cached page; the bulk services of the Excel import raise it themselves. A
cached hit reads two cache keys (the version and the page) in one round trip and runs no SQL
query at all.

The version is only as shared as the cache: with ``CACHE_URL=redis://…`` (production) every
gunicorn worker and the Celery worker see the same version. With the default per-process
local-memory cache a write invalidates only the cache of the process that made it; other
processes serve their copy until it ages out after ``PUBLIEK_CACHE_SECONDEN``.

Programmes are domain rows too (``doelen.Programma``): saving one (archiving it, starting a
successor, renaming it) raises the version, so the unprefixed addresses, an alias of the current
programme, never serve the pages of the programme that was current before. The current programme
also changes when a new one starts on 1 January without any write: the key holds the year, so
the unprefixed pages of the old year are not served in the new one.

Writes that send no signal (``QuerySet.update``, ``bulk_create`` without the import services, raw
SQL, another client on the database) do not invalidate: visitors see the old page until it ages
out after ``PUBLIEK_CACHE_SECONDEN`` (also the bound for time-based content such as "upcoming
events"), or until ``publiek_cache_legen()`` is called. Only anonymous GET/HEAD requests are
cached: logged-in users see their own menu.

Where: ``publiek_gecached`` marks a view's anonymous responses as cacheable (and reads the
version before it renders); ``PubliekeCacheMiddleware``, the first middleware, stores the final
response (with the headers every other middleware added) and serves a hit before any other
middleware runs: no session, locale, CSRF or URL resolving, one cache round trip and the stored
bytes. It tries a hit only for paths it has stored before in this process (a bounded set), so
other anonymous requests (static files, the API) cost no cache round trip.
"""

import functools
import hashlib

from django.conf import settings
from django.core.cache import cache
from django.db.models.signals import m2m_changed, post_delete, post_save
from django.http import HttpResponse
from django.utils import timezone

from almelo_programma.kern.publieke_versie import SLEUTEL as VERSIE_SLEUTEL
from almelo_programma.kern.publieke_versie import versie, versie_ophogen

DOMEIN_APPS = frozenset(
    {"doelen", "activiteiten", "netwerk", "woondeals", "evaluatie", "besluiten"}
)


def publiek_cache_legen() -> None:
    """Invalidate every cached public page (for writes that send no signal)."""
    versie_ophogen()


def _domein_gewijzigd(sender, action=None, **kwargs) -> None:
    if sender._meta.app_label in DOMEIN_APPS and action in (
        None,
        "post_add",
        "post_remove",
        "post_clear",
    ):
        versie_ophogen()


def signalen_verbinden() -> None:
    """Raise the version on every write to a domain model (called from ``AppConfig.ready``)."""
    for signaal in (post_save, post_delete, m2m_changed):
        signaal.connect(_domein_gewijzigd, dispatch_uid="publiek-cache")


def _sleutel(request) -> str:
    """Per method, address and year (the year decides the current programme, see above)."""
    jaar = timezone.localdate().year
    inhoud = f"{request.method}|{jaar}|{request.get_full_path()}"
    return "publiek:" + hashlib.sha256(inhoud.encode()).hexdigest()


def _cachebaar(request) -> bool:
    """An anonymous GET/HEAD with the cache on (no session, no pending messages)."""
    return bool(
        settings.PUBLIEK_CACHE_SECONDEN
        and request.method in ("GET", "HEAD")
        and settings.SESSION_COOKIE_NAME not in request.COOKIES
        and "messages" not in request.COOKIES
    )


def publiek_gecached(view):
    """Mark an anonymous GET/HEAD response of ``view`` as cacheable: ``PubliekeCacheMiddleware``
    stores it (status 200) under the version read here, before rendering."""

    @functools.wraps(view)
    def wrapper(request, *args, **kwargs):
        if _cachebaar(request) and getattr(request, "publiek_versie", None) is None:
            request.publiek_versie = versie()
        return view(request, *args, **kwargs)

    return wrapper


NIET_BEWAARD = frozenset({"set-cookie", "x-publiek-cache"})
MAX_PADEN = 10_000


class PubliekeCacheMiddleware:
    """Serve and store the anonymous public pages (see the module docstring); put it first in
    ``MIDDLEWARE``."""

    def __init__(self, get_response):
        self.get_response = get_response
        self.paden: set[str] = set()  # paths stored before, by this process

    def __call__(self, request):
        if not _cachebaar(request):
            return self.get_response(request)
        sleutel = _sleutel(request)
        if request.path in self.paden:
            gelezen = cache.get_many([VERSIE_SLEUTEL, sleutel])
            huidige = gelezen.get(VERSIE_SLEUTEL)
            opgeslagen = gelezen.get(sleutel)
            if huidige is not None and opgeslagen is not None and opgeslagen[0] == huidige:
                _versie, inhoud, headers = opgeslagen
                response = HttpResponse(inhoud, headers=headers)
                response["X-Publiek-Cache"] = "hit"
                return response
            request.publiek_versie = huidige  # None: the view reads (or starts) it
        response = self.get_response(request)
        huidige = getattr(request, "publiek_versie", None)
        if huidige is not None and response.status_code == 200 and not response.streaming:
            headers = {k: v for k, v in response.items() if k.lower() not in NIET_BEWAARD}
            cache.set(
                sleutel, (huidige, response.content, headers), settings.PUBLIEK_CACHE_SECONDEN
            )
            if len(self.paden) >= MAX_PADEN:
                self.paden.clear()
            self.paden.add(request.path)
            response["X-Publiek-Cache"] = "miss"
        return response
