"""A visitor finds every programme: the programmes list, each programme's home, an archived
programme with its banner; and a line lead switches programmes. axe-core checks each page."""

from pathlib import Path

import pytest
from django.utils import timezone

from tests.e2e.helpers import assert_toegankelijk, login
from tests.factories import UserFactory
from tests.publiek.helpers import programma_met_marker

pytestmark = pytest.mark.django_db(transaction=True)

SHOTS = Path("/tmp/shots")


def _foto(page, naam):
    SHOTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(SHOTS / f"{naam}.png"), full_page=True)


@pytest.fixture
def programmas(db):
    p1 = programma_met_marker("een", "P1", startjaar=2023)
    p1.gearchiveerd_op = timezone.now()
    p1.save()
    p2 = programma_met_marker("twee", "P2", startjaar=2027, voorganger=p1)
    return p1, p2


def test_a_visitor_finds_both_programmes(programmas, live_server, page):
    page.goto(live_server.url + "/programma-twee/")
    page.get_by_role("link", name="Alle programma's").first.click()
    assert page.url == live_server.url + "/programmas/"
    _foto(page, "programmas")
    assert_toegankelijk(page)

    page.get_by_role("link", name="Programma Twee", exact=True).click()
    assert page.url == live_server.url + "/programma-twee/"
    assert page.get_by_role("heading", level=1).inner_text() == "Programma Twee"
    assert "Gearchiveerd programma" not in page.content()

    page.go_back()
    page.get_by_role("link", name="Programma Een", exact=True).first.click()
    assert page.url == live_server.url + "/programma-een/"
    banner = page.get_by_role("region", name="Gearchiveerd programma")
    assert "Gearchiveerd programma (2023–2026): alleen nog te lezen." in banner.inner_text()
    assert "MARKER-P1" in page.content() and "MARKER-P2" not in page.content()
    _foto(page, "gearchiveerd-programma")
    assert_toegankelijk(page)


def test_a_line_lead_switches_programmes(programmas, live_server, page):
    p1, p2 = programmas
    UserFactory(username="trekker", rol="lijntrekker", rol__programmas=[p1, p2])
    login(page, live_server, "trekker")
    page.goto(live_server.url + "/programma-twee/")
    page.get_by_text("Programma: Programma Twee").click()
    keuze = page.get_by_role("navigation", name="Programma kiezen")
    assert keuze.is_visible()
    _foto(page, "programmakeuze")
    assert_toegankelijk(page)
    keuze.get_by_role("link", name="Programma Een").click()
    assert page.url == live_server.url + "/programma-een/"
    assert "MARKER-P1" in page.content()
