"""The werkruimte of one programme: its werklijst, Excel sheet (export and import), reminders
and item pages show and take only that programme's items (a marker in each programme)."""

import datetime
import io

import pytest
from django.core import mail
from django.core.files.uploadedfile import SimpleUploadedFile
from openpyxl import load_workbook

from activiteiten.models import Statusupdate
from almelo_programma.werkruimte import uitwisseling
from almelo_programma.werkruimte.herinneringen import herinneringen_versturen
from almelo_programma.werkruimte.models import Bijwerkimport
from almelo_programma.werkruimte.uitwisseling import KOLOM
from almelo_programma.werkruimte.uitwisseling.importeren import importtaak_verwerken
from tests.factories import ActiviteitFactory
from woondeals.models import DeelspoorUpdate

pytestmark = pytest.mark.django_db


def _werklijst(twee, user, programma):
    r = twee.client(user).get(twee.url(programma, "/werkruimte/"))
    assert r.status_code == 200
    return r.content.decode()


def test_werklijst_shows_only_the_items_of_its_programme(twee):
    p1 = _werklijst(twee, twee.pm_beide, twee.p1)
    p2 = _werklijst(twee, twee.pm_beide, twee.p2)
    assert "MARKER-P1 activiteit" in p1 and "MARKER-P1 deelspoor" in p1
    assert "MARKER-P2" not in p1
    assert "MARKER-P2 activiteit" in p2 and "MARKER-P2 deelspoor" in p2
    assert "MARKER-P1" not in p2


def test_the_current_programme_at_the_unprefixed_address_is_p1(twee):
    r = twee.client(twee.pm_beide).get("/werkruimte/")
    tekst = r.content.decode()
    assert "MARKER-P1 activiteit" in tekst and "MARKER-P2" not in tekst


def test_a_lead_in_both_programmes_sees_per_programme_only_their_own_items(twee):
    p1 = _werklijst(twee, twee.trekker_beide, twee.p1)
    p2 = _werklijst(twee, twee.trekker_beide, twee.p2)
    assert "MARKER-P1 stadscafé" in p1 and "MARKER-P2" not in p1
    assert "MARKER-P1 activiteit" not in p1  # trekker1's line
    assert "MARKER-P2 activiteit" in p2 and "MARKER-P1" not in p2


def test_filters_offer_only_the_goals_and_lines_of_the_programme(twee):
    r = twee.client(twee.pm_beide).get(twee.url(twee.p2, "/werkruimte/"))
    lijnen = list(r.context["filter"].form.fields["lijn"].queryset)
    assert lijnen == [twee.lijn2]


def _maak(twee, n):
    for i in range(n):
        for lijn, code in ((twee.lijn1, "p1"), (twee.lijn2, "p2")):
            ActiviteitFactory(
                lijn=lijn,
                jaar=twee.periode.jaar,
                titel=f"Extra {code} {i}",
                slug=f"x-{code}-{n}-{i}",
            )


@pytest.mark.parametrize("wie", ["pm_beide", "trekker_beide"])
def test_werklijst_queries_fixed_at_1x_and_10x_with_two_programmes(
    twee, django_assert_max_num_queries, wie
):
    c = twee.client(getattr(twee, wie))
    url = twee.url(twee.p2, "/werkruimte/")
    c.get(url)  # warm up the session
    _maak(twee, 3)
    with django_assert_max_num_queries(14) as klein:
        r = c.get(url)
    assert r.status_code == 200
    _maak(twee, 30)
    with django_assert_max_num_queries(len(klein.captured_queries)):
        r = c.get(url)
    assert "Extra p2 29" in r.content.decode() and "Extra p1" not in r.content.decode()


# --- the Excel sheet ---------------------------------------------------------------------------


def _blad(twee, user, programma):
    r = twee.client(user).get(twee.url(programma, "/werkruimte/excel/export/"))
    assert r.status_code == 200
    return load_workbook(io.BytesIO(b"".join(r.streaming_content)))


