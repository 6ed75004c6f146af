"""Provenance in a browser: plan text, the programme team's choices and demo marks are visible
beside what they describe, axe-core clean; screenshots for review."""

import pytest
from django.core.cache import cache

from tests.e2e.helpers import login, vastleggen

pytestmark = pytest.mark.django_db(transaction=True)


def test_public_pages_say_where_texts_come_from(demo, live_server, page):
    cache.clear()
    paginas = {
        "herkomst-indicator-3": (
            "/indicatoren/3-4100-nieuwbouwwoningen/",
            "vastgesteld door het programmateam",
        ),
        "herkomst-indicator-1": (
            "/indicatoren/1-verdeling-sociale-woningvoorraad/",
            "Nationale Woon- en Bouwagenda",
        ),
        "herkomst-doel-b": ("/doelen/b-netwerken-en-positionering/", "uit het programmaplan"),
        "herkomst-activiteit-provada": (
            "/activiteiten/2023-b2-deelname-provada/",
            "nemen deel aan de Provada",
        ),
        "herkomst-home": ("/", "Demo"),
    }
    for naam, (pad, tekst) in paginas.items():
        assert page.goto(live_server.url + pad).status == 200, pad
        assert tekst in page.inner_text("main"), pad
        vastleggen(page, naam)


def test_werkruimte_shows_who_set_the_choices(demo, live_server, page):
    login(page, live_server, "programmamanager", "demo-almelo-2026")
    page.goto(live_server.url + "/werkruimte/woningbouw/")
    assert "vastgesteld door het programmateam" in page.inner_text("main")
    vastleggen(page, "herkomst-werkruimte-woondeal")
    page.goto(live_server.url + "/werkruimte/activiteiten/2023-b1-stadscafe/")
    assert "Uit het programmaplan" in page.inner_text("main")
    vastleggen(page, "herkomst-werkruimte-activiteit")
