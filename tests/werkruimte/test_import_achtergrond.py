"""A large update sheet is imported by a background job (a real Celery worker): the upload
answers at once with a status page that shows progress without JavaScript; the import stays
all-or-nothing; a broker that cannot be reached fails the job, not the page."""

import time

import pytest

from activiteiten.models import Statusupdate
from almelo_programma.kern.importtaken import ImportStatus
from almelo_programma.werkruimte import tasks
from almelo_programma.werkruimte.models import Bijwerkimport
from tests.werkruimte.helpers import activiteitrijen, download, upload, vul


def _wacht(taak, seconden=60):
    einde = time.monotonic() + seconden
    while time.monotonic() < einde:
        taak.refresh_from_db()
        if not taak.loopt:
            return taak
        time.sleep(0.2)
    raise AssertionError(f"Import bleef '{taak.status}'")


@pytest.fixture
def achtergrond(settings):
    settings.IMPORT_ACHTERGROND_RIJEN = 5  # the downloaded sheet has more rows than this


@pytest.mark.celery
@pytest.mark.django_db(transaction=True)
def test_large_sheet_is_imported_by_the_worker(werk, achtergrond, celery_worker):
    c = werk.client(werk.pm)
    wb = download(c)
    rijen = activiteitrijen(wb)
    vul(rijen["Woondeal uitwerken"], status="Op schema", voortgang=40)
    vul(rijen["Stadscafé"], status="Vertraagd", voortgang=25, toelichting="Zaal pas later vrij.")
    r = upload(c, wb)
    taak = Bijwerkimport.objects.get()
    assert r.status_code == 302 and r["Location"] == taak.get_absolute_url()
    pagina = c.get(taak.get_absolute_url()).content.decode()
    assert "Bijwerkblad inlezen" in pagina
    if Bijwerkimport.objects.get().loopt:  # a plain link refreshes it (no JavaScript)
        assert f'<a href="{taak.get_absolute_url()}">Vernieuwen</a>' in pagina

    taak = _wacht(taak)
    assert taak.status == ImportStatus.OPGESLAGEN, taak.samenvatting
    assert taak.inhoud in (b"", None) or bytes(taak.inhoud) == b""  # the upload is not kept
    pagina = c.get(taak.get_absolute_url()).content.decode()
    assert "2 statusupdate(s) opgeslagen uit het bestand." in pagina
    assert ">Vernieuwen</a>" not in pagina
    assert set(Statusupdate.objects.values_list("activiteit__titel", "voortgang")) == {
        ("Woondeal uitwerken", 40),
        ("Stadscafé", 25),
    }
    # idempotent: the same job again imports nothing more
    tasks.bijwerkblad_importeren(taak.pk)
    assert Statusupdate.objects.count() == 2


@pytest.mark.celery
@pytest.mark.django_db(transaction=True)
def test_a_background_import_with_errors_saves_nothing(werk, achtergrond, celery_worker):
    c = werk.client(werk.pm)
    wb = download(c)
    rijen = activiteitrijen(wb)
    vul(rijen["Woondeal uitwerken"], status="Op schema", voortgang=40)
    vul(rijen["Stadscafé"], status="Vertraagd", voortgang=120)
    upload(c, wb)
    taak = _wacht(Bijwerkimport.objects.get())
    assert taak.status == ImportStatus.AFGEWEZEN
    assert taak.fouten_aantal == len(taak.fouten) == 1
    pagina = c.get(taak.get_absolute_url()).content.decode()
    assert "Niets opgeslagen:" in pagina and "van 0 tot en met 100" in pagina
    assert Statusupdate.objects.count() == 0


@pytest.mark.django_db
def test_only_the_requester_sees_the_status_page(werk, achtergrond, monkeypatch):
    monkeypatch.setattr(tasks.bijwerkblad_importeren, "delay", lambda *a: None)
    c = werk.client(werk.pm)
    upload(c, download(c))
    taak = Bijwerkimport.objects.get()
    assert werk.client(werk.trekker_a).get(taak.get_absolute_url()).status_code == 404
    assert werk.client(werk.bestuurder).get(taak.get_absolute_url()).status_code == 403
    assert c.get(taak.get_absolute_url()).status_code == 200


@pytest.mark.django_db
def test_unreachable_broker_fails_the_job_not_the_page(
    werk, achtergrond, monkeypatch, django_capture_on_commit_callbacks
):
    def weg(*args):
        raise ConnectionRefusedError("broker weg (gesimuleerd)")

    monkeypatch.setattr(tasks.bijwerkblad_importeren, "delay", weg)
    c = werk.client(werk.pm)
    wb = download(c)
    vul(activiteitrijen(wb)["Stadscafé"], status="Op schema", voortgang=30)
    with django_capture_on_commit_callbacks(execute=True):
        r = upload(c, wb)
    assert r.status_code == 302
    taak = Bijwerkimport.objects.get()
    assert taak.status == ImportStatus.MISLUKT
    pagina = c.get(r["Location"]).content.decode()
    assert "De achtergrondverwerking is nu niet bereikbaar; er is niets opgeslagen." in pagina
    assert Statusupdate.objects.count() == 0


@pytest.mark.django_db
def test_progress_is_reported_while_rows_are_checked(werk):
    import io

    from almelo_programma.werkruimte.uitwisseling import KOLOMMEN, importeer
    from tests.kern.helpers import veel_rijen_xlsx

    rij = ["onbekend", "A4", 2026, "t", "", "", None, None, "Op schema", 50]
    inhoud = veel_rijen_xlsx("Bijwerken", [k for k, _ in KOLOMMEN], rij, 450)
    gemeld = []
    resultaat = importeer(io.BytesIO(inhoud), gebruiker=werk.pm, voortgang=gemeld.append)
    assert gemeld == [200, 400]
    assert len(resultaat.fouten) == 450


@pytest.mark.django_db
def test_a_job_that_lost_its_worker_is_shown_as_failed(werk, settings):
    import datetime

    from django.utils import timezone

    nu = timezone.now()
    grens = datetime.timedelta(seconds=settings.CELERY_TASK_TIME_LIMIT)
    vers = Bijwerkimport.objects.create(
        bestandsnaam="a.xlsx", aangevraagd_door=werk.pm, status=ImportStatus.BEZIG,
        gestart_op=nu - grens + datetime.timedelta(seconds=30), rijen=900, inhoud=b"x",
    )  # fmt: skip
    verlopen = Bijwerkimport.objects.create(
        bestandsnaam="b.xlsx", aangevraagd_door=werk.pm, status=ImportStatus.BEZIG,
        gestart_op=nu - grens - datetime.timedelta(seconds=1), rijen=900, inhoud=b"x",
    )  # fmt: skip
    c = werk.client(werk.pm)
    assert "Wordt ingelezen" in c.get(vers.get_absolute_url()).content.decode()
    pagina = c.get(verlopen.get_absolute_url()).content.decode()
    assert "Het inlezen is afgebroken; er is niets opgeslagen." in pagina
    verlopen.refresh_from_db()
    assert verlopen.status == ImportStatus.MISLUKT and bytes(verlopen.inhoud) == b""
    tasks.bijwerkblad_importeren(verlopen.pk)  # a redelivered message changes nothing
    verlopen.refresh_from_db()
    assert verlopen.status == ImportStatus.MISLUKT
    assert Statusupdate.objects.count() == 0