def _titels(wb, blad):
    return {rij[KOLOM["titel"]].value for rij in wb[blad].iter_rows(min_row=2)}


def test_excel_export_holds_only_the_programmes_items(twee):
    p1 = _blad(twee, twee.pm_beide, twee.p1)
    p2 = _blad(twee, twee.pm_beide, twee.p2)
    assert "MARKER-P1 activiteit" in _titels(p1, "Bijwerken")
    assert not any("MARKER-P2" in str(t) for t in _titels(p1, "Bijwerken"))
    assert any("MARKER-P1" in str(t) for t in _titels(p1, "Deelsporen woondeal"))
    assert not any("MARKER-P2" in str(t) for t in _titels(p1, "Deelsporen woondeal"))
    assert _titels(p2, "Bijwerken") == {"MARKER-P2 activiteit"}
    assert {str(t) for t in _titels(p2, "Deelsporen woondeal")} == {"1. MARKER-P2 deelspoor"}


def _rij_van(wb, blad, titel_deel):
    for rij in wb[blad].iter_rows(min_row=2):
        if titel_deel in str(rij[KOLOM["titel"]].value):
            return rij
    raise AssertionError(titel_deel)


def _vul(rij):
    rij[KOLOM["status"]].value = "Op schema"
    rij[KOLOM["voortgang"]].value = 40


def _upload(twee, user, programma, wb):
    buffer = io.BytesIO()
    wb.save(buffer)
    return twee.client(user).post(
        twee.url(programma, "/werkruimte/excel/import/"),
        {"bestand": SimpleUploadedFile("bijwerken.xlsx", buffer.getvalue())},
    )


def test_import_of_a_row_of_another_programme_is_refused_and_nothing_is_written(twee):
    """The P2 sheet's rows, pasted into the P1 sheet and uploaded to P1: refused per row,
    naming the other programme, and neither programme's rows are written."""
    wb1 = _blad(twee, twee.pm_beide, twee.p1)
    wb2 = _blad(twee, twee.pm_beide, twee.p2)
    _vul(_rij_van(wb1, "Bijwerken", "MARKER-P1 activiteit"))
    vreemd = _rij_van(wb2, "Bijwerken", "MARKER-P2 activiteit")
    wb1["Bijwerken"].append([c.value for c in vreemd])
    _vul(list(wb1["Bijwerken"].iter_rows(min_row=wb1["Bijwerken"].max_row))[0])
    spoor = _rij_van(wb2, "Deelsporen woondeal", "MARKER-P2 deelspoor")
    wb1["Deelsporen woondeal"].append([c.value for c in spoor])
    _vul(list(wb1["Deelsporen woondeal"].iter_rows(min_row=wb1["Deelsporen woondeal"].max_row))[0])
    r = _upload(twee, twee.pm_beide, twee.p1, wb1)
    assert r.status_code == 400
    fouten = [str(f) for f in r.context["resultaat"].fouten]
    assert len(fouten) == 2
    assert all("hoort bij het programma 'Programma Leefbare Wijken'" in f for f in fouten)
    assert "Tabblad Bijwerken" in fouten[0] and "Tabblad Deelsporen woondeal" in fouten[1]
    assert not Statusupdate.objects.exists() and not DeelspoorUpdate.objects.exists()


def test_the_same_sheet_uploaded_to_its_own_programme_is_taken(twee):
    wb2 = _blad(twee, twee.pm_beide, twee.p2)
    _vul(_rij_van(wb2, "Bijwerken", "MARKER-P2 activiteit"))
    r = _upload(twee, twee.pm_beide, twee.p2, wb2)
    assert r.status_code == 302
    assert list(Statusupdate.objects.values_list("activiteit", flat=True)) == [twee.act2.pk]


