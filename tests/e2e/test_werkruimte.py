"""Browser: a lijntrekker logs in, posts an update and sees it on the activity timeline; the
werkruimte pages pass axe-core (WCAG 2.1 AA)."""

import io

import pytest
from django.contrib.auth import get_user_model
from openpyxl import load_workbook

from activiteiten.models import Activiteit, Statusupdate
from activiteiten.selectors import te_rapporteren_periode
from activiteiten.services import activiteit_update
from almelo_programma.werkruimte import uitwisseling
from tests.e2e.helpers import assert_toegankelijk, bekijk, login, screenshot, vastleggen
from woondeals.models import Deelspoor

pytestmark = pytest.mark.django_db(transaction=True)
DEMO_WACHTWOORD = "demo-almelo-2026"


def test_lijntrekker_posts_an_update_and_sees_it_on_the_timeline(demo, live_server, page):
    login(page, live_server, "trekker.wonen", DEMO_WACHTWOORD)
    page.get_by_role("link", name="Werkruimte").click()
    assert page.get_by_role("heading", level=1).inner_text() == "Werkruimte"
    vastleggen(page, "werkruimte-lijst-lijntrekker")

    act = Activiteit.objects.filter(lijn__code="A4", jaar=2026).order_by("titel").first()
    page.get_by_role("link", name=act.titel, exact=True).click()
    assert page.get_by_role("heading", level=1).inner_text().startswith(act.titel)
    assert_toegankelijk(page)

    # a bad update first: a Dutch error next to the field, nothing saved
    page.get_by_label("Status", exact=True).select_option(label="Vertraagd")
    page.get_by_label("Voortgang (%)").fill("55")
    page.get_by_role("button", name="Update opslaan").click()
    assert page.get_by_text("Licht toe waarom de status 'Vertraagd' is.").is_visible()
    vastleggen(page, "werkruimte-activiteit-fout")

    page.get_by_label("Toelichting").fill("Vergunning later dan gepland; nieuwe planning in maart.")
    page.get_by_label("Publiceren op de openbare voortgangspagina").check()
    page.get_by_role("button", name="Update opslaan").click()
    assert page.get_by_text("Uw statusupdate is opgeslagen.").is_visible()
    tijdlijn = page.get_by_role("list", name="Tijdlijn van statusupdates")
    eerste = tijdlijn.get_by_role("listitem").first
    assert "Vergunning later dan gepland" in eerste.inner_text()
    assert "Demo Trekker Wonen" in eerste.inner_text()
    screenshot(page, "werkruimte-activiteit")
    assert Statusupdate.objects.filter(activiteit=act, status="vertraagd").exists()


def test_other_werkruimte_pages_are_accessible(demo, live_server, page):
    login(page, live_server, "programmamanager", DEMO_WACHTWOORD)
    page.goto(f"{live_server.url}/werkruimte/?jaar=&status=vertraagd")
    assert page.get_by_label("Status", exact=True).is_visible()  # filters open when used
    vastleggen(page, "werkruimte-lijst-programmamanager")
    act = Activiteit.objects.filter(lijn__code="B1", jaar=2026).first()
    bekijk(
        page,
        f"{live_server.url}/werkruimte/activiteiten/{act.slug}/bewerken/",
        "werkruimte-activiteit-bewerken",
    )
    # meanwhile the line's lead saves the same activity: our save is refused, input kept
    trekker = get_user_model().objects.get(username="trekker.netwerk")
    activiteit_update(
        activiteit=act, versie=act.versie, door=trekker, titel="Demo: Titel van de trekker",
        omschrijving=act.omschrijving, geplande_start=act.geplande_start,
        geplande_eind=act.geplande_eind, trekker=act.trekker,
    )  # fmt: skip
    page.get_by_label("Titel").fill("Demo: Titel van de programmamanager")
    page.get_by_role("button", name="Opslaan").click()
    assert page.get_by_text("iemand anders heeft deze activiteit intussen gewijzigd").is_visible()
    assert page.get_by_label("Titel").input_value() == "Demo: Titel van de programmamanager"
    vastleggen(page, "werkruimte-activiteit-conflict")
    bekijk(page, f"{live_server.url}/werkruimte/lijnen/{act.lijn.slug}/", "werkruimte-lijn")
    spoor = Deelspoor.objects.order_by("nummer").first()
    bekijk(page, f"{live_server.url}/werkruimte/deelsporen/{spoor.slug}/", "werkruimte-deelspoor")
    bekijk(page, f"{live_server.url}/werkruimte/excel/import/", "werkruimte-import")


def test_import_errors_on_the_subtrack_tab_are_shown_per_tab_row_and_column(
    demo, live_server, page
):
    pm = get_user_model().objects.get(username="programmamanager")
    wb = load_workbook(
        io.BytesIO(uitwisseling.exporteer(gebruiker=pm, periode=te_rapporteren_periode()))
    )
    rij = wb[uitwisseling.DEELSPOREN_BLAD][2]
    rij[uitwisseling.KOLOM["status"]].value = "Vertraagd"
    rij[uitwisseling.KOLOM["voortgang"]].value = 30
    buffer = io.BytesIO()
    wb.save(buffer)
    login(page, live_server, "programmamanager", DEMO_WACHTWOORD)
    page.goto(f"{live_server.url}/werkruimte/excel/import/")
    page.get_by_label("Ingevuld Excel-bestand (.xlsx)").set_input_files(
        {
            "name": "bijwerken.xlsx",
            "mimeType": "application/octet-stream",
            "buffer": buffer.getvalue(),
        }
    )
    page.get_by_role("button", name="Inlezen").click()
    fouten = page.get_by_role("table", name="Fouten per tabblad, rij en kolom")
    assert "Deelsporen woondeal" in fouten.inner_text()
    assert "Licht toe waarom de status 'Vertraagd' is." in fouten.inner_text()
    vastleggen(page, "werkruimte-import-fout-deelspoor")
