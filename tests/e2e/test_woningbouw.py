"""Browser: a programme manager adds a housing project and sees the 4,100 figures move;
every housing page is checked with axe-core and photographed for review."""

import random
import re

import pytest

from tests.e2e.helpers import bekijk, login, screenshot, vastleggen
from woondeals.demo import laad_woondeal_demo
from woondeals.models import Gebiedsontwikkeling, Subsidieaanvraag

pytestmark = pytest.mark.django_db(transaction=True)


def _getal(page, testid) -> int:
    return int(re.sub(r"\D", "", page.get_by_test_id(testid).inner_text()))


def test_programme_manager_adds_a_project_and_the_4100_chart_moves(demo, live_server, page):
    laad_woondeal_demo(random.Random(1), 1)
    page.set_default_timeout(10_000)
    login(page, live_server, "programmamanager", "demo-almelo-2026")
    page.get_by_role("navigation", name="Hoofdmenu").get_by_role("link", name="Woningbouw").click()
    assert page.get_by_role("heading", level=1).inner_text().startswith("Woondeal Twente")
    vastleggen(page, "woningbouw-woondeal")

    page.get_by_role("link", name="Cijfers", exact=True).click()
    gepland_voor = _getal(page, "gepland")
    opgeleverd_voor = _getal(page, "opgeleverd")
    svg_voor = page.locator("#grafiek-4100-figuur svg").inner_html()
    vastleggen(page, "woningbouw-cijfers")

    page.get_by_role("link", name="Projecten", exact=True).click()
    vastleggen(page, "woningbouw-projecten")
    page.get_by_role("link", name="Project toevoegen", exact=True).click()
    page.get_by_label("Naam").fill("Woontoren Stationsplein")
    page.get_by_label("Wijk").fill("Centrum")
    page.get_by_label("Planstatus").select_option("hard")
    page.get_by_label(re.compile(r"^Fase")).select_option("realisatie")
    page.get_by_label("Verwachte start bouw (jaar)").fill("2025")
    page.get_by_label("Verwachte oplevering (jaar)").fill("2026")
    page.get_by_label("Sociale huur").fill("90")
    page.get_by_label("Middenhuur").fill("60")
    page.get_by_label("Betaalbare koop").fill("30")
    page.get_by_label("Vrije sector").fill("20")
    page.get_by_label("Totaal aantal woningen (controle)").fill("250")
    page.get_by_role("button", name="Opslaan").click()
    # segments add up to 200, not 250: a clear error, nothing saved
    assert page.get_by_text("De segmenten tellen op tot 200 woningen").is_visible()
    vastleggen(page, "woningbouw-project-fout")
    page.get_by_label("Totaal aantal woningen (controle)").fill("200")
    page.get_by_role("button", name="Opslaan").click()
    assert page.get_by_role("heading", level=1).inner_text().startswith("Woontoren Stationsplein")

    # record the completion of all 200 homes in 2026
    page.get_by_label("Jaar").fill("2026")
    page.get_by_label("Woningen in aanbouw genomen").fill("200")
    page.get_by_label("Woningen opgeleverd").fill("200")
    page.get_by_role("button", name="Realisatie opslaan").click()
    assert page.get_by_text("De realisatie over 2026 is opgeslagen.").is_visible()
    vastleggen(page, "woningbouw-project")

    page.get_by_role("link", name="Cijfers", exact=True).click()
    assert _getal(page, "gepland") == gepland_voor + 200
    assert _getal(page, "opgeleverd") == opgeleverd_voor + 200
    assert page.locator("#grafiek-4100-figuur svg").inner_html() != svg_voor
    screenshot(page, "woningbouw-cijfers-na")

    for naam, url in [
        ("woningbouw-gebieden", "/werkruimte/woningbouw/gebieden/"),
        ("woningbouw-gebied", Gebiedsontwikkeling.objects.first().get_absolute_url()),
        ("woningbouw-subsidies", "/werkruimte/woningbouw/subsidies/"),
        (
            "woningbouw-subsidie",
            f"/werkruimte/woningbouw/subsidies/{Subsidieaanvraag.objects.first().pk}/",
        ),
        ("woningbouw-import", "/werkruimte/woningbouw/projecten/import/"),
    ]:
        bekijk(page, live_server.url + url, naam)

    # agreed homes per year: a negative number is refused per row, a good one is saved
    page.goto(live_server.url + "/werkruimte/woningbouw/afspraken/")
    page.get_by_label("Afgesproken woningen 2025").fill("-10")
    page.get_by_role("button", name="Afspraken per jaar opslaan").click()
    assert page.get_by_text("Het aantal woningen kan niet negatief zijn.").is_visible()
    vastleggen(page, "woningbouw-afspraken-fout")
    page.get_by_label("Afgesproken woningen 2025").fill("650")
    page.get_by_role("button", name="Afspraken per jaar opslaan").click()
    assert page.get_by_text("De afgesproken aantallen per jaar zijn opgeslagen.").is_visible()
    assert (
        page.get_by_test_id("afspraken-som")
        .inner_text()
        .startswith("Som van de jaarafspraken: 2.150")
    )
    vastleggen(page, "woningbouw-woondeal-afspraken")
