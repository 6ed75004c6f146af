"""Browser: a partner proposes a contribution, the line's lead accepts it, the partner reports
progress, the lead publishes it and a visitor sees it on the public line and activity pages.
Every page passes axe-core (WCAG 2.1 AA) and the partner's pages do not scroll sideways at
320 px."""

import pytest
from playwright.sync_api import expect

from netwerk.models import Bijdrage
from tests.e2e.helpers import assert_toegankelijk, bekijk, login, vastleggen

pytestmark = pytest.mark.django_db(transaction=True)

WACHTWOORD = "demo-almelo-2026"
TITEL = "Twintig tiny houses bij het Groene Lint"


def past_op_320(page):
    """No sideways scrolling at 320 CSS px (WCAG 2.1 SC 1.4.10), and axe-core at that width."""
    page.set_viewport_size({"width": 320, "height": 640})
    breedte = page.evaluate("document.documentElement.scrollWidth")
    assert breedte <= 320, f"{page.url} is {breedte}px breed"
    assert_toegankelijk(page)
    page.set_viewport_size({"width": 1280, "height": 900})


def test_partner_proposes_lead_accepts_partner_reports_lead_publishes_visitor_sees(
    demo, live_server, browser, settings
):
    settings.PUBLIEK_CACHE_SECONDEN = 0
    url = live_server.url

    # the partner proposes
    partner = browser.new_context(locale="nl-NL", viewport={"width": 1280, "height": 900})
    p = partner.new_page()
    login(p, live_server, "partner", WACHTWOORD)
    p.get_by_role("link", name="Bijdragen", exact=True).click()
    expect(p.get_by_role("heading", level=1)).to_contain_text("Bijdragen van Demo-corporatie")
    vastleggen(p, "partner-bijdragen")
    past_op_320(p)
    p.get_by_role("link", name="Bijdrage voorstellen").click()
    vastleggen(p, "partner-bijdrage-nieuw")
    past_op_320(p)
    p.get_by_role("button", name="Indienen").click()  # empty: errors next to the fields
    expect(p.get_by_text("Er is niets opgeslagen.")).to_be_visible()
    vastleggen(p, "partner-bijdrage-fouten")
    p.get_by_label("Activiteitenlijn").select_option(label="A4 Woondeals uitwerken per gemeenten")
    p.get_by_label("Titel").fill(TITEL)
    p.get_by_label("Wat gaat u doen?").fill("Wij plaatsen twintig tiny houses voor starters.")
    p.get_by_label("Gereed uiterlijk op").fill("2026-11-01")
    p.get_by_label("Aan welke effectindicator draagt het bij?").select_option(index=3)
    p.get_by_label("Wat voegt het toe aan die indicator?").fill("20 extra woningen voor starters.")
    p.get_by_role("button", name="Indienen").click()
    expect(p.get_by_text("Uw bijdrage is ingediend.")).to_be_visible()
    vastleggen(p, "partner-bijdrage-ingediend")
    past_op_320(p)
    bijdrage = Bijdrage.objects.get(titel=TITEL)

    # the lead of line A4 accepts
    lead = browser.new_context(locale="nl-NL", viewport={"width": 1280, "height": 900})
    t = lead.new_page()
    login(t, live_server, "trekker.wonen", WACHTWOORD)
    bekijk(t, f"{url}/werkruimte/netwerk/bijdragen/", "netwerk-bijdragen")
    past_op_320(t)
    t.get_by_role("link", name=TITEL).click()
    vastleggen(t, "netwerk-bijdrage-beoordelen")
    past_op_320(t)
    t.get_by_label("Accepteren: wordt een activiteit van de lijn").check()
    t.get_by_label("Reactie aan de partner").fill("Mooi initiatief, dank u wel.")
    t.get_by_label("De nieuwe activiteit openbaar maken (alleen bij accepteren)").check()
    t.get_by_role("button", name="Beoordeling opslaan").click()
    expect(t.get_by_text("De bijdrage is beoordeeld: geaccepteerd.")).to_be_visible()
    bijdrage.refresh_from_db()
    assert bijdrage.status == "geaccepteerd" and bijdrage.activiteit.openbaar

    # the partner sees the outcome and reports progress
    p.reload()
    expect(p.get_by_text("De bijdrage is geaccepteerd")).to_be_visible()
    p.get_by_label("Status").select_option("op_schema")
    p.get_by_label("Voortgang (%)").fill("30")
    p.get_by_label("Toelichting").fill("De eerste tien huisjes staan.")
    p.get_by_label("Rapportagedatum").fill("2026-06-30")
    p.get_by_role("button", name="Voortgang melden").click()
    expect(p.get_by_text("Uw voortgang is opgeslagen.")).to_be_visible()
    expect(p.get_by_text("Wacht op publicatie").first).to_be_visible()
    vastleggen(p, "partner-bijdrage-voortgang")
    past_op_320(p)

    # not public yet
    bezoeker = browser.new_context(locale="nl-NL", viewport={"width": 1280, "height": 900})
    v = bezoeker.new_page()
    v.goto(f"{url}{bijdrage.activiteit.get_absolute_url()}")
    expect(v.get_by_text("Demo-corporatie Noord").first).to_be_visible()
    expect(v.get_by_text("De eerste tien huisjes staan.")).to_have_count(0)

    # the lead publishes
    t.goto(f"{url}{bijdrage.get_werkruimte_url()}")
    t.get_by_role("button", name="Publiceren").click()
    expect(t.get_by_text("De update is gepubliceerd.")).to_be_visible()
    vastleggen(t, "netwerk-bijdrage-gepubliceerd")
    past_op_320(t)

    # the visitor sees it, with the organisation and never a person
    bekijk(v, f"{url}{bijdrage.activiteit.get_absolute_url()}", "publiek-activiteit-bijdrage")
    expect(v.get_by_text("De eerste tien huisjes staan.")).to_be_visible()
    expect(v.get_by_text("Uitgevoerd door")).to_be_visible()
    past_op_320(v)
    bekijk(v, f"{url}{bijdrage.lijn.get_absolute_url()}", "publiek-lijn-bijdragen")
    past_op_320(v)
    bijdragen = v.get_by_role("region", name="Bijdragen van partners")
    expect(bijdragen.get_by_role("link", name=TITEL)).to_be_visible()
    expect(bijdragen.get_by_text("Demo-corporatie Noord", exact=True).first).to_be_visible()
    assert "Demo Partner" not in v.content() and "Trekker Wonen" not in v.content()
    for context in (partner, lead, bezoeker):
        context.close()
