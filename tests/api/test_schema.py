"""The OpenAPI schema builds without warnings, and the API keeps to it under fuzzing."""

import pytest
from django.core import signals
from django.core.management import call_command
from django.db import close_old_connections
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

pytestmark = pytest.mark.django_db


def test_schema_builds_without_warnings(tmp_path):
    # --fail-on-warn turns every drf-spectacular warning into an error; --validate checks it
    # against the OpenAPI 3 specification.
    bestand = tmp_path / "schema.yaml"
    call_command("spectacular", "--fail-on-warn", "--validate", "--file", str(bestand))
    tekst = bestand.read_text()
    for pad in ("/api/v1/activiteiten/", "/api/v1/statusupdates/", "/api/v1/woningbouwcijfers/"):
        assert pad in tekst


@pytest.fixture
def verbinding_open_houden():
    """Like Django's test client: keep the test's database connection (and its transaction)
    open between WSGI requests instead of closing it at the end of each one."""
    signals.request_started.disconnect(close_old_connections)
    signals.request_finished.disconnect(close_old_connections)
    yield
    signals.request_started.connect(close_old_connections)
    signals.request_finished.connect(close_old_connections)


def test_schemathesis_finds_no_server_errors_and_no_schema_violations(demo, verbinding_open_houden):
    import schemathesis
    from django.core.wsgi import get_wsgi_application
    from schemathesis.checks import not_a_server_error
    from schemathesis.generation import GenerationMode
    from schemathesis.specs.openapi.checks import response_schema_conformance

    schema = schemathesis.openapi.from_wsgi("/api/v1/schema/", get_wsgi_application())
    strategie = st.one_of(
        schema.as_strategy(GenerationMode.POSITIVE), schema.as_strategy(GenerationMode.NEGATIVE)
    )

    @settings(
        max_examples=250,
        deadline=None,
        database=None,
        derandomize=True,
        suppress_health_check=list(HealthCheck),
    )
    @given(case=strategie)
    def controleer(case):
        case.call_and_validate(checks=[not_a_server_error, response_schema_conformance])

    controleer()