def test_a_background_import_job_imports_into_the_programme_it_recorded(twee, settings):
    """A large sheet is imported by a job: the job records the page's programme, and the
    worker (no request, no page programme) refuses another programme's rows likewise."""
    settings.IMPORT_ACHTERGROND_RIJEN = 0
    wb1 = _blad(twee, twee.pm_beide, twee.p1)
    wb2 = _blad(twee, twee.pm_beide, twee.p2)
    vreemd = _rij_van(wb2, "Bijwerken", "MARKER-P2 activiteit")
    wb1["Bijwerken"].append([c.value for c in vreemd])
    _vul(list(wb1["Bijwerken"].iter_rows(min_row=wb1["Bijwerken"].max_row))[0])
    r = _upload(twee, twee.pm_beide, twee.p1, wb1)
    assert r.status_code == 302
    taak = Bijwerkimport.objects.get()
    assert taak.programma == twee.p1
    importtaak_verwerken(taak.pk)
    taak.refresh_from_db()
    assert taak.fouten_aantal == 1 and "Programma Leefbare Wijken" in taak.fouten[0]
    assert not Statusupdate.objects.exists()


def test_a_manager_of_p1_only_exports_and_imports_nothing_of_p2(twee):
    """Outside a request (the job's worker) the roles in the sheet's programme count: a
    manager of P1 only has an empty P2 sheet, and P2's rows are unknown to them there."""
    wb = load_workbook(
        io.BytesIO(
            uitwisseling.exporteer(gebruiker=twee.pm1, periode=twee.periode, programma=twee.p2)
        )
    )
    assert _titels(wb, "Bijwerken") == set()
    wb2 = _blad(twee, twee.pm_beide, twee.p2)
    _vul(_rij_van(wb2, "Bijwerken", "MARKER-P2 activiteit"))
    buffer = io.BytesIO()
    wb2.save(buffer)
    buffer.seek(0)
    resultaat = uitwisseling.importeer(buffer, gebruiker=twee.pm1, programma=twee.p2)
    assert not resultaat.ok and "niet mag bijwerken" in str(resultaat.fouten[0])
    assert not Statusupdate.objects.exists()


# --- item pages ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "pad",
    [
        "/werkruimte/activiteiten/marker-p2/",
        "/werkruimte/lijnen/lw-lijn-a1/",
        "/werkruimte/deelsporen/lw-deelspoor-1/",
    ],
)
def test_an_item_of_another_programme_is_not_found_under_this_programmes_address(twee, pad):
    c = twee.client(twee.pm_beide)
    assert c.get(twee.url(twee.p2, pad)).status_code == 200
    assert c.get(twee.url(twee.p1, pad)).status_code == 404
    assert c.get(pad).status_code == 404  # the unprefixed address is P1's


def test_a_status_update_posted_under_another_programmes_address_is_not_written(twee):
    r = twee.client(twee.pm_beide).post(
        twee.url(twee.p1, "/werkruimte/activiteiten/marker-p2/update/"),
        {"status": "op_schema", "voortgang": 10, "rapportagedatum": twee.periode.startdatum},
    )
    assert r.status_code == 404
    assert not Statusupdate.objects.exists()


def test_doorzetten_offers_only_the_years_of_the_lines_programme(twee):
    r = twee.client(twee.pm_beide).get(twee.url(twee.p2, "/werkruimte/lijnen/lw-lijn-a1/"))
    jaren = [j for j, _ in r.context["doorzetten_form"].fields["van_jaar"].choices]
    assert jaren == list(range(twee.p2.startjaar, twee.p2.eindjaar))


# --- reminders -------------------------------------------------------------------------------


