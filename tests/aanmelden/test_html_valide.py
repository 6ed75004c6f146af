"""The sign-in pages are valid HTML (Nu HTML Checker), in the states that paginatypen.py cannot
reach: the login page with SSO on, setting up, the code step with an error, the recovery codes
and the status page."""

from pathlib import Path

import pytest

from tests.factories import UserFactory
from tests.publiek.test_html_valide import nu_html_checker

from .helpers import app_geven, inloggen

pytestmark = pytest.mark.django_db


def test_sign_in_pages_are_valid_html(client, settings, programma, tmp_path):
    settings.TWEE_FACTOR_VERPLICHT = True
    settings.OIDC_ENABLED = True
    pm = UserFactory(username="pm", rol="programmamanager", is_staff=True)
    paginas = {"inloggen-sso": client.get("/inloggen/?sso=mislukt&next=/werkruimte/")}
    inloggen(client, pm)
    paginas["instellen"] = client.get("/account/tweestapsverificatie/")
    paginas["instellen-fout"] = client.post("/account/tweestapsverificatie/", {"code": "1"})
    client.logout()

    trekker = UserFactory(username="trekker", rol="lijntrekker")
    app_geven(trekker)
    inloggen(client, trekker)
    paginas["code-fout"] = client.post("/inloggen/code/", {"code": "1"})
    client.force_login(pm)
    sessie = client.session
    sessie["aanmelden_tweede_stap"] = "geen"
    sessie["aanmelden_nieuwe_herstelcodes"] = ["abcd1234", "efgh5678"]
    sessie.save()
    paginas["herstelcodes"] = client.get("/account/tweestapsverificatie/herstelcodes/")

    bestanden = []
    for naam, antwoord in paginas.items():
        assert antwoord.status_code == 200, naam
        bestand = tmp_path / f"{naam}.html"
        bestand.write_bytes(antwoord.content)
        bestanden.append(bestand)
    assert b"Inloggen via de gemeentelijke inlog is niet gelukt" in paginas["inloggen-sso"].content
    assert b"abcd1234" in paginas["herstelcodes"].content
    fouten = nu_html_checker(bestanden)
    assert not fouten, "\n".join(
        f"{Path(f['url']).name}:{f.get('lastLine')}: {f['message']}" for f in fouten
    )
