"""The schema of the programmes: the version, the programmes endpoint, and one ``programma``
parameter on every list of a programme (not on the municipality's lists)."""

import pytest

from tests.api.test_programmas import GEBONDEN

pytestmark = pytest.mark.django_db


@pytest.fixture
def schema(programma, client):
    return client.get("/api/v1/schema/", {"format": "json"}).json()


def _parameters(schema, pad) -> dict[str, dict]:
    return {p["name"]: p for p in schema["paths"][pad]["get"].get("parameters", [])}


def test_the_version_is_3_3_0(schema):
    assert schema["info"]["version"] == "3.3.0"


def test_the_programmes_endpoint_is_documented(schema):
    assert "/api/v1/programmas/" in schema["paths"]
    assert "/api/v1/programmas/{slug}/" in schema["paths"]
    velden = schema["components"]["schemas"]["Programma"]["properties"]
    assert {"slug", "naam", "periode", "status", "voorganger", "huidig", "url"} <= set(velden)
    assert "programma" not in _parameters(schema, "/api/v1/programmas/")


@pytest.mark.parametrize("lijst", GEBONDEN)
def test_every_list_of_a_programme_documents_the_one_parameter(schema, lijst):
    parameter = _parameters(schema, f"/api/v1/{lijst}/")["programma"]
    assert parameter["in"] == "query" and not parameter.get("required", False)
    assert parameter["schema"]["pattern"] == "^[-a-zA-Z0-9_]+$"
    assert "huidige programma" in parameter["description"]
    # the detail takes no parameter: it finds objects of every programme
    detail = next(p for p in schema["paths"] if p.startswith(f"/api/v1/{lijst}/{{"))
    assert "programma" not in _parameters(schema, detail)


@pytest.mark.parametrize(
    "pad", ["/api/v1/bijeenkomsten/", "/api/v1/woningbouwprojecten/", "/api/v1/woningbouwcijfers/"]
)
def test_municipal_lists_have_no_programme_parameter(schema, pad):
    assert "programma" not in _parameters(schema, pad)


def test_programme_owned_components_name_their_programme(schema):
    componenten = schema["components"]["schemas"]
    for naam in (
        "Doel", "Effectindicator", "Activiteitenlijn", "Activiteit", "Statusupdate", "Deelspoor",
        "Besluit",
    ):  # fmt: skip
        assert "programma" in componenten[naam]["properties"], naam
