"""Writing a woondeal sub-track's status update through the API: werkruimte rights and rules."""

import pytest

from tests.api.helpers import met_token
from tests.factories import UserFactory
from woondeals.models import Deelspoor, DeelspoorUpdate

pytestmark = pytest.mark.django_db


@pytest.fixture
def spoor(programma):
    return Deelspoor.objects.get(nummer=1)


@pytest.fixture
def trekker(spoor):
    user = UserFactory(rol="lijntrekker")
    spoor.trekker = user
    spoor.save()
    return user


def _url(spoor):
    return f"/api/v1/deelsporen/{spoor.slug}/statusupdates/"


GELDIG = {
    "status": "aandacht_nodig",
    "voortgang": 35,
    "toelichting": "Provincie vraagt extra onderbouwing",
    "rapportagedatum": "2025-08-31",
}


def test_the_sub_track_lead_adds_an_update_recorded_in_history(api_client, trekker, spoor):
    response = met_token(api_client, trekker).post(_url(spoor), GELDIG, format="json")
    assert response.status_code == 201, response.content
    assert response.json()["status"] == "aandacht_nodig"
    update = DeelspoorUpdate.objects.get()
    assert (update.deelspoor, update.auteur, update.voortgang) == (spoor, trekker, 35)
    assert not update.gepubliceerd
    assert update.history.get().history_user == trekker


def test_anonymous_is_refused_with_401(api_client, spoor):
    response = api_client.post(_url(spoor), GELDIG, format="json")
    assert response.status_code == 401
    assert not DeelspoorUpdate.objects.exists()


def test_a_lead_of_something_else_is_refused(api_client, spoor):
    ander = UserFactory(rol="lijntrekker")
    response = met_token(api_client, ander).post(_url(spoor), GELDIG, format="json")
    assert response.status_code == 403
    assert response.json()["detail"] == "U mag de voortgang van dit deelspoor niet bijwerken."
    assert not DeelspoorUpdate.objects.exists()


@pytest.mark.parametrize(
    ("wijziging", "veld", "melding"),
    [
        ({"voortgang": 120}, "voortgang", "0 tot en met 100"),
        ({"toelichting": ""}, "toelichting", "Licht toe"),
        ({"rapportagedatum": "2031-01-01"}, "rapportagedatum", "looptijd van het programma"),
        ({"status": "klaar"}, "status", "geen geldige status"),
    ],
)
def test_bad_input_gets_a_dutch_400_and_writes_nothing(
    api_client, trekker, spoor, wijziging, veld, melding
):
    response = met_token(api_client, trekker).post(
        _url(spoor), {**GELDIG, **wijziging}, format="json"
    )
    assert response.status_code == 400
    assert melding in " ".join(response.json()[veld])
    assert not DeelspoorUpdate.objects.exists()


def test_unknown_sub_track_is_404(api_client, trekker, programma):
    response = met_token(api_client, trekker).post(
        "/api/v1/deelsporen/bestaat-niet/statusupdates/", GELDIG, format="json"
    )
    assert response.status_code == 404
