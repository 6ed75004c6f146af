"""Browser: the decision pages pass axe-core (WCAG 2.1 AA) and do not scroll sideways at 320 px;
a programme manager records a commitment through the form and a visitor finds it on the public
list once it is public."""

import pytest
from django.core.cache import cache
from playwright.sync_api import expect

from besluiten.models import Besluit
from tests.e2e.helpers import assert_toegankelijk, bekijk, login, screenshot, vastleggen

pytestmark = pytest.mark.django_db(transaction=True)

WACHTWOORD = "demo-almelo-2026"


def _niet_zijwaarts(browser, live_server, paden, rol=None):
    context = browser.new_context(locale="nl-NL", viewport={"width": 320, "height": 640})
    page = context.new_page()
    if rol:
        login(page, live_server, rol, WACHTWOORD)
    fouten = []
    for naam, pad in paden.items():
        page.goto(live_server.url + pad)
        breedte = page.evaluate("document.documentElement.scrollWidth")
        if breedte > 320:
            fouten.append(f"{pad}: {breedte}px")
        screenshot(page, f"besluiten-320-{naam}")
    context.close()
    assert not fouten, fouten


def test_decision_pages_are_accessible_and_a_commitment_is_recorded(demo, live_server, page):
    cache.clear()
    w = f"{live_server.url}/werkruimte/besluiten"
    login(page, live_server, "programmamanager", WACHTWOORD)
    page.get_by_role("link", name="Besluiten", exact=True).first.click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Besluiten, moties en toezeggingen")
    vastleggen(page, "besluiten-lijst")
    besluit = Besluit.objects.filter(openbaar=False).first()
    bekijk(page, f"{w}/{besluit.slug}/", "besluiten-detail")
    bekijk(page, f"{w}/importeren/", "besluiten-import")
    bekijk(page, f"{live_server.url}/dashboard/aandacht/", "besluiten-aandacht")

    bekijk(page, f"{w}/nieuw/", "besluiten-nieuw")
    page.get_by_label("Soort").select_option("toezegging")
    page.get_by_label("Kenmerk").fill("TZ 2026-41")
    page.get_by_label("Datum (verplicht)").fill("2026-03-10")
    page.get_by_label("Titel").fill("Raad informeren over de herijking van de woondeal")
    page.get_by_role("button", name="Opslaan").click()  # a commitment needs a status
    expect(page.get_by_text("Een motie of toezegging heeft een status.")).to_be_visible()
    vastleggen(page, "besluiten-nieuw-fouten")
    page.get_by_label("Status", exact=True).select_option("open")
    page.get_by_label("Termijn").fill("2026-06-01")
    page.get_by_label("Openbaar").check()
    page.get_by_role("group", name="Activiteitenlijnen").get_by_label("A4", exact=False).check()
    page.get_by_role("button", name="Opslaan").click()
    expect(page.get_by_text("Toezegging TZ 2026-41 is vastgelegd.")).to_be_visible()
    vastleggen(page, "besluiten-nieuw-opgeslagen")

    page.context.clear_cookies()
    page.goto(f"{live_server.url}/besluiten/")
    vastleggen(page, "besluiten-publiek-lijst")
    page.get_by_role("link", name="Raad informeren over de herijking van de woondeal").click()
    expect(page.get_by_role("heading", level=1)).to_contain_text("herijking van de woondeal")
    assert "programmamanager" not in page.content()
    assert_toegankelijk(page)
    screenshot(page, "besluiten-publiek-detail")


def test_decision_pages_do_not_scroll_sideways_at_320_px(demo, live_server, browser):
    cache.clear()
    openbaar = Besluit.objects.openbaar().filter(termijn__isnull=False).first()
    intern = Besluit.objects.filter(openbaar=False).first()
    _niet_zijwaarts(
        browser,
        live_server,
        {"lijst": "/besluiten/", "detail": openbaar.get_absolute_url()},
    )
    _niet_zijwaarts(
        browser,
        live_server,
        {
            "werkruimte-lijst": "/werkruimte/besluiten/",
            "werkruimte-detail": intern.get_werkruimte_url(),
            "nieuw": "/werkruimte/besluiten/nieuw/",
            "aandacht": "/dashboard/aandacht/",
        },
        rol="programmamanager",
    )
