"""Browser: the netwerk pages pass axe-core (WCAG 2.1 AA), and a partner fills in the survey
through a personal link made in the werkruimte."""

import random

import pytest
from playwright.sync_api import expect

from netwerk.models import Enquetereactie, Lobbydossier, Partner
from tests.e2e.helpers import assert_toegankelijk, bekijk, login, vastleggen

pytestmark = pytest.mark.django_db(transaction=True)

WACHTWOORD = "demo-almelo-2026"


@pytest.fixture
def netwerk_demo(demo):
    from netwerk.demo import laad_netwerk_demo

    laad_netwerk_demo(random.Random(2026), 1)
    return demo


def test_netwerk_pages_are_accessible(netwerk_demo, live_server, page):
    login(page, live_server, "trekker.netwerk", WACHTWOORD)
    page.get_by_role("link", name="Netwerk", exact=True).first.click()
    assert page.get_by_role("heading", level=1).inner_text() == "Netwerk"
    vastleggen(page, "netwerk-overzicht")
    w = f"{live_server.url}/werkruimte/netwerk"
    partner = Partner.objects.filter(is_demo=True).first()
    dossier = Lobbydossier.objects.first()
    bekijk(page, f"{w}/partners/", "netwerk-partners")
    bekijk(page, f"{w}/partners/{partner.slug}/", "netwerk-partner")
    bekijk(page, f"{w}/partners/{partner.slug}/bewerken/", "netwerk-partner-bewerken")
    bekijk(page, f"{w}/bijeenkomsten/", "netwerk-bijeenkomsten")
    bekijk(page, f"{w}/bijeenkomsten/demo-bijeenkomst-8/", "netwerk-bijeenkomst")
    bekijk(page, f"{w}/bijeenkomsten/nieuw/", "netwerk-bijeenkomst-nieuw")
    page.get_by_role("button", name="Opslaan").click()  # empty: errors next to the fields
    expect(page.get_by_text("Dit veld is vereist.").first).to_be_visible()
    vastleggen(page, "netwerk-bijeenkomst-fouten")
    bekijk(page, f"{w}/acties/", "netwerk-acties")
    page.get_by_role("button", name="Afgerond").first.click()
    expect(page.get_by_text("is afgerond.")).to_be_visible()
    bekijk(page, f"{w}/lobby/", "netwerk-lobby")
    bekijk(page, f"{w}/lobby/{dossier.slug}/", "netwerk-lobbydossier")
    bekijk(page, f"{w}/lobby/{dossier.slug}/contacten/nieuw/", "netwerk-lobbycontact-nieuw")
    bekijk(page, f"{w}/enquetes/", "netwerk-enquetes")
    bekijk(page, f"{w}/enquetes/demo-partnerenquete-2025/", "netwerk-enquete-gesloten")


def test_partner_fills_in_the_survey_through_a_personal_link(netwerk_demo, live_server, page):
    login(page, live_server, "programmamanager", WACHTWOORD)
    page.goto(f"{live_server.url}/werkruimte/netwerk/enquetes/")
    page.get_by_role("link", name="Demo: Partnerenquête 2026").click()
    vastleggen(page, "netwerk-enquete-open")
    page.get_by_role("link", name="Links maken voor partners").click()
    assert_toegankelijk(page)
    page.get_by_label("Demo-corporatie Noord").check()
    page.get_by_role("button", name="Links maken").click()
    expect(page.get_by_text("1 link gemaakt")).to_be_visible()
    vastleggen(page, "netwerk-enquete-links")
    link = page.locator("a.link-url").inner_text()

    # The partner, without an account, in a fresh browser context.
    partner_page = page.context.browser.new_context(locale="nl-NL").new_page()
    voor = Enquetereactie.objects.count()
    partner_page.goto(link)
    assert partner_page.get_by_role("heading", level=1).inner_text().startswith("Partnerenquête")
    vastleggen(partner_page, "enquete-invullen")
    partner_page.get_by_role("button", name="Antwoorden versturen").click()
    expect(partner_page.get_by_text("Kies een score van 1 tot 5.").first).to_be_visible()
    vastleggen(partner_page, "enquete-fouten")
    for vraag, score in (
        ("samenwerking met de gemeente", "4"),
        ("rollen, procedures en planning", "3"),
        ("bereikbaar", "5"),
        ("betrekt de gemeente u", "4"),
    ):
        groep = partner_page.get_by_role("group", name=vraag)
        groep.get_by_label(score, exact=False).first.check()
    partner_page.get_by_label("Opmerking (niet verplicht)").fill("Fijne samenwerking, via e2e.")
    partner_page.get_by_role("button", name="Antwoorden versturen").click()
    expect(partner_page.get_by_role("heading", name="Bedankt voor uw antwoorden")).to_be_visible()
    vastleggen(partner_page, "enquete-bedankt")
    assert Enquetereactie.objects.count() == voor + 1
    nieuw = Enquetereactie.objects.get(opmerking="Fijne samenwerking, via e2e.")
    assert (nieuw.score_samenwerking, nieuw.score_duidelijkheid) == (4, 3)

    partner_page.goto(link)  # a second time: refused, nothing stored
    expect(partner_page.get_by_text("Via deze link is de enquête al ingevuld")).to_be_visible()
    vastleggen(partner_page, "enquete-link-gebruikt")
    assert Enquetereactie.objects.count() == voor + 1
    partner_page.context.close()
