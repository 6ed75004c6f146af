"""The local OpenID Connect provider (tests/oidc_aanbieder/) as a fixture, and the portal's SSO
settings pointing at it."""

import json
import os
import socket
import subprocess
import sys
import time
from dataclasses import dataclass, field
from io import StringIO
from pathlib import Path

import pytest
import requests
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import rsa
from django.core.management import call_command

ROOT = Path(__file__).resolve().parents[2]
CLIENT_ID = "programmaportaal-almelo"
CLIENT_SECRET = "test-geheim-van-het-portaal"  # noqa: S105
AANBIEDER_WACHTWOORD = "wachtwoord-bij-de-gemeente"  # noqa: S105


def vrije_poort() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@dataclass
class Aanbieder:
    url: str
    omgeving: dict
    gebruikers: list = field(default_factory=list)

    def opzetten(self, config: dict):
        subprocess.run(
            [sys.executable, "-m", "tests.oidc_aanbieder.opzetten", json.dumps(config)],
            cwd=ROOT,
            env=self.omgeving,
            check=True,
            timeout=120,
        )

    def rollen_zetten(self, username: str, rollen: list[str]):
        """Change a user's roles at the provider, as the municipality's IT would."""
        gegevens = next(g for g in self.gebruikers if g["username"] == username)
        self.opzetten({"gebruikers": [{**gegevens, "rollen": rollen}]})


GEBRUIKERS = [
    {
        "username": "j.jansen",
        "password": AANBIEDER_WACHTWOORD,
        "first_name": "Jan",
        "last_name": "Jansen",
        "email": "j.jansen@almelo.invalid",
        "rollen": ["almelo-programmamanager", "medewerkers"],
    },
    {
        "username": "p.pieters",
        "password": AANBIEDER_WACHTWOORD,
        "first_name": "Piet",
        "last_name": "Pieters",
        "email": "p.pieters@almelo.invalid",
        "rollen": ["almelo-lijntrekker"],
    },
]


@pytest.fixture
def oidc_aanbieder(live_server, tmp_path):
    """A real OpenID Connect provider (django-oauth-toolkit) in its own process, with the portal
    (``live_server``) registered as a confidential client and two users."""
    sleutel = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    pem = sleutel.private_bytes(
        serialization.Encoding.PEM,
        serialization.PrivateFormat.PKCS8,
        serialization.NoEncryption(),
    ).decode()
    omgeving = {
        k: v
        for k, v in os.environ.items()
        if not k.startswith(("DJANGO_", "DATABASE_", "OIDC_", "PYTEST_"))
    }
    omgeving.update(
        DJANGO_SETTINGS_MODULE="tests.oidc_aanbieder.settings",
        AANBIEDER_DATABASE=str(tmp_path / "aanbieder.sqlite3"),
        AANBIEDER_RSA_SLEUTEL=pem,
        PYTHONPATH=str(ROOT),
    )
    poort = vrije_poort()
    aanbieder = Aanbieder(url=f"http://localhost:{poort}", omgeving=omgeving, gebruikers=GEBRUIKERS)
    aanbieder.opzetten(
        {
            "client_id": CLIENT_ID,
            "client_secret": CLIENT_SECRET,
            "redirect_uri": f"{live_server.url}/inloggen/sso/terug/",
            "gebruikers": GEBRUIKERS,
        }
    )
    log = open(tmp_path / "aanbieder.log", "w")  # noqa: SIM115
    proces = subprocess.Popen(
        [sys.executable, "-m", "django", "runserver", "--noreload", f"127.0.0.1:{poort}"],
        cwd=ROOT,
        env=omgeving,
        stdout=log,
        stderr=subprocess.STDOUT,
    )
    try:
        ontdekking = f"{aanbieder.url}/o/.well-known/openid-configuration"
        for _ in range(150):
            try:
                if requests.get(ontdekking, timeout=2).status_code == 200:
                    break
            except requests.ConnectionError:
                pass
            if proces.poll() is not None:
                break
            time.sleep(0.2)
        else:
            pytest.fail("De test-identity-provider start niet")
        if proces.poll() is not None:
            pytest.fail(
                "De test-identity-provider stopte: " + (tmp_path / "aanbieder.log").read_text()
            )
        yield aanbieder
    finally:
        proces.terminate()
        proces.wait(timeout=20)
        log.close()


@pytest.fixture
def sso(settings, oidc_aanbieder):
    """The portal's SSO switched on and pointed at the local provider, as the environment
    variables would (OIDC_ENABLED, OIDC_RP_*, OIDC_OP_*, OIDC_ROLLEN)."""
    # the endpoints as an operator gets them: `manage.py sso_instellingen <discovery URL>`
    uit = StringIO()
    call_command(
        "sso_instellingen", f"{oidc_aanbieder.url}/o/.well-known/openid-configuration", stdout=uit
    )
    waarden = dict(regel.split("=", 1) for regel in uit.getvalue().splitlines())
    assert set(waarden) == {
        "OIDC_OP_AUTHORIZATION_ENDPOINT",
        "OIDC_OP_TOKEN_ENDPOINT",
        "OIDC_OP_USER_ENDPOINT",
        "OIDC_OP_JWKS_ENDPOINT",
        "OIDC_RP_SIGN_ALGO",
    }
    for naam, waarde in waarden.items():
        setattr(settings, naam, waarde)
    settings.OIDC_ENABLED = True
    settings.OIDC_RP_CLIENT_ID = CLIENT_ID
    settings.OIDC_RP_CLIENT_SECRET = CLIENT_SECRET
    settings.OIDC_ROLLEN_CLAIM = "roles"
    settings.OIDC_ROLLEN = {
        "almelo-programmamanager": "programmamanager",
        "almelo-lijntrekker": "lijntrekker",
    }
    settings.AUTHENTICATION_BACKENDS = [
        "django.contrib.auth.backends.ModelBackend",
        settings.SSO_BACKEND,
    ]
    # a programme manager who signs in through SSO is not asked for the portal's own 2FA
    settings.TWEE_FACTOR_VERPLICHT = True
    return oidc_aanbieder