def test_reminders_per_programme_with_that_programmes_items_and_links(twee, settings):
    settings.HERINNERING_DAGEN_VOOR_DEADLINE = 5
    vandaag = twee.periode.deadline - datetime.timedelta(days=1)
    herinneringen_versturen(vandaag=vandaag)
    aan_beide = [m for m in mail.outbox if m.to == [twee.trekker_beide.email]]
    assert len(aan_beide) == 2
    p1 = next(m for m in aan_beide if "Stedelijke Ontwikkeling" in m.subject).body
    p2 = next(m for m in aan_beide if "Leefbare Wijken" in m.subject).body
    assert "MARKER-P1 stadscafé" in p1 and "MARKER-P1 besluit" in p1
    assert "MARKER-P2" not in p1
    assert f"/{twee.p1.slug}/werkruimte/?bijgewerkt=nee" in p1
    assert f"/{twee.p1.slug}/werkruimte/besluiten/" in p1 and twee.p2.slug not in p1
    assert "MARKER-P2 activiteit" in p2 and "MARKER-P2 deelspoor" in p2
    assert "MARKER-P2 besluit" in p2 and "MARKER-P1" not in p2
    assert f"/{twee.p2.slug}/werkruimte/?bijgewerkt=nee" in p2 and twee.p1.slug not in p2


def test_an_archived_programme_sends_no_reminders(twee, settings):
    from django.utils import timezone

    settings.HERINNERING_DAGEN_VOOR_DEADLINE = 5
    type(twee.p2).objects.filter(pk=twee.p2.pk).update(gearchiveerd_op=timezone.now())
    herinneringen_versturen(vandaag=twee.periode.deadline - datetime.timedelta(days=1))
    assert mail.outbox
    assert not any("MARKER-P2" in m.body or "Leefbare Wijken" in m.subject for m in mail.outbox)
    assert any("MARKER-P1" in m.body for m in mail.outbox)


def test_a_programme_that_has_not_started_yet_sends_no_reminders(twee, settings):
    """A successor starting next year: its copied sub-tracks ask nothing of this period."""
    settings.HERINNERING_DAGEN_VOOR_DEADLINE = 5
    type(twee.p2).objects.filter(pk=twee.p2.pk).update(
        startjaar=twee.periode.jaar + 1, eindjaar=twee.periode.jaar + 4
    )
    herinneringen_versturen(vandaag=twee.periode.deadline - datetime.timedelta(days=1))
    assert any("MARKER-P1" in m.body for m in mail.outbox)
    assert not any("MARKER-P2" in m.body or "Leefbare Wijken" in m.subject for m in mail.outbox)


def test_the_woondeal_page_is_the_programmes_woondeal_with_its_sub_tracks(twee):
    c = twee.client(twee.pm_beide)
    p1 = c.get(twee.url(twee.p1, "/werkruimte/woningbouw/")).content.decode()
    p2 = c.get(twee.url(twee.p2, "/werkruimte/woningbouw/")).content.decode()
    assert "MARKER-P1 deelspoor" in p1 and "MARKER-P2" not in p1
    assert "MARKER-P2 deelspoor" in p2 and "Wijkenregio" in p2 and "MARKER-P1" not in p2


def test_a_predecessor_in_another_programme_is_linked_at_its_own_address(twee):
    from activiteiten.models import Activiteit

    Activiteit.objects.filter(pk=twee.act2.pk).update(vorige=twee.act1)
    r = twee.client(twee.pm_beide).get(
        twee.url(twee.p2, f"/werkruimte/activiteiten/{twee.act2.slug}/")
    )
    assert f'href="/{twee.p1.slug}/werkruimte/activiteiten/{twee.act1.slug}/"' in r.content.decode()


def test_the_werklijst_of_a_programme_that_has_not_started_asks_nothing(twee):
    type(twee.p2).objects.filter(pk=twee.p2.pk).update(
        startjaar=twee.periode.jaar + 1, eindjaar=twee.periode.jaar + 4
    )
    r = twee.client(twee.pm_beide).get(twee.url(twee.p2, "/werkruimte/"))
    html = r.content.decode()
    assert r.context["periode"] is None
    assert "Er is nu geen rapportageperiode voor dit programma" in html
    assert "Nog door u bij te werken" not in html
    r = twee.client(twee.pm_beide).get(twee.url(twee.p1, "/werkruimte/"))
    assert r.context["periode"] == twee.periode
