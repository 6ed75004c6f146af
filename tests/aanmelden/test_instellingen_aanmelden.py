"""The sign-in settings are read from the environment and strict; the role mapping of SSO."""

import os
import subprocess
import sys
from pathlib import Path

import pytest
from django.core.exceptions import SuspiciousOperation

from almelo_programma.aanmelden.sso import GemeentelijkeInlogBackend, rollen_uit_claims
from tests.factories import UserFactory

ROOT = Path(__file__).resolve().parents[2]


def instellingen(**omgeving) -> subprocess.CompletedProcess:
    """Import the portal's settings in a fresh process with these environment variables and
    print the sign-in values."""
    env = {k: v for k, v in os.environ.items() if not k.startswith(("OIDC_", "SESSIE_", "TWEE_"))}
    env.update(omgeving)
    code = (
        "from almelo_programma import settings as s; "
        "print(s.TWEE_FACTOR_VERPLICHT, s.SESSION_COOKIE_AGE, s.OIDC_ROLLEN, "
        "s.AUTHENTICATION_BACKENDS[-1])"
    )
    return subprocess.run(
        [sys.executable, "-c", code], cwd=ROOT, env=env, capture_output=True, text=True, timeout=60
    )


def test_defaults_in_development_two_factor_off_eight_hours_no_sso():
    uit = instellingen(DJANGO_DEBUG="true")
    assert uit.returncode == 0, uit.stderr
    assert uit.stdout.split() == [
        "False",
        "28800",
        "{}",
        "django.contrib.auth.backends.ModelBackend",
    ]


def test_two_factor_is_on_by_default_in_production_and_can_be_switched():
    productie = {"DJANGO_DEBUG": "false", "SECRET_KEY": "x" * 50, "ALLOWED_HOSTS": "portaal.test"}
    assert instellingen(**productie).stdout.split()[0] == "True"
    assert instellingen(**productie, TWEE_FACTOR_VERPLICHT="nee").stdout.split()[0] == "False"
    assert instellingen(TWEE_FACTOR_VERPLICHT="ja").stdout.split()[0] == "True"


def test_sso_on_without_its_endpoints_stops_start_up_naming_them():
    uit = instellingen(OIDC_ENABLED="true", OIDC_RP_CLIENT_ID="portaal")
    assert uit.returncode != 0
    assert "OIDC_ENABLED=true vraagt ook OIDC_RP_CLIENT_SECRET" in uit.stderr
    assert "OIDC_OP_JWKS_ENDPOINT" in uit.stderr


def test_sso_fully_configured_adds_its_backend_and_reads_the_mapping():
    uit = instellingen(
        OIDC_ENABLED="true",
        OIDC_RP_CLIENT_ID="portaal",
        OIDC_RP_CLIENT_SECRET="geheim",
        OIDC_OP_AUTHORIZATION_ENDPOINT="https://idp.test/auth",
        OIDC_OP_TOKEN_ENDPOINT="https://idp.test/token",
        OIDC_OP_USER_ENDPOINT="https://idp.test/userinfo",
        OIDC_OP_JWKS_ENDPOINT="https://idp.test/jwks",
        OIDC_ROLLEN="pm=programmamanager, trekker=lijntrekker",
    )
    assert uit.returncode == 0, uit.stderr
    assert "{'pm': 'programmamanager', 'trekker': 'lijntrekker'}" in uit.stdout
    assert uit.stdout.split()[-1] == "almelo_programma.aanmelden.sso.GemeentelijkeInlogBackend"


