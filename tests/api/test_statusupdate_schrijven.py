"""Writing a status update through the API: same rights and validation as the werkruimte."""

import pytest

from activiteiten.models import Activiteit, Activiteitenlijn, Statusupdate
from tests.api.helpers import met_token
from tests.factories import ActiviteitFactory, UserFactory

pytestmark = pytest.mark.django_db

URL = "/api/v1/statusupdates/"


@pytest.fixture
def lijn(programma):
    return Activiteitenlijn.objects.get(code="A1")


@pytest.fixture
def trekker(lijn):
    user = UserFactory(rol="lijntrekker")
    lijn.trekker = user
    lijn.save()
    return user


@pytest.fixture
def activiteit(lijn):
    return ActiviteitFactory(lijn=lijn, jaar=2024, slug="a1-api-test", openbaar=False)


def _geldig(act, **extra):
    return {
        "activiteit": act.slug,
        "status": "op_schema",
        "voortgang": 40,
        "toelichting": "Via de API",
        "rapportagedatum": "2024-04-30",
        **extra,
    }


def test_line_lead_creates_an_update_with_a_token_recorded_in_history(
    api_client, trekker, activiteit
):
    response = met_token(api_client, trekker).post(URL, _geldig(activiteit), format="json")
    assert response.status_code == 201, response.content
    data = response.json()
    assert data["activiteit"] == "a1-api-test" and data["voortgang"] == 40
    assert data["gepubliceerd"] is False
    assert "auteur" not in data
    update = Statusupdate.objects.get(uuid=data["uuid"])
    assert update.auteur == trekker
    historie = update.history.get()
    assert historie.history_type == "+"
    assert historie.history_user == trekker


def test_programme_manager_uses_the_session_and_may_publish(client, activiteit):
    manager = UserFactory(rol="programmamanager")
    client.force_login(manager)
    response = client.post(
        URL,
        _geldig(activiteit, gepubliceerd=True),
        content_type="application/json",
    )
    assert response.status_code == 201, response.content
    update = Statusupdate.objects.get(uuid=response.json()["uuid"])
    assert update.gepubliceerd
    assert update.history.get().history_user == manager


def test_session_write_needs_the_csrf_token(activiteit):
    from django.test import Client

    client = Client(enforce_csrf_checks=True)
    client.force_login(UserFactory(rol="programmamanager"))
    response = client.post(URL, _geldig(activiteit), content_type="application/json")
    assert response.status_code == 403
    assert "CSRF" in response.json()["detail"]
    assert not Statusupdate.objects.exists()


@pytest.mark.parametrize("rol", ["bestuurder", "partner", None])
def test_users_without_edit_rights_are_refused(api_client, activiteit, rol):
    user = UserFactory(rol=rol)
    response = met_token(api_client, user).post(URL, _geldig(activiteit), format="json")
    assert response.status_code == 403
    assert "Alleen programmamanagers en lijntrekkers" in response.json()["detail"]
    assert not Statusupdate.objects.exists()


def test_line_lead_of_another_line_is_refused(api_client, trekker, programma):
    ander = ActiviteitFactory(lijn=Activiteitenlijn.objects.get(code="B1"), jaar=2024)
    response = met_token(api_client, trekker).post(URL, _geldig(ander), format="json")
    assert response.status_code == 403
    assert response.json()["detail"] == "U mag de voortgang van deze activiteit niet bijwerken."
    assert not Statusupdate.objects.exists()


def test_line_lead_may_publish_their_own_update_as_in_the_werkruimte(
    api_client, trekker, activiteit
):
    """Same rule as the werkruimte form: who may update an activity may publish the update."""
    response = met_token(api_client, trekker).post(
        URL, _geldig(activiteit, gepubliceerd=True), format="json"
    )
    assert response.status_code == 201
    assert Statusupdate.objects.get().gepubliceerd


def test_invalid_token_is_refused(api_client, activiteit):
    api_client.credentials(HTTP_AUTHORIZATION="Token ongeldig")
    response = api_client.post(URL, _geldig(activiteit), format="json")
    assert response.status_code == 401
    assert response.json()["detail"] == "Ongeldige token."


@pytest.mark.parametrize(
    ("wijziging", "veld", "melding"),
    [
        ({"voortgang": 150}, "voortgang", "De voortgang is een percentage van 0 tot en met 100."),
        ({"voortgang": "veel"}, "voortgang", "De voortgang is een geheel getal"),
        ({"status": "klaar"}, "status", "'klaar' is geen geldige status."),
        ({"activiteit": "bestaat-niet"}, "activiteit", "Er is geen activiteit met slug"),
        (
            {"rapportagedatum": "gisteren"},
            "rapportagedatum",
            "Geef de rapportagedatum als JJJJ-MM-DD",
        ),
        # the service's rules (same as the werkruimte)
        (
            {"status": "vertraagd", "toelichting": ""},
            "toelichting",
            "Licht toe waarom de status 'Vertraagd' is.",
        ),
        (
            {"status": "afgerond", "voortgang": 80},
            "voortgang",
            "Een afgeronde activiteit heeft een voortgang van 100%.",
        ),
        (
            {"rapportagedatum": "2031-01-01"},
            "rapportagedatum",
            "De rapportagedatum moet binnen de looptijd van het programma liggen",
        ),
    ],
)
def test_bad_input_gets_a_400_with_a_dutch_message(
    api_client, trekker, activiteit, wijziging, veld, melding
):
    response = met_token(api_client, trekker).post(
        URL, _geldig(activiteit, **wijziging), format="json"
    )
    assert response.status_code == 400
    meldingen = response.json()[veld]
    assert any(melding in m for m in meldingen), meldingen
    assert not Statusupdate.objects.exists()


def test_missing_fields_and_broken_json_are_400(api_client, trekker, activiteit):
    client = met_token(api_client, trekker)
    response = client.post(URL, {}, format="json")
    assert response.status_code == 400
    assert response.json()["status"] == ["Dit veld is vereist."]
    response = client.post(URL, "{kapot", content_type="application/json")
    assert response.status_code == 400
    assert "JSON" in response.json()["detail"]


def test_unpublished_own_update_is_not_in_the_public_list(api_client, trekker, activiteit):
    Activiteit.objects.filter(pk=activiteit.pk).update(openbaar=True)
    met_token(api_client, trekker).post(URL, _geldig(activiteit), format="json")
    assert api_client.get(URL).json()["results"] == []
