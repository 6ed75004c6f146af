"""Excel: the woondeal sub-tracks on their own tab of the update sheet, imported together with
the activities in one all-or-nothing transaction, within the user's rights."""

import io

import pytest
from django.core.exceptions import ValidationError
from django.db import connection
from django.test.utils import CaptureQueriesContext
from openpyxl import load_workbook

from activiteiten.models import Statusupdate
from almelo_programma.werkruimte import uitwisseling
from almelo_programma.werkruimte.uitwisseling import (
    BLAD,
    DEELSPOOR_KOLOMMEN,
    DEELSPOREN_BLAD,
    KOLOM,
)
from tests.werkruimte.helpers import EXPORT, activiteitrijen, download, upload, vul
from woondeals.models import Deelspoor, DeelspoorUpdate
from woondeals.rechten import mag_deelspoor_bewerken
from woondeals.services import deelspoorupdates_bulk_create

pytestmark = pytest.mark.django_db


def _sporen(wb):
    """Sub-track rows of the sheet by key (the sub-track's slug)."""
    return {row[KOLOM["sleutel"]].value: row for row in wb[DEELSPOREN_BLAD].iter_rows(min_row=2)}


def test_the_sheet_has_a_subtrack_tab_with_the_fill_in_columns_in_the_same_places(werk):
    wb = download(werk.client(werk.pm))
    assert wb.sheetnames == [BLAD, DEELSPOREN_BLAD, "Uitleg"]
    kop = [c.value for c in wb[DEELSPOREN_BLAD][1]]
    assert kop == [k for k, _ in DEELSPOOR_KOLOMMEN]
    assert kop[2:4] == ["Woondeal", "Deelspoor"]
    assert kop[8:] == [c.value for c in wb[BLAD][1]][8:]  # columns I–M on both tabs
    rij = _sporen(wb)[werk.spoor.slug]
    woondeal = werk.spoor.woondeal
    assert rij[KOLOM["titel"]].value == str(werk.spoor)
    assert rij[2].value == f"{woondeal.regio} — {woondeal.gemeente}"
    assert rij[KOLOM["lijn"]].value == "A4"
    assert rij[KOLOM["huidige_status"]].value == "Nog geen update"
    assert "Deelsporen woondeal" in " ".join(r[0].value for r in wb["Uitleg"].iter_rows())


def test_export_lists_exactly_the_subtracks_the_user_may_edit(werk):
    ander = Deelspoor.objects.exclude(pk=werk.spoor.pk).first()
    Deelspoor.objects.filter(pk=ander.pk).update(trekker=werk.trekker_b)
    alle = list(Deelspoor.objects.select_related("woondeal__lijn"))
    assert len(alle) > 2
    for user in (werk.pm, werk.trekker_a, werk.trekker_b):
        verwacht = {s.slug for s in alle if mag_deelspoor_bewerken(user, s)}
        assert set(_sporen(download(werk.client(user)))) == verwacht
    assert set(_sporen(download(werk.client(werk.trekker_b)))) == {ander.slug}
    assert werk.client(werk.bestuurder).get(EXPORT).status_code == 403


