"""The Bestuursrapportage PDF, made by a real Celery worker; the .xlsx with the same figures."""

import datetime
import io
import time
from decimal import Decimal

import pytest
from openpyxl import load_workbook
from pypdf import PdfReader

from almelo_programma.dashboard import pdf
from almelo_programma.dashboard.models import Bestuursrapportage, RapportStatus
from doelen.models import Effectindicator, Programma
from tests.factories import MetingFactory, UserFactory, WoningbouwprojectFactory


def _wacht_tot_klaar(rapport, seconden=60):
    einde = time.monotonic() + seconden
    while time.monotonic() < einde:
        rapport.refresh_from_db()
        if not rapport.loopt:
            return rapport
        time.sleep(0.2)
    raise AssertionError(f"Rapportage bleef '{rapport.status}' ({rapport.stap})")


def _pdf_tekst(rapport) -> str:
    with rapport.bestand.open("rb") as f:
        reader = PdfReader(io.BytesIO(f.read()))
    return "\n".join(page.extract_text() for page in reader.pages)


@pytest.fixture(autouse=True)
def media_in_tmp(settings, tmp_path):
    settings.MEDIA_ROOT = str(tmp_path)


@pytest.fixture
def cijfers(programma):
    WoningbouwprojectFactory(sociale_huur=30, middenhuur=10, betaalbare_koop=20, vrije_sector=40)
    MetingFactory(
        indicator=Effectindicator.objects.get(nummer=3),
        datum=datetime.date(2025, 12, 31),
        waarde=Decimal(1230),
    )
    return programma


@pytest.mark.celery
@pytest.mark.django_db(transaction=True)
def test_pdf_made_by_worker_contains_goals_and_figures(client, cijfers, celery_worker):
    wethouder = UserFactory(first_name="Wil", last_name="Wethouder", rol="bestuurder")
    client.force_login(wethouder)
    response = client.post("/dashboard/rapportages/", {"stand": ""})
    rapport = Bestuursrapportage.objects.get()
    assert response.status_code == 302 and response["Location"] == rapport.get_absolute_url()
    # while it is being made the page refreshes itself (no JavaScript needed)
    pagina = client.get(rapport.get_absolute_url()).content.decode()
    if Bestuursrapportage.objects.get().loopt:
        assert 'http-equiv="refresh"' in pagina

    rapport = _wacht_tot_klaar(rapport)
    assert rapport.status == RapportStatus.KLAAR, rapport.foutmelding
    assert rapport.voortgang == 100 and rapport.pogingen == 1
    tekst = _pdf_tekst(rapport)
    for verwacht in (
        "Bestuursrapportage",
        "Doel A: Wonen",
        "Doel B: Netwerken en positionering",
        "Doel C: Kennis en professionalisering",
        "Aandacht nodig",
        "1.230 woningen",  # indicator 3's latest measurement
        "30,0%",  # social rent share: 30 of 100
        "60,0%",  # affordable share: 60 of 100
        "Doel 2026: 4.100",  # the chart's target line, drawn in the PDF too
    ):
        assert verwacht in tekst, verwacht

    pagina = client.get(rapport.get_absolute_url()).content.decode()
    assert "De pdf is klaar" in pagina and 'http-equiv="refresh"' not in pagina
    download = client.get(f"/dashboard/rapportages/{rapport.uuid}/pdf/")
    assert download["Content-Type"] == "application/pdf"
    assert b"".join(download.streaming_content).startswith(b"%PDF")

    # the task is idempotent: running it again leaves the finished report alone
    pdf.bestuursrapportage_maken(rapport_id=rapport.pk)
    rapport.refresh_from_db()
    assert rapport.pogingen == 1


@pytest.mark.celery
@pytest.mark.django_db(transaction=True)
def test_failed_run_says_so_and_can_be_retried(client, cijfers, celery_worker, monkeypatch):
    def kapot(html):
        raise OSError("schijf vol")

    client.force_login(UserFactory(rol="programmamanager"))
    monkeypatch.setattr(pdf, "pdf_van_html", kapot)  # the edge: WeasyPrint's output
    client.post("/dashboard/rapportages/", {"stand": "2025"})
    rapport = _wacht_tot_klaar(Bestuursrapportage.objects.get())
    assert rapport.status == RapportStatus.MISLUKT
    assert rapport.peildatum == datetime.date(2025, 12, 31)
    pagina = client.get(rapport.get_absolute_url()).content.decode()
    assert "Het maken van de pdf is mislukt" in pagina and "schijf vol" in pagina
    assert "Opnieuw proberen" in pagina
    assert client.get(f"/dashboard/rapportages/{rapport.uuid}/pdf/").status_code == 404

    monkeypatch.undo()
    client.post(rapport.get_absolute_url())
    rapport = _wacht_tot_klaar(rapport)
    assert rapport.status == RapportStatus.KLAAR
    assert rapport.pogingen == 2 and rapport.foutmelding == ""
    assert "Eind 2025" in _pdf_tekst(rapport)


@pytest.mark.django_db
def test_unknown_period_for_report_is_refused(client, programma):
    client.force_login(UserFactory(rol="bestuurder"))
    response = client.post("/dashboard/rapportages/", {"stand": "1999"})
    assert response.status_code == 400
    assert "Kies een stand uit de lijst." in response.content.decode()
    assert not Bestuursrapportage.objects.exists()


@pytest.mark.django_db
def test_xlsx_holds_the_same_figures(client, cijfers):
    client.force_login(UserFactory(rol="bestuurder"))
    response = client.get("/dashboard/export.xlsx")
    assert response["Content-Disposition"].startswith('attachment; filename="dashboard-almelo-')
    wb = load_workbook(io.BytesIO(response.getvalue()))
    assert {"Doelen en lijnen", "Indicatoren", "Aandacht nodig", "Woningbouw per jaar"} <= set(
        wb.sheetnames
    )
    plannen = {rij[0]: rij[1:] for rij in wb["Plannen"].iter_rows(values_only=True)}
    assert plannen["Totaal"] == (100, 100, 0, None)  # last: the Demo column, empty without demo
    assert plannen["Aandeel sociale huur (%)"][0] == 30.0
    assert plannen["Aandeel betaalbaar (%)"][0] == 60.0
    assert plannen["Norm betaalbaar (%)"][0] == 66.7
    indicatoren = {rij[0]: rij for rij in wb["Indicatoren"].iter_rows(values_only=True)}
    assert indicatoren[3][8] == 1230 and indicatoren[3][9] == 30
    assert indicatoren[2][8] == "Nog geen meting"


@pytest.mark.django_db
def test_admin_lists_report_jobs(client, programma):
    Bestuursrapportage.objects.create(
        programma=Programma.objects.get(),
        stand="2024",
        stand_label="Eind 2024",
        peildatum=datetime.date(2024, 12, 31),
    )
    client.force_login(UserFactory(username="beheer", is_staff=True, is_superuser=True))
    html = client.get("/admin/dashboard/bestuursrapportage/").content.decode()
    assert "Eind 2024" in html and "In de wachtrij" in html
