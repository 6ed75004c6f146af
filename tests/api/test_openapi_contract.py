"""The OpenAPI schema is one that strict clients accept: valid OpenAPI 3 (openapi-spec-validator),
JSON-only request bodies, documented errors with their bodies, bounded progress, the rules of a
status update stated in the schema, and a plain file name in Content-Disposition."""

import pytest
from openapi_schema_validator import OAS30Validator
from openapi_spec_validator import validate

pytestmark = pytest.mark.django_db

FOUT = "#/components/schemas/Fout"
VALIDATIEFOUT = "#/components/schemas/Validatiefout"


@pytest.fixture
def schema(programma, client):
    response = client.get("/api/v1/schema/", {"format": "json"})
    assert response.status_code == 200
    return response.json()


def _operaties(schema):
    for pad, operaties in schema["paths"].items():
        for methode, operatie in operaties.items():
            yield pad, methode, operatie


def _fout_schema(operatie, code):
    return operatie["responses"][code]["content"]["application/json"]["schema"]["$ref"]


def test_the_schema_is_valid_openapi_3(schema):
    validate(schema)  # raises on any violation of the OpenAPI 3.0 specification
    assert schema["openapi"].startswith("3.0")


@pytest.mark.parametrize("formaat", ["json", "yaml"])
def test_the_download_has_a_plain_ascii_file_name(programma, client, formaat):
    response = client.get("/api/v1/schema/", {"format": formaat})
    kop = response.headers["Content-Disposition"]
    assert kop == f'inline; filename="almelo-programma-api.{formaat}"'
    assert kop.isascii() and "=?" not in kop


def test_request_bodies_are_json_only(schema):
    bodies = [op["requestBody"] for _, _, op in _operaties(schema) if "requestBody" in op]
    assert len(bodies) == 2
    assert all(list(body["content"]) == ["application/json"] for body in bodies)


def test_every_operation_documents_its_errors_with_a_body(schema):
    for pad, methode, operatie in _operaties(schema):
        assert _fout_schema(operatie, "401") == FOUT, (pad, methode)
        if methode == "post":
            assert _fout_schema(operatie, "400") == VALIDATIEFOUT
            assert _fout_schema(operatie, "403") == FOUT
            assert _fout_schema(operatie, "415") == FOUT
        if "{" in pad:
            assert _fout_schema(operatie, "404") == FOUT, (pad, methode)
    lijst = schema["paths"]["/api/v1/activiteiten/"]["get"]
    assert _fout_schema(lijst, "400") == VALIDATIEFOUT
    assert _fout_schema(lijst, "404") == FOUT  # ?page=0
    fout = schema["components"]["schemas"]["Fout"]
    assert fout["required"] == ["detail"]


def test_progress_is_bounded_in_the_read_schemas(schema):
    componenten = schema["components"]["schemas"]
    namen = [
        "Statusupdate", "TijdlijnUpdate", "Activiteit", "Activiteitenlijn", "Deelspoor",
        "DeelspoorUpdate",
    ]  # fmt: skip
    for naam in namen:
        voortgang = componenten[naam]["properties"]["voortgang"]
        assert (voortgang["minimum"], voortgang["maximum"]) == (0, 100), naam


def test_page_parameters_are_bounded(schema):
    parameters = {
        p["name"]: p for p in schema["paths"]["/api/v1/activiteiten/"]["get"]["parameters"]
    }
    assert parameters["page"]["schema"]["minimum"] == 1
    assert parameters["per_pagina"]["schema"]["minimum"] == 1
    assert parameters["jaar"]["schema"] == {"type": "integer", "minimum": 2000, "maximum": 2100}
    assert parameters["lijn"]["schema"]["pattern"] == "^[-a-zA-Z0-9_]+$"


def _invoervalidator(schema, naam):
    return OAS30Validator({"$ref": f"#/components/schemas/{naam}", **schema})


@pytest.mark.parametrize("naam", ["StatusupdateSchrijf", "UpdateInvoer"])
def test_the_rules_of_a_status_update_are_stated_in_the_schema(schema, naam):
    validator = _invoervalidator(schema, naam)
    basis = {"activiteit": "a1-test", "voortgang": 40, "rapportagedatum": "2025-04-30"}
    geldig = [
        {**basis, "status": "op_schema"},
        {**basis, "status": "gestopt", "toelichting": "Budget ingetrokken"},
        {**basis, "status": "afgerond", "voortgang": 100},
    ]
    ongeldig = [
        {**basis, "status": "gestopt"},  # an explanation is required for gestopt
        {**basis, "status": "vertraagd", "toelichting": "   "},
        {**basis, "status": "afgerond"},  # finished means 100%
        {**basis, "status": "op_schema", "rapportagedatum": "2019-04-30"},  # outside 2023–2026
        {**basis, "status": "op_schema", "voortgang": 101},
    ]
    for invoer in geldig:
        assert validator.is_valid(invoer), invoer
    for invoer in ongeldig:
        assert not validator.is_valid(invoer), invoer
