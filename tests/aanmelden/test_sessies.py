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


def test_a_form_sent_after_expiry_is_not_processed(client, trekker):
    from activiteiten.models import Activiteitenlijn, Statusupdate
    from activiteiten.selectors import te_rapporteren_periode
    from tests.factories import ActiviteitFactory

    periode = te_rapporteren_periode()
    lijn = Activiteitenlijn.objects.get(code="A4")
    Activiteitenlijn.objects.filter(pk=lijn.pk).update(trekker=trekker)
    act = ActiviteitFactory(lijn=lijn, jaar=periode.jaar, slug="sessie-test")
    url = f"/werkruimte/activiteiten/{act.slug}/update/"
    data = {
        "status": "op_schema",
        "voortgang": "35",
        "toelichting": "Eerste gesprekken gevoerd.",
        "rapportagedatum": periode.startdatum.isoformat(),
    }
    assert client.post(url, data).status_code == 302
    assert Statusupdate.objects.filter(activiteit=act).count() == 1

    verschuif(client, **{sessies.LAATST_ACTIEF: 31 * 60})
    antwoord = client.post(url, {**data, "voortgang": "40"})
    assert antwoord.status_code == 302
    assert antwoord.url == "/inloggen/"
    assert Statusupdate.objects.filter(activiteit=act).count() == 1


def test_the_api_after_expiry_answers_as_to_an_anonymous_visitor(client, trekker):
    verschuif(client, **{sessies.LAATST_ACTIEF: 31 * 60})
    assert client.post("/api/v1/statusupdates/", {"status": "op_schema"}).status_code in (401, 403)
    assert SESSION_KEY not in client.session
    assert client.get("/api/v1/activiteiten/").status_code == 200


def test_logging_in_again_after_expiry_works_at_once(client, trekker):
    verschuif(client, **{sessies.LAATST_ACTIEF: 31 * 60})
    antwoord = inloggen(client, trekker)
    assert antwoord.status_code == 302
    assert antwoord.url == "/werkruimte/"
    assert client.get("/werkruimte/").status_code == 200


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
