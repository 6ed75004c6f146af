"""Every public page answers an anonymous visitor; every write is refused to one."""

import pytest

from activiteiten.models import Activiteit, Statusupdate
from tests.publiek.helpers import API_LIJSTEN, alle_openbare_urls

pytestmark = pytest.mark.django_db


def test_every_public_page_and_api_answers_200_for_anonymous(demo, client):
    for url in alle_openbare_urls() + ["/api/v1/", "/api/v1/docs/", "/api/v1/redoc/"]:
        response = client.get(url)
        assert response.status_code == 200, url


def test_api_docs_are_served_without_a_cdn(db, client):
    for url in ("/api/v1/docs/", "/api/v1/redoc/"):
        html = client.get(url).content.decode()
        assert "/static/drf_spectacular_sidecar/" in html
        for cdn in ("cdn.jsdelivr", "unpkg.com", "cdnjs"):
            assert cdn not in html


def test_anonymous_cannot_create_a_status_update(demo, api_client):
    act = Activiteit.objects.filter(openbaar=True).first()
    aantal = Statusupdate.objects.count()
    response = api_client.post(
        "/api/v1/statusupdates/",
        {"activiteit": act.slug, "status": "op_schema", "voortgang": 10},
        format="json",
    )
    assert response.status_code == 401
    assert response.headers["WWW-Authenticate"] == "Token"
    assert "Authenticatiegegevens" in response.json()["detail"]
    assert Statusupdate.objects.count() == aantal


def test_read_only_endpoints_refuse_every_write(demo, api_client):
    for url in API_LIJSTEN:
        pad = url.split("?")[0]
        for methode in ("post", "put", "patch", "delete"):
            if pad == "/api/v1/statusupdates/" and methode == "post":
                continue  # covered above
            response = getattr(api_client, methode)(pad, {}, format="json")
            assert response.status_code in (401, 403, 405), (methode, pad)


def test_api_root_lists_every_collection(db, client):
    root = client.get("/api/v1/").json()
    for naam in (
        "doelen", "indicatoren", "lijnen", "activiteiten", "statusupdates", "deelsporen",
        "woningbouwprojecten", "woningbouwcijfers", "bijeenkomsten",
    ):  # fmt: skip
        assert client.get(root[naam]).status_code == 200, naam
