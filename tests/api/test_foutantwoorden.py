"""Bad input to the API is refused with the documented status and a Dutch JSON body, and changes
nothing; a new status update can be read back at its Location by the one who made it."""

import pytest

from activiteiten.models import Activiteit, Activiteitenlijn, Statusupdate
from tests.api.helpers import met_token
from tests.factories import ActiviteitFactory, UserFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def activiteit(programma):

    return ActiviteitFactory(
        lijn=Activiteitenlijn.objects.get(code="A1"), jaar=2024, slug="a1-fout"
    )


@pytest.fixture
def manager_client(api_client):
    return met_token(api_client, UserFactory(rol="programmamanager"))


@pytest.mark.parametrize(
    ("pad", "veld"),
    [
        ("/api/v1/activiteiten/?per_pagina=null", "per_pagina"),
        ("/api/v1/activiteiten/?per_pagina=0", "per_pagina"),
        ("/api/v1/statusupdates/?status=", "status"),
        ("/api/v1/statusupdates/?status=klaar", "status"),
        ("/api/v1/activiteiten/?jaar=2024.5", "jaar"),
        ("/api/v1/activiteiten/?lijn=", "lijn"),
        ("/api/v1/bijeenkomsten/?lijn=a.b", "lijn"),
        ("/api/v1/bijeenkomsten/?vanaf=", "vanaf"),
    ],
)
def test_a_bad_query_parameter_is_refused_per_parameter(programma, client, pad, veld):
    response = client.get(pad)
    assert response.status_code == 400
    assert list(response.json()) == [veld]


def test_a_large_page_size_gives_the_maximum(programma, client):
    response = client.get("/api/v1/activiteiten/", {"per_pagina": "9" * 40})
    assert response.status_code == 200


@pytest.mark.parametrize(
    "pad",
    [
        "/api/v1/activiteiten/?page=0",
        "/api/v1/activiteiten/bestaat-niet/",
        "/api/v1/activiteiten/%C2%84/",
        "/api/v1/statusupdates/00000000-0000-0000-0000-000000000000/",
    ],
)
def test_not_found_is_json_with_a_detail(programma, client, pad):
    response = client.get(pad)
    assert response.status_code == 404
    assert response["Content-Type"] == "application/json"
    assert set(response.json()) == {"detail"}


def test_a_post_to_an_unknown_url_is_a_json_404_not_a_csrf_page(programma, manager_client):
    response = manager_client.post("/api/v1/deelsporen/%C2%84/statusupdates/", {}, format="json")
    assert response.status_code == 404
    assert response.json() == {"detail": "Niet gevonden."}


def test_a_form_encoded_write_is_refused_with_415(activiteit, manager_client):
    data = {"activiteit": activiteit.slug, "status": "op_schema", "voortgang": 10}
    response = manager_client.post("/api/v1/statusupdates/", data, format="multipart")
    assert response.status_code == 415
    assert "detail" in response.json()
    assert not Statusupdate.objects.exists()


@pytest.mark.parametrize(
    "fout",
    [{"gepubliceerd": 0}, {"voortgang": "40"}, {"voortgang": 40.0}, {"toelichting": 12}],
)
def test_values_of_the_wrong_json_type_are_refused(activiteit, manager_client, fout):
    data = {"activiteit": activiteit.slug, "status": "op_schema", "voortgang": 40, **fout}
    response = manager_client.post("/api/v1/statusupdates/", data, format="json")
    assert response.status_code == 400
    assert list(response.json()) == list(fout)
    assert not Statusupdate.objects.exists()


def test_the_location_of_a_new_unpublished_update_shows_it_to_internal_users(
    activiteit, manager_client, client
):
    data = {"activiteit": activiteit.slug, "status": "op_schema", "voortgang": 40}
    response = manager_client.post("/api/v1/statusupdates/", data, format="json")
    assert response.status_code == 201
    uuid = response.json()["uuid"]
    assert response["Location"] == f"http://testserver/api/v1/statusupdates/{uuid}/"
    terug = manager_client.get(response["Location"])
    assert terug.status_code == 200 and terug.json()["gepubliceerd"] is False
    # not published: the public list and anonymous visitors do not see it
    assert client.get(response["Location"]).status_code == 404
    assert uuid not in str(manager_client.get("/api/v1/statusupdates/").json())
    assert Activiteit.objects.get(slug="a1-fout").statusupdates.count() == 1
