"""Browser: the housing map with every tile request blocked (as without internet) still shows
every marker; a marker is reached with Tab and opened with Enter; axe-core finds nothing; without
JavaScript the table holds the same projects. Public page and werkruimte map, photographed."""

import re

import pytest

from tests.e2e.helpers import login, screenshot, vastleggen
from woondeals.models import Woningbouwproject

pytestmark = pytest.mark.django_db(transaction=True)


def _blokkeer_tegels(page, live_server) -> list[str]:
    """Abort every request that leaves the test server (the tiles); returns what was tried."""
    geblokkeerd = []

    def afbreken(route):
        geblokkeerd.append(route.request.url)
        route.abort()

    eigen = re.escape(live_server.url)
    page.route(re.compile(rf"^(?!{eigen}).*"), afbreken)
    return geblokkeerd


def _open_marker_met_toetsenbord(page):
    page.locator("#woningkaart").focus()
    page.keyboard.press("Tab")
    marker = page.locator(".leaflet-marker-icon:focus")
    naam = marker.get_attribute("aria-label").split(":")[0]
    page.keyboard.press("Enter")
    popup = page.locator(".leaflet-popup-content")
    popup.wait_for()
    assert naam in popup.inner_text()
    link = popup.get_by_role("link", name=f"Naar {naam}")
    assert link.evaluate("el => el === document.activeElement")
    return link


def test_public_map_works_without_tiles_and_by_keyboard(demo, live_server, page):
    page.set_default_timeout(15_000)
    geblokkeerd = _blokkeer_tegels(page, live_server)
    page.goto(live_server.url + "/woningbouw/")
    openbaar = Woningbouwproject.objects.openbaar()
    op_kaart = openbaar.filter(breedtegraad__isnull=False).count()
    assert op_kaart > 0
    markers = page.locator(".leaflet-marker-icon")
    page.wait_for_function(
        f"document.querySelectorAll('.leaflet-marker-icon').length === {op_kaart}"
    )
    assert markers.count() == op_kaart
    assert page.locator("path.leaflet-interactive").count() > 0  # area outlines
    assert any("service.pdok.nl" in url for url in geblokkeerd)  # tiles were asked for, and failed
    page.locator("#woningkaart").scroll_into_view_if_needed()
    link = _open_marker_met_toetsenbord(page)
    vastleggen(page, "publiek-woningbouw-kaart")
    slug = link.get_attribute("href").split("#project-")[1]
    assert openbaar.filter(slug=slug).exists()


def test_public_table_without_javascript_holds_the_same_projects(demo, live_server, browser):
    context = browser.new_context(java_script_enabled=False, locale="nl-NL")
    page = context.new_page()
    page.goto(live_server.url + "/woningbouw/?planstatus=hard")
    assert page.locator("#woningkaart").is_hidden()
    rijen = page.locator("tr[id^=project-]")
    verwacht = Woningbouwproject.objects.openbaar().filter(planstatus="hard")
    assert {r.get_attribute("id")[8:] for r in rijen.all()} == set(
        verwacht.values_list("slug", flat=True)
    )
    # axe-core needs JavaScript: the same page is checked with it in the test above
    screenshot(page, "publiek-woningbouw-zonder-js")
    context.close()


def test_werkruimte_map_shows_every_project(demo, live_server, page):
    page.set_default_timeout(15_000)
    _blokkeer_tegels(page, live_server)
    login(page, live_server, "programmamanager", "demo-almelo-2026")
    page.goto(live_server.url + "/werkruimte/woningbouw/kaart/")
    alle = Woningbouwproject.objects.filter(breedtegraad__isnull=False).count()
    page.wait_for_function(f"document.querySelectorAll('.leaflet-marker-icon').length === {alle}")
    _open_marker_met_toetsenbord(page)
    vastleggen(page, "werkruimte-woningbouw-kaart")
