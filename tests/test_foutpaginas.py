"""Error answers: a database that is down gives 503 (a Dutch page; JSON under /api/), not 500;
404 is the Dutch page (JSON under /api/); 403 and 500 are Dutch pages that need no database.

"Database down" is real at the edge: the test's connection is set aside and every new
connection attempt fails the way the driver fails when the server is gone, so Django's own
error wrapping, middleware and handlers run as in production."""

import contextlib
from unittest import mock

import pytest
from django.core.cache import cache
from django.db import connection
from django.test import Client

from almelo_programma.fouten import API_ONBEREIKBAAR
from tests.factories import UserFactory

pytestmark = pytest.mark.django_db(transaction=True)


@contextlib.contextmanager
def database_weg():
    echte = connection.connection
    connection.connection = None  # as after a restart: the next query must connect

    def weigeren(*args, **kwargs):
        raise connection.Database.OperationalError(
            'connection to server at "127.0.0.1", port 5432 failed: Connection refused'
        )

    try:
        with mock.patch.object(connection, "get_new_connection", side_effect=weigeren):
            yield
    finally:
        connection.connection = echte


@pytest.fixture
def client_zonder_fouten():
    return Client(raise_request_exception=False)


@pytest.mark.parametrize("pad", ["/agenda/", "/activiteiten/", "/doelen/bestaat-niet/"])
def test_pages_answer_503_in_dutch_when_the_database_is_down(programma, client_zonder_fouten, pad):
    cache.clear()  # the public page cache would answer without the database
    with database_weg():
        response = client_zonder_fouten.get(pad)
    assert response.status_code == 503
    assert response["Retry-After"] == "30"
    html = response.content.decode()
    assert '<html lang="nl">' in html and "Tijdelijk niet beschikbaar" in html
    assert "Traceback" not in html


@pytest.mark.parametrize(
    ("methode", "pad"), [("get", "/werkruimte/"), ("post", "/dashboard/rapportages/")]
)
def test_logged_in_pages_answer_503_when_the_database_is_down(programma, methode, pad):
    client = Client(raise_request_exception=False)
    client.force_login(UserFactory(rol="programmamanager"))
    with database_weg():
        response = getattr(client, methode)(pad)
    assert response.status_code == 503
    assert "Tijdelijk niet beschikbaar" in response.content.decode()


@pytest.mark.parametrize(
    ("methode", "pad"),
    [
        ("get", "/api/v1/activiteiten/"),
        ("get", "/api/v1/doelen/"),
        ("post", "/api/v1/statusupdates/"),
    ],
)
def test_api_answers_503_json_when_the_database_is_down(
    programma, client_zonder_fouten, methode, pad
):
    from tests.api.helpers import nieuwe_token

    cache.clear()
    token = nieuwe_token(UserFactory(rol="programmamanager"))
    with database_weg():  # the token is looked up in the database
        response = getattr(client_zonder_fouten, methode)(
            pad, headers={"Authorization": f"Token {token}"}
        )
    assert response.status_code == 503
    assert response["Content-Type"] == "application/json"
    assert response.json() == {"detail": API_ONBEREIKBAAR}


def test_health_still_says_503(programma, client_zonder_fouten):
    with database_weg():
        response = client_zonder_fouten.get("/health/")
    assert response.status_code == 503 and response.json()["database"] == "fout"


def test_unknown_page_is_the_dutch_404(programma, client):
    response = client.get("/bestaat-niet/")
    assert response.status_code == 404
    html = response.content.decode()
    assert "Pagina niet gevonden" in html and '<html lang="nl">' in html


@pytest.mark.parametrize(
    "pad", ["/api/v1/bestaat-niet/", "/api/bestaat-niet/", "/api/v1/activiteiten/geen-slug/"]
)
def test_unknown_api_path_is_json(programma, client, pad):
    response = client.get(pad)
    assert response.status_code == 404
    assert response["Content-Type"] == "application/json"
    assert "detail" in response.json()


def test_forbidden_page_is_dutch(programma, client):
    client.force_login(UserFactory(rol="partner"))
    response = client.get("/werkruimte/")
    assert response.status_code == 403
    html = response.content.decode()
    assert "Geen toegang" in html and "U heeft geen toegang" in html


def test_500_and_503_pages_render_without_the_database():
    from django.template.loader import render_to_string

    with database_weg():
        for naam, kop in (
            ("500.html", "Er ging iets mis"),
            ("503.html", "Tijdelijk niet beschikbaar"),
        ):
            html = render_to_string(naam)
            assert kop in html and "/static/css/portal.css" in html


def test_an_unexpected_api_error_is_json(programma, client_zonder_fouten, monkeypatch):
    from doelen.api import viewsets

    def stuk(*args, **kwargs):
        raise RuntimeError("onverwacht")

    monkeypatch.setattr(viewsets.DoelViewSet, "list", stuk)
    response = client_zonder_fouten.get("/api/v1/doelen/")
    assert response.status_code == 500
    assert response.json()["detail"].startswith("Er ging iets mis")
