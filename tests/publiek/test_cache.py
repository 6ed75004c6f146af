"""Public pages are cached for anonymous visitors and invalidated by publishing/unpublishing."""

import pytest

from activiteiten.models import Activiteit
from almelo_programma.publiek.cache import publiek_cache_legen
from tests.factories import StatusupdateFactory, UserFactory

pytestmark = pytest.mark.django_db


def test_second_request_is_a_cache_hit(programma, client):
    assert client.get("/").headers["X-Publiek-Cache"] == "miss"
    assert client.get("/").headers["X-Publiek-Cache"] == "hit"
    assert client.get("/?a=1").headers["X-Publiek-Cache"] == "miss"


def test_publishing_and_unpublishing_invalidate_the_cached_page(programma, client):
    act = Activiteit.objects.get(slug="2023-b1-stadscafe")
    update = StatusupdateFactory(activiteit=act, toelichting="Nieuw-bericht", gepubliceerd=False)
    client.get(act.get_absolute_url())
    response = client.get(act.get_absolute_url())
    assert response.headers["X-Publiek-Cache"] == "hit"
    assert "Nieuw-bericht" not in response.content.decode()

    update.gepubliceerd = True
    update.save()
    response = client.get(act.get_absolute_url())
    assert response.headers["X-Publiek-Cache"] == "miss"
    assert "Nieuw-bericht" in response.content.decode()

    update.gepubliceerd = False
    update.save()
    assert "Nieuw-bericht" not in client.get(act.get_absolute_url()).content.decode()


def test_writes_that_bypass_save_are_invalidated_by_hand(programma, client):
    act = Activiteit.objects.get(slug="2023-b1-stadscafe")
    update = StatusupdateFactory(activiteit=act, toelichting="Bulk-bericht", gepubliceerd=False)
    client.get(act.get_absolute_url())
    type(update).objects.filter(pk=update.pk).update(gepubliceerd=True)  # no history row
    assert "Bulk-bericht" not in client.get(act.get_absolute_url()).content.decode()
    publiek_cache_legen()
    assert "Bulk-bericht" in client.get(act.get_absolute_url()).content.decode()


def test_logged_in_users_are_not_served_from_the_cache(programma, client):
    client.get("/")
    user = UserFactory(rol="bestuurder")
    client.force_login(user)
    response = client.get("/")
    assert "X-Publiek-Cache" not in response.headers
    assert "Uitloggen" in response.content.decode()


def test_cache_can_be_switched_off(programma, client, settings):
    settings.PUBLIEK_CACHE_SECONDEN = 0
    client.get("/")
    assert "X-Publiek-Cache" not in client.get("/").headers


def test_an_excel_import_that_publishes_invalidates_the_cached_page(programma, client):
    """The werkruimte import stores updates in bulk, with history rows: the page refreshes."""
    import datetime

    from activiteiten.services import statusupdates_bulk_create

    act = Activiteit.objects.get(slug="2023-b1-stadscafe")
    client.get(act.get_absolute_url())
    assert client.get(act.get_absolute_url()).headers["X-Publiek-Cache"] == "hit"
    statusupdates_bulk_create(
        regels=[
            {
                "activiteit": act,
                "status": "op_schema",
                "voortgang": 40,
                "toelichting": "Uit-de-import",
                "rapportagedatum": datetime.date(2023, 8, 31),
                "gepubliceerd": True,
            }
        ]
    )
    response = client.get(act.get_absolute_url())
    assert response.headers["X-Publiek-Cache"] == "miss"
    assert "Uit-de-import" in response.content.decode()


def test_a_cached_hit_runs_no_sql_query(programma, client, django_assert_num_queries):
    """Freshness comes from a version in the cache, not from the database."""
    client.get("/")
    with django_assert_num_queries(0):
        response = client.get("/")
    assert response.headers["X-Publiek-Cache"] == "hit"


def test_a_change_through_the_admin_or_a_related_model_invalidates(programma, client):
    """Any save of a domain model raises the version, not only status updates."""
    act = Activiteit.objects.get(slug="2023-b1-stadscafe")
    client.get(act.get_absolute_url())
    assert client.get(act.get_absolute_url()).headers["X-Publiek-Cache"] == "hit"
    act.titel = "Stadscafé-nieuwe-titel"
    act.save()
    response = client.get(act.get_absolute_url())
    assert response.headers["X-Publiek-Cache"] == "miss"
    assert "Stadscafé-nieuwe-titel" in response.content.decode()


def test_a_hit_is_served_before_the_other_middleware_and_the_url_resolver(programma, client):
    """The first middleware serves a hit: no URL is resolved and no other middleware runs, and
    the hit carries the headers they added to the stored response (security, framing)."""
    from unittest import mock

    eerste = client.get("/")
    assert eerste.headers["X-Publiek-Cache"] == "miss"
    with (
        mock.patch(
            "django.core.handlers.base.BaseHandler.resolve_request",
            side_effect=AssertionError("URL resolved on a hit"),
        ),
        mock.patch(
            "django.contrib.sessions.middleware.SessionMiddleware.process_request",
            side_effect=AssertionError("session middleware ran on a hit"),
        ),
    ):
        hit = client.get("/")
    assert hit.headers["X-Publiek-Cache"] == "hit"
    assert hit.content == eerste.content
    for kop in ("X-Frame-Options", "X-Content-Type-Options", "Content-Type"):
        assert hit.headers[kop] == eerste.headers[kop]
    assert "Set-Cookie" not in hit.headers


def test_pages_that_are_not_cached_cost_no_cache_lookup(programma, client):
    from unittest import mock

    client.get("/health/")
    with mock.patch("django.core.cache.cache.get_many") as lezen:
        response = client.get("/health/")
    assert response.status_code == 200 and not lezen.called
    assert "X-Publiek-Cache" not in response.headers