@pytest.mark.parametrize(
    ("waarde", "melding"),
    [
        ("programmamanager", "schrijf elke koppeling als claimwaarde=rol"),
        ("pm=wethouder", "onbekende rollen wethouder"),
    ],
)
def test_a_bad_role_mapping_stops_start_up(waarde, melding):
    env = {k: v for k, v in os.environ.items() if not k.startswith("OIDC_")}
    env["OIDC_ROLLEN"] = waarde
    uit = subprocess.run(
        [sys.executable, "manage.py", "check"],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert uit.returncode != 0
    assert melding in uit.stderr


@pytest.mark.parametrize(
    "sessie_waarde", [{"SESSIE_INACTIEF_MINUTEN": "0"}, {"SESSIE_MAXIMAAL_UUR": "acht"}]
)
def test_bad_session_limits_stop_start_up(sessie_waarde):
    uit = instellingen(**sessie_waarde)
    assert uit.returncode != 0
    assert next(iter(sessie_waarde)) in uit.stderr


def test_roles_from_the_claim(settings):
    settings.OIDC_ROLLEN_CLAIM = "groepen"
    settings.OIDC_ROLLEN = {"pm": "programmamanager", "trekker": "lijntrekker"}
    assert rollen_uit_claims({"groepen": ["pm", "trekker", "iets-anders"]}) == {
        "programmamanager",
        "lijntrekker",
    }
    assert rollen_uit_claims({"groepen": "trekker"}) == {"lijntrekker"}
    assert rollen_uit_claims({"roles": ["pm"]}) == set()
    assert rollen_uit_claims({}) == set()


@pytest.mark.django_db
def test_sso_never_signs_in_as_a_superuser(settings):
    settings.OIDC_RP_CLIENT_ID = "portaal"
    settings.OIDC_RP_CLIENT_SECRET = "geheim"
    settings.OIDC_OP_TOKEN_ENDPOINT = "https://idp.test/token"
    settings.OIDC_OP_USER_ENDPOINT = "https://idp.test/userinfo"
    settings.OIDC_OP_JWKS_ENDPOINT = "https://idp.test/jwks"
    beheerder = UserFactory(username="beheerder", is_staff=True, is_superuser=True)
    backend = GemeentelijkeInlogBackend()
    claims = {"preferred_username": "beheerder", "roles": []}
    assert list(backend.filter_users_by_claims(claims)) == [beheerder]
    with pytest.raises(SuspiciousOperation):
        backend.update_user(beheerder, claims)
    beheerder.refresh_from_db()
    assert beheerder.is_superuser and beheerder.is_staff
    assert not backend.verify_claims({"email": "iemand@almelo.invalid"})


@pytest.mark.django_db
def test_sso_pages_do_not_exist_while_sso_is_off(client, settings):
    settings.OIDC_ENABLED = False
    assert client.get("/inloggen/sso/").status_code == 404
    assert client.get("/inloggen/sso/terug/?code=x&state=y").status_code == 404
    assert "gemeentelijke inlog" not in client.get("/inloggen/").content.decode()


@pytest.mark.django_db
def test_a_half_signed_in_manager_may_switch_to_sso(client, settings, programma):
    settings.OIDC_ENABLED = True
    settings.TWEE_FACTOR_VERPLICHT = True
    settings.OIDC_RP_CLIENT_ID = "portaal"
    settings.OIDC_OP_AUTHORIZATION_ENDPOINT = "https://idp.test/auth"
    pm = UserFactory(username="pm", rol="programmamanager", is_staff=True)
    client.post("/inloggen/", {"username": pm.username, "password": "geheim-wachtwoord-123"})
    assert client.get("/werkruimte/").url.startswith("/account/tweestapsverificatie/")
    antwoord = client.get("/inloggen/sso/?next=/werkruimte/")
    assert antwoord.status_code == 302
    assert antwoord.url.startswith("https://idp.test/auth?")
    assert "code_challenge_method=S256" in antwoord.url


def test_sso_instellingen_says_when_it_cannot_read_the_discovery_document():
    from django.core.management import CommandError, call_command

    with pytest.raises(CommandError, match="Kan http://127.0.0.1:9/ niet lezen"):
        call_command("sso_instellingen", "http://127.0.0.1:9/")