def test_round_trip_saves_activities_and_subtracks_together(werk):
    c = werk.client(werk.trekker_a)  # leads line A4: its activity and the woondeal's sub-tracks
    wb = download(c)
    vul(activiteitrijen(wb)["Woondeal uitwerken"], status="Op schema", voortgang=40)
    vul(
        _sporen(wb)[werk.spoor.slug],
        status="Aandacht nodig",
        voortgang="20%",
        toelichting="Provincie vraagt meer onderbouwing.",
        rapportagedatum="01-03-2026",
        gepubliceerd="ja",
    )
    r = upload(c, wb)
    assert r.status_code == 302
    assert "2 statusupdate(s) opgeslagen" in c.get(r["Location"]).content.decode()
    assert Statusupdate.objects.get().activiteit == werk.act_a
    update = DeelspoorUpdate.objects.get()
    assert (update.deelspoor, update.status, update.voortgang, update.gepubliceerd) == (
        werk.spoor,
        "aandacht_nodig",
        20,
        True,
    )
    assert str(update.rapportagedatum) == "2026-03-01"
    assert update.auteur == werk.trekker_a
    assert update.history.get().history_user == werk.trekker_a  # audit history names the importer

    # the sheet downloaded again shows the new state; importing the same again changes nothing
    wb = download(c)
    assert _sporen(wb)[werk.spoor.slug][KOLOM["huidige_voortgang"]].value == 20
    vul(
        _sporen(wb)[werk.spoor.slug],
        status="Aandacht nodig",
        voortgang=20,
        toelichting="Provincie vraagt meer onderbouwing.",
    )
    r = upload(c, wb)
    assert "Niets gewijzigd" in c.get(r["Location"]).content.decode()
    assert DeelspoorUpdate.objects.count() == 1


def test_one_bad_subtrack_row_means_nothing_is_saved(werk):
    c = werk.client(werk.pm)
    wb = download(c)
    vul(activiteitrijen(wb)["Woondeal uitwerken"], status="Op schema", voortgang=40)  # a good row
    sporen = list(_sporen(wb).values())
    vul(sporen[0], status="Op schema", voortgang=30)  # a good sub-track row
    vul(sporen[1], status="Vertraagd", voortgang=30, toelichting="")  # no explanation
    vul(sporen[2], status="Afgerond", voortgang=80, rapportagedatum="01-01-2031")
    r = upload(c, wb)
    assert r.status_code == 400
    fouten = {(f.blad, f.rij, f.kolom) for f in r.context["resultaat"].fouten}
    assert fouten == {
        (DEELSPOREN_BLAD, sporen[1][0].row, "K"),  # toelichting
        (DEELSPOREN_BLAD, sporen[2][0].row, "J"),  # afgerond is 100%
        (DEELSPOREN_BLAD, sporen[2][0].row, "L"),  # outside the programme
    }
    html = r.content.decode()
    assert "Niets opgeslagen" in html
    assert "Licht toe waarom de status &#x27;Vertraagd&#x27; is." in html
    assert "<td>Deelsporen woondeal</td>" in html
    assert not Statusupdate.objects.exists()
    assert not DeelspoorUpdate.objects.exists()


def test_a_lead_cannot_import_rows_for_someone_elses_subtrack(werk):
    eigen = Deelspoor.objects.exclude(pk=werk.spoor.pk).first()
    Deelspoor.objects.filter(pk=eigen.pk).update(trekker=werk.trekker_b)
    wb = download(werk.client(werk.pm))
    vul(
        activiteitrijen(wb)["Stadscafé"], status="Op schema", voortgang=10
    )  # trekker B's own activity
    vul(_sporen(wb)[eigen.slug], status="Op schema", voortgang=10)  # trekker B's sub-track
    vreemd = _sporen(wb)[werk.spoor.slug]  # led by line A4's lead, not by B
    vul(vreemd, status="Op schema", voortgang=10)
    r = upload(werk.client(werk.trekker_b), wb)
    assert r.status_code == 400
    assert [(f.blad, f.rij, f.kolom) for f in r.context["resultaat"].fouten] == [
        (DEELSPOREN_BLAD, vreemd[0].row, "A")
    ]
    assert "deelspoor dat u niet mag bijwerken" in r.content.decode()
    assert not Statusupdate.objects.exists()
    assert not DeelspoorUpdate.objects.exists()

    vul(vreemd, status=None, voortgang=None)  # leave that row empty: the rest is B's own
    r = upload(werk.client(werk.trekker_b), wb)
    assert r.status_code == 302
    assert DeelspoorUpdate.objects.get().deelspoor == eigen
    assert Statusupdate.objects.get().activiteit == werk.act_b


