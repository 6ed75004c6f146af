"""A bestuurder opens the dashboard, drills down to an activity's timeline; axe-core is clean."""

import pytest

from tests.e2e.helpers import login, screenshot, vastleggen

pytestmark = pytest.mark.django_db(transaction=True)


def test_bestuurder_opens_dashboard_and_drills_down(demo, live_server, page):
    login(page, live_server, "wethouder", "demo-almelo-2026")
    page.get_by_role("link", name="Dashboard").click()
    assert page.get_by_role("heading", level=1).inner_text().startswith("Dashboard 2026")
    for kop in ("Missie", "Aandacht nodig", "Netwerk"):
        assert page.get_by_role("heading", level=2, name=kop).first.is_visible()
    # the charts are inline SVG with an accessible name, their data behind a disclosure
    grafiek = page.locator("svg#woningen-cumulatief, figure#woningen-cumulatief-figuur svg")
    assert grafiek.first.get_attribute("role") == "img"
    page.locator("#woningen-cumulatief-figuur summary").click()
    assert page.locator("#woningen-cumulatief-figuur table").is_visible()
    vastleggen(page, "dashboard")

    # goal → line → activity → its update timeline
    page.get_by_role("link", name="Doel A: Wonen").first.click()
    assert page.get_by_role("heading", level=1).inner_text().startswith("Doel A")
    vastleggen(page, "dashboard-doel")
    page.get_by_role("link", name="A4 Woondeals uitwerken per gemeenten").first.click()
    vastleggen(page, "dashboard-lijn")
    page.get_by_role("row").nth(1).get_by_role("link").click()
    assert page.get_by_role("heading", level=2, name="Tijdlijn van de voortgang").is_visible()
    assert page.locator(".tijdlijn > li").count() >= 1
    vastleggen(page, "dashboard-activiteit")

    # indicator → measurement history with a table
    page.goto(live_server.url + "/dashboard/")
    page.get_by_role("link", name="Indicator 3").click()
    assert page.get_by_role("heading", level=2, name="Metingen").is_visible()
    vastleggen(page, "dashboard-indicator")

    # time travel through the period selector, without JavaScript needed
    page.goto(live_server.url + "/dashboard/")
    page.get_by_label("Toon de stand per").select_option("2024")
    page.get_by_role("button", name="Toon").click()
    assert "stand=2024" in page.url
    assert page.get_by_text("Terugblik:").is_visible()
    vastleggen(page, "dashboard-2024")


def test_dashboard_prints_without_menu_and_with_tables_open(demo, live_server, page):
    login(page, live_server, "wethouder", "demo-almelo-2026")
    page.goto(live_server.url + "/dashboard/")
    page.emulate_media(media="print")
    assert not page.locator("header.kop").is_visible()
    assert not page.locator(".stand-keuze").is_visible()
    # the data tables behind the disclosures are printed
    assert page.locator("#woningen-per-jaar-figuur table").is_visible()
    assert page.locator("figure svg").first.is_visible()
    page.pdf(path="var/screenshots/dashboard-print.pdf")
    screenshot(page, "dashboard-print")
