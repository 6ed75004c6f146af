"""The downloaded .xlsx sheets let Excel refuse bad input itself: every column the user fills in
has a data validation with a Dutch error message (read back with openpyxl). Importing a project
sheet in which one project changed updates that one, with one history record."""

import io

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from openpyxl import load_workbook
from openpyxl.utils import get_column_letter

from activiteiten.constants import Status
from almelo_programma.werkruimte.uitwisseling import BLAD, DEELSPOREN_BLAD, KOLOM
from almelo_programma.werkruimte.uitwisseling.blad import INVUL
from woondeals import uitwisseling
from woondeals.constants import ProjectFase
from woondeals.models import Woningbouwproject

pytestmark = pytest.mark.django_db


def _regels(ws) -> dict[str, object]:
    """The sheet's data validations by column letter (each must be a stopping rule)."""
    regels = {}
    for regel in ws.data_validations.dataValidation:
        assert regel.showErrorMessage and regel.errorStyle in (None, "stop"), regel
        assert regel.error and regel.errorTitle, regel  # a Dutch message, not Excel's default
        for bereik in regel.sqref.ranges:
            assert bereik.min_row == 2
            kolom = get_column_letter(bereik.min_col)
            assert kolom not in regels, f"two rules on column {kolom}"
            regels[kolom] = regel
    return regels


def _kolom(attr) -> str:
    return get_column_letter(KOLOM[attr] + 1)


def test_update_sheet_validates_every_column_the_user_fills_in(client, pm, bekende_projecten):
    client.force_login(pm)
    response = client.get(reverse("werkruimte:excel_export"))
    wb = load_workbook(io.BytesIO(b"".join(response.streaming_content)))
    for blad in (BLAD, DEELSPOREN_BLAD):
        regels = _regels(wb[blad])
        assert set(regels) == {_kolom(a) for a in INVUL if a != "toelichting"}, blad
        status = regels[_kolom("status")]
        assert status.type == "list"
        assert status.formula1.strip('"').split(",") == [str(s.label) for s in Status]
        voortgang = regels[_kolom("voortgang")]
        assert (voortgang.type, voortgang.operator) == ("whole", "between")
        assert (voortgang.formula1, voortgang.formula2) == ("0", "100")
        assert "0 tot en met 100" in voortgang.error
        assert regels[_kolom("rapportagedatum")].type == "date"
        assert regels[_kolom("gepubliceerd")].formula1 == '"ja,nee"'
        assert _kolom("toelichting") not in regels  # free text: no rule


def test_project_sheet_validates_plan_status_phase_numbers_and_yes_no(
    client, pm, bekende_projecten
):
    client.force_login(pm)
    response = client.get(reverse("woondeals:export", args=["xlsx"]))
    ws = load_workbook(io.BytesIO(response.content)).active
    regels = _regels(ws)

    def regel(kolom):
        return regels[get_column_letter(uitwisseling.KOLOMMEN.index(kolom) + 1)]

    assert regel("Planstatus").formula1 == '"hard,zacht"'
    assert regel("Fase").formula1.strip('"').split(",") == list(ProjectFase.values)
    for kolom in ("Sociale huur", "Middenhuur", "Betaalbare koop", "Vrije sector", "Totaal"):
        assert (regel(kolom).type, regel(kolom).formula1) == ("whole", "0"), kolom
    assert regel("Start bouw (jaar)").type == "whole"
    assert regel("Gepubliceerd").formula1 == '"ja,nee"'
    # new projects may be added below the list: those rows are checked too
    assert max(r.max_row for r in regel("Fase").sqref.ranges) > ws.max_row
    # columns the import ignores or that are free text have no rule
    vrij = {
        "Projectcode",
        "Plannaam",
        "Gemeente",
        "Wijk",
        "Gebiedsontwikkeling",
        "Corporatie / ontwikkelaar",
        "Gestart (alle jaren)",
        "Opgeleverd (alle jaren)",
    }
    for kolom in vrij:
        assert get_column_letter(uitwisseling.KOLOMMEN.index(kolom) + 1) not in regels, kolom


def test_importing_a_sheet_with_one_changed_project_updates_one(client, pm, bekende_projecten):
    client.force_login(pm)
    export = client.get(reverse("woondeals:export", args=["xlsx"])).content
    wb = load_workbook(io.BytesIO(export))
    ws = wb.active
    kop = [c.value for c in ws[1]]
    for rij in ws.iter_rows(min_row=2):
        if rij[0].value == "b":
            rij[kop.index("Wijk")].value = "Nieuwe wijk"
    buffer = io.BytesIO()
    wb.save(buffer)
    historie_voor = Woningbouwproject.history.count()

    response = client.post(
        reverse("woondeals:import"),
        {"bestand": SimpleUploadedFile("lijst.xlsx", buffer.getvalue())},
        follow=True,
    )

    assert "0 projecten toegevoegd, 1 bijgewerkt, 2 ongewijzigd." in response.content.decode()
    assert Woningbouwproject.history.count() == historie_voor + 1
    nieuwste = Woningbouwproject.history.latest("history_date")
    assert (nieuwste.slug, nieuwste.wijk, nieuwste.history_type) == ("b", "Nieuwe wijk", "~")