def test_a_key_twice_and_a_broken_subtrack_header_are_refused(werk):
    c = werk.client(werk.pm)
    wb = download(c)
    ws = wb[DEELSPOREN_BLAD]
    eerste = ws[2]
    vul(eerste, status="Op schema", voortgang=10)
    ws.append([eerste[0].value, *[None] * 7, "Op schema", 20])
    r = upload(c, wb)
    assert [(f.rij, f.kolom) for f in r.context["resultaat"].fouten] == [(ws.max_row, "A")]
    assert "ook in rij 2" in r.content.decode()
    ws["C1"] = "Jaar"
    r = upload(c, wb)
    assert [(f.blad, f.rij) for f in r.context["resultaat"].fouten] == [(DEELSPOREN_BLAD, 1)]
    assert not DeelspoorUpdate.objects.exists()


def test_a_sheet_without_the_subtrack_tab_still_imports(werk):
    c = werk.client(werk.pm)
    wb = download(c)
    del wb[DEELSPOREN_BLAD]
    vul(activiteitrijen(wb)["Stadscafé"], status="Op schema", voortgang=30)
    assert upload(c, wb).status_code == 302
    assert Statusupdate.objects.get().activiteit == werk.act_b


def _import_queries(werk, extra: int) -> int:
    for i in range(extra):
        Deelspoor.objects.create(
            woondeal=werk.spoor.woondeal, nummer=100 + i, naam=f"Extra {i}", slug=f"extra-{i}"
        )
    wb = load_workbook(io.BytesIO(uitwisseling.exporteer(gebruiker=werk.pm, periode=werk.periode)))
    rijen = list(_sporen(wb).values())
    for i, rij in enumerate(rijen):
        vul(rij, status="Vertraagd" if i % 2 else "Op schema", voortgang=i % 100, toelichting="x")
    buffer = io.BytesIO()
    wb.save(buffer)
    buffer.seek(0)
    with CaptureQueriesContext(connection) as queries:
        resultaat = uitwisseling.importeer(buffer, gebruiker=werk.pm)
    assert resultaat.ok, resultaat.fouten
    assert resultaat.aantal == len(rijen)
    DeelspoorUpdate.objects.all().delete()
    return len(queries)


def test_import_of_subtracks_takes_a_fixed_number_of_queries(werk):
    een = _import_queries(werk, 0)
    tien = _import_queries(werk, 9 * Deelspoor.objects.count())
    assert Deelspoor.objects.count() >= 10 * 3
    assert tien == een


def test_bulk_service_validates_like_a_single_update_and_writes_nothing_on_error(werk):
    goed = {"deelspoor": werk.spoor, "status": "op_schema", "voortgang": 50}
    for slecht, veld in [
        ({"status": "vertraagd", "toelichting": ""}, "toelichting"),
        ({"voortgang": 120}, "voortgang"),
        ({"status": "onzin"}, "status"),
        ({"rapportagedatum": werk.periode.startdatum.replace(year=2040)}, "rapportagedatum"),
    ]:
        with pytest.raises(ValidationError) as exc:
            deelspoorupdates_bulk_create(regels=[goed, goed | slecht], door=werk.pm)
        assert veld in exc.value.message_dict
    assert not DeelspoorUpdate.objects.exists()
    (update,) = deelspoorupdates_bulk_create(regels=[goed], door=werk.pm)
    assert (update.auteur, update.history.get().history_user) == (werk.pm, werk.pm)


def test_errors_read_as_tab_row_and_column():
    fout = uitwisseling.Fout(5, "J", "Nieuwe voortgang (%)", "Te hoog.", DEELSPOREN_BLAD)
    assert (
        str(fout) == "Tabblad Deelsporen woondeal, rij 5, kolom J (Nieuwe voortgang (%)): Te hoog."
    )
    assert str(uitwisseling.Fout(0, "-", "bestand", "Onleesbaar.")) == "Onleesbaar."
