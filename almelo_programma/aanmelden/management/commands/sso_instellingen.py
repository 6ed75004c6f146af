"""Reads the identity provider's discovery document and prints the environment variables of its
endpoints, so an operator copies them instead of typing them:

    python manage.py sso_instellingen https://login.almelo.nl/.well-known/openid-configuration
"""

import requests
from django.core.management.base import BaseCommand, CommandError

VELDEN = {
    "OIDC_OP_AUTHORIZATION_ENDPOINT": "authorization_endpoint",
    "OIDC_OP_TOKEN_ENDPOINT": "token_endpoint",
    "OIDC_OP_USER_ENDPOINT": "userinfo_endpoint",
    "OIDC_OP_JWKS_ENDPOINT": "jwks_uri",
}


class Command(BaseCommand):
    help = (
        "Leest het discovery-document (/.well-known/openid-configuration) van de identity "
        "provider en drukt de OIDC_OP_*-omgevingsvariabelen af."
    )

    def add_arguments(self, parser):
        parser.add_argument("discovery_url")

    def handle(self, *args, discovery_url, **options):
        try:
            antwoord = requests.get(discovery_url, timeout=10)
            antwoord.raise_for_status()
            document = antwoord.json()
        except (requests.RequestException, ValueError) as fout:
            raise CommandError(f"Kan {discovery_url} niet lezen: {fout}") from fout
        ontbreekt = [veld for veld in VELDEN.values() if not document.get(veld)]
        if ontbreekt:
            raise CommandError(f"Het discovery-document mist {', '.join(ontbreekt)}.")
        for naam, veld in VELDEN.items():
            self.stdout.write(f"{naam}={document[veld]}")
        algoritmen = document.get("id_token_signing_alg_values_supported", [])
        if algoritmen:
            voorkeur = "RS256" if "RS256" in algoritmen else algoritmen[0]
            self.stdout.write(f"OIDC_RP_SIGN_ALGO={voorkeur}")
