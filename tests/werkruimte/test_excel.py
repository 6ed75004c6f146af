"""Excel: export the period's update sheet, import it back all-or-nothing with Dutch errors."""

import datetime

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile

from activiteiten.models import Statusupdate
from almelo_programma.werkruimte.uitwisseling import KOLOM
from tests.factories import StatusupdateFactory
from tests.werkruimte.helpers import IMPORT, activiteitrijen, download, upload, vul

pytestmark = pytest.mark.django_db


def test_export_lists_the_activities_the_user_may_edit(werk):
    StatusupdateFactory(activiteit=werk.act_a, rapportagedatum=werk.periode.startdatum)
    assert set(activiteitrijen(download(werk.client(werk.trekker_a)))) == {"Woondeal uitwerken"}
    rijen = activiteitrijen(download(werk.client(werk.pm)))
    assert {"Woondeal uitwerken", "Stadscafé"} <= set(rijen)
    rij = rijen["Woondeal uitwerken"]
    assert rij[KOLOM["sleutel"]].value == str(werk.act_a.uuid)
    assert rij[KOLOM["huidige_status"]].value == "Op schema"
    assert rij[KOLOM["huidige_voortgang"]].value == 50


def test_round_trip_saves_every_filled_row_in_one_go(werk):
    c = werk.client(werk.pm)
    wb = download(c)
    rijen = activiteitrijen(wb)
    vul(rijen["Woondeal uitwerken"], status="Op schema", voortgang=40, gepubliceerd="ja")
    vul(
        rijen["Stadscafé"],
        status="Vertraagd",
        voortgang="25%",
        toelichting="Zaal pas in het najaar vrij.",
        rapportagedatum=datetime.date(2026, 3, 1),
    )
    r = upload(c, wb)
    assert r.status_code == 302
    assert "2 statusupdate(s) opgeslagen" in c.get(r["Location"]).content.decode()
    a = Statusupdate.objects.get(activiteit=werk.act_a)
    b = Statusupdate.objects.get(activiteit=werk.act_b)
    assert (a.status, a.voortgang, a.gepubliceerd, a.auteur) == ("op_schema", 40, True, werk.pm)
    assert a.history.get().history_user == werk.pm  # the audit history names the importer
    assert (b.status, b.voortgang, b.rapportagedatum) == (
        "vertraagd",
        25,
        datetime.date(2026, 3, 1),
    )
    assert not b.gepubliceerd


def test_untouched_sheet_and_repeated_import_change_nothing(werk):
    c = werk.client(werk.pm)
    wb = download(c)
    r = upload(c, wb)
    assert "Niets gewijzigd" in c.get(r["Location"]).content.decode()
    vul(activiteitrijen(wb)["Stadscafé"], status="Op schema", voortgang=30)
    upload(c, wb)
    assert Statusupdate.objects.count() == 1
    r = upload(c, wb)  # the same sheet again: equal to the latest update
    assert "Niets gewijzigd" in c.get(r["Location"]).content.decode()
    assert Statusupdate.objects.count() == 1


def test_bad_rows_are_reported_per_row_and_column_and_nothing_is_saved(werk):
    c = werk.client(werk.pm)
    wb = download(c)
    rijen = activiteitrijen(wb)
    goed = rijen["Woondeal uitwerken"]
    vul(goed, status="Op schema", voortgang=40)
    fout = rijen["Stadscafé"]
    vul(fout, status="Vertraagd", voortgang=120, toelichting="", rapportagedatum="31-02-2026")
    r = upload(c, wb)
    assert r.status_code == 400
    fouten = {(f.rij, f.kolom) for f in r.context["resultaat"].fouten}
    rij = fout[0].row
    assert (rij, "J") in fouten  # voortgang 120
    assert (rij, "L") in fouten  # no such date
    html = r.content.decode()
    assert "Niets opgeslagen" in html
    assert "De voortgang is een geheel getal van 0 tot en met 100." in html
    assert not Statusupdate.objects.exists()  # the good row is not saved either

    vul(fout, voortgang=30, rapportagedatum=None)
    r = upload(c, wb)
    assert [(f.rij, f.kolom) for f in r.context["resultaat"].fouten] == [(rij, "K")]
    assert "Licht toe waarom" in r.content.decode()
    assert not Statusupdate.objects.exists()


def test_unknown_status_date_outside_programme_and_bad_publish_flag(werk):
    c = werk.client(werk.pm)
    wb = download(c)
    rij = activiteitrijen(wb)["Stadscafé"]
    vul(rij, status="Half klaar", voortgang=10, rapportagedatum="01-01-2031", gepubliceerd="?")
    r = upload(c, wb)
    kolommen = sorted(f.kolom for f in r.context["resultaat"].fouten)
    assert kolommen == ["I", "L", "M"]
    assert "looptijd van het programma" in r.content.decode()


def test_rows_of_activities_the_user_may_not_edit_are_refused(werk):
    wb = download(werk.client(werk.pm))
    vul(activiteitrijen(wb)["Stadscafé"], status="Op schema", voortgang=10)  # line B1: trekker B
    r = upload(werk.client(werk.trekker_a), wb)
    assert [f.kolom for f in r.context["resultaat"].fouten] == ["A"]
    assert "niet mag bijwerken" in r.content.decode()
    assert not Statusupdate.objects.exists()


def test_not_an_excel_file_or_wrong_sheet(werk):
    c = werk.client(werk.pm)
    r = c.post(IMPORT, {"bestand": SimpleUploadedFile("x.xlsx", b"geen excel")})
    assert "geen leesbaar Excel-bestand" in r.content.decode()
    r = c.post(IMPORT, {"bestand": SimpleUploadedFile("x.csv", b"a,b")})
    assert "Kies een Excel-bestand (.xlsx)." in r.content.decode()
    from openpyxl import Workbook

    r = upload(c, Workbook())
    assert "ontbreekt" in r.content.decode()
    assert not Statusupdate.objects.exists()
