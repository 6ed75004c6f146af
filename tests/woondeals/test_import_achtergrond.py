"""A large project list is imported by a background job (a real Celery worker), all or
nothing, with a status page; an unreachable broker fails the job, not the page."""

import time

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from almelo_programma.kern.importtaken import ImportStatus
from woondeals import tasks, uitwisseling
from woondeals.models import Projectimport, Woningbouwproject


def _wacht(taak, seconden=60):
    einde = time.monotonic() + seconden
    while time.monotonic() < einde:
        taak.refresh_from_db()
        if not taak.loopt:
            return taak
        time.sleep(0.2)
    raise AssertionError(f"Import bleef '{taak.status}'")


def _lijst(aantal: int, *, fase="initiatief") -> bytes:
    kop = ";".join(uitwisseling.KOLOMMEN)
    rijen = [f";Plan {i};Almelo;;;zacht;{fase};;;1;1;1;1" for i in range(aantal)]
    return "\n".join([kop, *rijen]).encode()


def _post(client, pm, inhoud):
    client.force_login(pm)
    bestand = SimpleUploadedFile("lijst.csv", inhoud)
    return client.post(reverse("woondeals:import"), {"bestand": bestand})


@pytest.fixture
def achtergrond(settings):
    settings.IMPORT_ACHTERGROND_RIJEN = 10


@pytest.mark.celery
@pytest.mark.django_db(transaction=True)
def test_large_list_is_imported_by_the_worker(client, pm, achtergrond, celery_worker):
    r = _post(client, pm, _lijst(30))
    taak = Projectimport.objects.get()
    assert r.status_code == 302 and r["Location"] == taak.get_absolute_url()
    taak = _wacht(taak)
    assert taak.status == ImportStatus.OPGESLAGEN, taak.samenvatting
    assert Woningbouwproject.objects.filter(naam__startswith="Plan ").count() == 30
    pagina = client.get(taak.get_absolute_url()).content.decode()
    assert "Import gelukt: 30 projecten toegevoegd, 0 bijgewerkt, 0 ongewijzigd." in pagina
    assert ">Vernieuwen</a>" not in pagina


@pytest.mark.celery
@pytest.mark.django_db(transaction=True)
def test_a_background_import_with_errors_saves_nothing(client, pm, achtergrond, celery_worker):
    r = _post(client, pm, _lijst(120, fase="paars"))
    assert r.status_code == 302
    taak = _wacht(Projectimport.objects.get())
    assert taak.status == ImportStatus.AFGEWEZEN
    assert (taak.fouten_aantal, len(taak.fouten)) == (120, 50)
    pagina = client.get(taak.get_absolute_url()).content.decode()
    assert "Niets opgeslagen: 120 fouten in het bestand" in pagina
    assert "Hieronder staan de eerste 50 van 120 fouten" in pagina
    assert not Woningbouwproject.objects.exists()


@pytest.mark.django_db
def test_unreachable_broker_fails_the_job_not_the_page(
    client, pm, achtergrond, monkeypatch, django_capture_on_commit_callbacks
):
    def weg(*args):
        raise ConnectionRefusedError("broker weg (gesimuleerd)")

    monkeypatch.setattr(tasks.projecten_importeren, "delay", weg)
    with django_capture_on_commit_callbacks(execute=True):
        r = _post(client, pm, _lijst(30))
    assert r.status_code == 302
    assert Projectimport.objects.get().status == ImportStatus.MISLUKT
    assert "niet bereikbaar" in client.get(r["Location"]).content.decode()
    assert not Woningbouwproject.objects.exists()
    other = pm.__class__.objects.create(username="ander")
    client.force_login(other)
    assert client.get(r["Location"]).status_code in (403, 404)
