"""Session lifetimes: signed-in users are logged out after 30 minutes idle or 8 hours in all
(configurable), with a Dutch message on the login page; an ordinary page costs no extra query."""

import time

import pytest
from django.contrib.auth import SESSION_KEY

from almelo_programma.aanmelden import sessies
from tests.factories import UserFactory

from .helpers import inloggen

pytestmark = pytest.mark.django_db

MIDDLEWARES = (
    "almelo_programma.aanmelden.middleware.SessieLimietMiddleware",
    "almelo_programma.aanmelden.middleware.TweeFactorMiddleware",
)


@pytest.fixture
def trekker(programma, client):
    user = UserFactory(username="trekker", rol="lijntrekker")
    inloggen(client, user)
    return user


def verschuif(client, **seconden_terug):
    """Move the session's clocks back, as if that much time had passed."""
    sessie = client.session
    for sleutel, terug in seconden_terug.items():
        sessie[sleutel] = sessie[sleutel] - terug
    sessie.save()


def test_login_starts_both_clocks(client, trekker):
    sessie = client.session
    nu = time.time()
    assert nu - 5 < sessie[sessies.AANGEMELD_OM] <= nu
    assert nu - 5 < sessie[sessies.LAATST_ACTIEF] <= nu


def test_idle_timeout_logs_out_with_a_dutch_message(client, trekker, settings):
    assert settings.SESSIE_INACTIEF_MINUTEN == 30
    verschuif(client, **{sessies.LAATST_ACTIEF: 29 * 60})
    assert client.get("/werkruimte/").status_code == 200

    verschuif(client, **{sessies.LAATST_ACTIEF: 30 * 60})
    antwoord = client.get("/werkruimte/", follow=True)
    assert antwoord.redirect_chain[0][0] == "/inloggen/?next=/werkruimte/"
    assert "U bent uitgelogd omdat u 30 minuten niets heeft gedaan" in antwoord.content.decode()
    assert SESSION_KEY not in client.session
    assert client.get("/werkruimte/").status_code == 302


def test_activity_keeps_the_session_alive(client, trekker):
    # 20 minutes idle, then a request: the idle clock starts again
    verschuif(client, **{sessies.LAATST_ACTIEF: 20 * 60, sessies.AANGEMELD_OM: 20 * 60})
    assert client.get("/werkruimte/").status_code == 200
    verschuif(client, **{sessies.LAATST_ACTIEF: 20 * 60, sessies.AANGEMELD_OM: 20 * 60})
    assert client.get("/werkruimte/").status_code == 200


def test_absolute_lifetime_logs_out_however_active(client, trekker, settings):
    assert settings.SESSIE_MAXIMAAL_UUR == 8
    assert settings.SESSION_COOKIE_AGE == 8 * 3600
    verschuif(client, **{sessies.AANGEMELD_OM: 8 * 3600 - 60})
    assert client.get("/werkruimte/").status_code == 200
    verschuif(client, **{sessies.AANGEMELD_OM: 60})
    antwoord = client.get("/werkruimte/", follow=True)
    assert "U bent uitgelogd omdat u al 8 uur was ingelogd" in antwoord.content.decode()
    assert SESSION_KEY not in client.session


def test_limits_come_from_the_settings(client, trekker, settings):
    settings.SESSIE_INACTIEF_MINUTEN = 5
    verschuif(client, **{sessies.LAATST_ACTIEF: 5 * 60})
    antwoord = client.get("/werkruimte/", follow=True)
    assert "U bent uitgelogd omdat u 5 minuten niets heeft gedaan" in antwoord.content.decode()


def test_a_post_after_expiry_changes_nothing_and_goes_to_the_login_page(client, trekker):
    verschuif(client, **{sessies.LAATST_ACTIEF: 31 * 60})
    antwoord = client.post("/api/v1/statusupdates/", {"status": "op_schema"})
    assert antwoord.status_code == 302
    assert antwoord.url == "/inloggen/"


def test_an_ordinary_page_costs_no_extra_query(
    client, trekker, settings, django_assert_num_queries
):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    client.get("/werkruimte/")
    with CaptureQueriesContext(connection) as met:
        assert client.get("/werkruimte/").status_code == 200
    settings.MIDDLEWARE = [m for m in settings.MIDDLEWARE if m not in MIDDLEWARES]
    with django_assert_num_queries(len(met.captured_queries)):
        assert client.get("/werkruimte/").status_code == 200
