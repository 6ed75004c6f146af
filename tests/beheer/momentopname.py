"""What a restore must reproduce, seen from outside: run in a subprocess against one database
(``python manage.py shell --no-imports -c "from tests.beheer.momentopname import main;
main('uit.json')"``), it writes JSON with the row count per archived model and the normalised
HTML/JSON of a set of public and internal pages and API endpoints."""

import json
import re

NORMALISEER = [
    (re.compile(r'name="csrfmiddlewaretoken" value="[^"]*"'), 'name="csrfmiddlewaretoken"'),
    (re.compile(r'nonce="[^"]*"'), 'nonce=""'),
    # the one intended difference: restored users have no password (the archive holds no
    # hashes), so the admin offers no "change password" link until they get a new one
    (re.compile(r'<a href="/admin/password_change/">Wachtwoord wijzigen</a> /'), ""),
    # indentation and blank lines (the admin's template leaves some around that link)
    (re.compile(r"[ \t]*\n\s*"), "\n"),
]


def _tekst(antwoord) -> str:
    tekst = antwoord.content.decode()
    for patroon, vervanging in NORMALISEER:
        tekst = patroon.sub(vervanging, tekst)
    return f"{antwoord.status_code}\n{tekst}"


def _api_paginas(client) -> dict[str, str]:
    wortel = client.get("/api/v1/", HTTP_ACCEPT="application/json").json()
    return {f"api-{naam}": url.replace("http://testserver", "") for naam, url in wortel.items()}


# Pages of work in progress that the archive does not carry on purpose: a background import of
# the update sheet (werkruimte) is the uploader's running job, not programme data.
NIET_IN_ARCHIEF = {"werkruimte-import-status"}


def momentopname() -> dict:
    from django.contrib.auth import get_user_model
    from django.test import Client

    from almelo_programma.archief import tellingen
    from tests.paginatypen import ANONIEM, paginatypen
    from woondeals.models import Woondeal

    paginas = {}
    per_rol = paginatypen()
    anoniem = Client()
    for naam, url in {**per_rol[ANONIEM], **_api_paginas(anoniem)}.items():
        paginas[f"anoniem {naam}"] = (url, _tekst(anoniem.get(url)))
    gebruikers = get_user_model().objects
    for rol in ("programmamanager", "wethouder"):
        client = Client()
        client.force_login(gebruikers.get(username=rol))
        for naam, url in per_rol[rol].items():
            if naam not in NIET_IN_ARCHIEF:
                paginas[f"{rol} {naam}"] = (url, _tekst(client.get(url)))
    beheerder = Client()
    beheerder.force_login(gebruikers.get(username="beheerder"))
    woondeal = Woondeal.objects.get(lijn__doel__programma__slug="stedelijke-ontwikkeling")
    for naam, url in {
        "woondeal-historie": f"/admin/woondeals/woondeal/{woondeal.pk}/history/",
        "gebruikers": "/admin/auth/user/",
        "adminlog": "/admin/",
    }.items():
        paginas[f"beheerder {naam}"] = (url, _tekst(beheerder.get(url)))
    return {"tellingen": tellingen(), "paginas": paginas}


def main(pad: str):
    with open(pad, "w", encoding="utf-8") as uit:
        json.dump(momentopname(), uit)
