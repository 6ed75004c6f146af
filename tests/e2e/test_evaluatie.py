"""A programme manager writes the end evaluation, offers it, records the college's decision, and
a visitor reads the public version; axe-core finds nothing on any of the pages."""

import pytest

from tests.e2e.helpers import bekijk, login, vastleggen

pytestmark = pytest.mark.django_db(transaction=True)


def test_programme_manager_writes_and_establishes_the_evaluation(demo, live_server, page, browser):
    login(page, live_server, "programmamanager", "demo-almelo-2026")
    page.goto(live_server.url + "/dashboard/")
    assert page.get_by_role("heading", level=2, name="In één oogopslag").is_visible()
    page.get_by_role("link", name="Eindevaluatie 2023–2026").click()
    assert page.get_by_role("heading", level=1).inner_text().startswith("Eindevaluatie 2023–2026")
    vastleggen(page, "evaluatie-concept")

    page.get_by_role("link", name="Conclusies en lessen bewerken").click()
    page.get_by_label("Conclusies").fill("De woningbouw is versneld, maar nog niet genoeg.")
    page.get_by_label("Wat werkte (niet verplicht)").fill("Het platform met de corporaties.")
    vastleggen(page, "evaluatie-teksten")
    page.get_by_role("button", name="Opslaan").click()
    assert page.get_by_text("De eindevaluatie is bijgewerkt.").is_visible()

    # a verdict differs from the computation only with a reason
    page.get_by_role("link", name="Oordeel bijstellen van effect 3").click()
    page.get_by_label("Oordeel van de programmamanager").select_option("deels")
    page.get_by_role("button", name="Opslaan").click()
    assert page.get_by_text("Geef de reden waarom het oordeel afwijkt.").first.is_visible()
    vastleggen(page, "evaluatie-oordeel-fout")
    reden = "Vergunde projecten tellen mee volgens het college."
    page.get_by_label("Reden", exact=True).fill(reden)
    page.get_by_role("button", name="Opslaan").click()

    page.get_by_role("button", name="Ter vaststelling aanbieden").click()
    page.get_by_label("Datum collegebesluit").fill("2027-02-02")
    page.get_by_label("Kenmerk collegebesluit").fill("2027-0042")
    page.get_by_role("button", name="Vastgesteld door het college").click()
    assert page.get_by_text("Vastgesteld door het college op 2 februari 2027").is_visible()
    assert page.get_by_role("link", name="Conclusies en lessen bewerken").count() == 0
    vastleggen(page, "evaluatie-vastgesteld")

    # a visitor sees the public version
    bezoeker = browser.new_context().new_page()
    bezoeker.goto(live_server.url + "/")
    bezoeker.get_by_role("link", name="Eindevaluatie").click()
    assert bezoeker.get_by_text("De woningbouw is versneld, maar nog niet genoeg.").is_visible()
    assert bezoeker.get_by_text("Vergunde projecten tellen mee").is_visible()
    vastleggen(bezoeker, "evaluatie-openbaar")


def test_public_page_before_establishment(programma, live_server, page):
    bekijk(page, live_server.url + "/evaluatie/", "evaluatie-nog-niet")
    assert page.get_by_text("nog niet vastgesteld").is_visible()
