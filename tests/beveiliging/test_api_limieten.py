"""API flood: beyond the rate a client gets 429 with Retry-After and a Dutch JSON message;
anonymous clients are counted per address, signed-in ones per user. The schema documents it."""

import pytest
from django.core.cache import cache

from tests.api.helpers import met_token
from tests.factories import UserFactory

pytestmark = pytest.mark.django_db

URL = "/api/v1/doelen/"


@pytest.fixture(autouse=True)
def lage_limieten(settings):
    settings.API_LIMIETEN = {"anon": "5/min", "user": "8/min"}
    cache.clear()  # the throttles count in the cache: start and leave it empty
    yield
    cache.clear()


def test_anonymous_flood_gets_429_with_retry_after(api_client):
    for _ in range(5):
        assert api_client.get(URL, REMOTE_ADDR="10.2.0.1").status_code == 200
    response = api_client.get(URL, REMOTE_ADDR="10.2.0.1")
    assert response.status_code == 429
    assert response["Content-Type"].startswith("application/json")
    wacht = int(response["Retry-After"])
    assert 0 < wacht <= 60
    assert response.json() == {
        "detail": f"Te veel verzoeken; probeer het over {wacht} seconden opnieuw."
    }
    # another address is counted on its own
    assert api_client.get(URL, REMOTE_ADDR="10.2.0.2").status_code == 200


def test_signed_in_client_is_counted_per_user_at_its_own_rate(api_client):
    client = met_token(api_client, UserFactory(rol="programmamanager"))
    for n in range(8):  # above the anonymous rate: the user rate applies
        adres = f"10.3.0.{n}"  # even from changing addresses
        assert client.get(URL, REMOTE_ADDR=adres).status_code == 200
    response = client.get(URL, REMOTE_ADDR="10.3.1.1")
    assert response.status_code == 429
    assert "Retry-After" in response
    assert response.json()["detail"].startswith("Te veel verzoeken")


def test_writes_are_throttled_too(api_client):
    client = met_token(api_client, UserFactory(rol="programmamanager"))
    antwoorden = [
        client.post("/api/v1/statusupdates/", {}, format="json").status_code for _ in range(9)
    ]
    assert antwoorden[:8] == [400] * 8
    assert antwoorden[8] == 429


def test_the_schema_documents_429_with_retry_after(api_client):
    schema = api_client.get("/api/v1/schema/?format=json").json()
    for pad, operaties in schema["paths"].items():
        for methode, operatie in operaties.items():
            antwoord = operatie["responses"].get("429")
            assert antwoord, (pad, methode)
            assert antwoord["content"]["application/json"]["schema"] == {
                "$ref": "#/components/schemas/Fout"
            }
            assert antwoord["headers"]["Retry-After"]["schema"]["type"] == "integer"
