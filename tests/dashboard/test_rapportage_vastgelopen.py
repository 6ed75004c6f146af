"""A PDF run that outlived the task time limit is "mislukt" as soon as its page is viewed or the
periodic task runs, and the retry button works from that state; a run within the limit is
left alone."""

import datetime

import pytest
from django.utils import timezone

from almelo_programma.dashboard import tasks
from almelo_programma.dashboard.models import Bestuursrapportage, RapportStatus
from almelo_programma.kern.models import UitgaandeTaak
from doelen.models import Programma
from tests.factories import UserFactory

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("programma")]


def _bezig(seconden_geleden):
    return Bestuursrapportage.objects.create(
        programma=Programma.objects.get(),
        stand="", stand_label="Actueel", peildatum=datetime.date(2026, 11, 30),
        status=RapportStatus.BEZIG, voortgang=60, stap="Pdf opmaken", pogingen=1,
        gestart_op=timezone.now() - datetime.timedelta(seconds=seconden_geleden),
    )  # fmt: skip


def test_viewing_a_stuck_run_marks_it_failed_and_the_retry_button_works(client, settings):
    settings.CELERY_TASK_TIME_LIMIT = 300
    rapport = _bezig(seconden_geleden=400)
    client.force_login(UserFactory(rol="bestuurder"))
    pagina = client.get(rapport.get_absolute_url()).content.decode()
    rapport.refresh_from_db()
    assert rapport.status == RapportStatus.MISLUKT
    assert "Het maken van de pdf is mislukt" in pagina
    assert "langer dan de tijdslimiet" in pagina and "Opnieuw proberen" in pagina
    assert 'http-equiv="refresh"' not in pagina

    response = client.post(rapport.get_absolute_url())
    assert response.status_code == 302
    rapport.refresh_from_db()
    assert rapport.status == RapportStatus.WACHTRIJ and rapport.foutmelding == ""
    assert UitgaandeTaak.objects.get().argumenten == [rapport.pk]  # queued again


def test_a_run_within_the_time_limit_is_left_alone(client, settings):
    settings.CELERY_TASK_TIME_LIMIT = 300
    rapport = _bezig(seconden_geleden=60)
    client.force_login(UserFactory(rol="bestuurder"))
    pagina = client.get(rapport.get_absolute_url()).content.decode()
    rapport.refresh_from_db()
    assert rapport.status == RapportStatus.BEZIG
    assert 'http-equiv="refresh"' in pagina
    assert client.post(rapport.get_absolute_url()).status_code == 302
    rapport.refresh_from_db()
    assert rapport.status == RapportStatus.BEZIG  # no retry while it runs
    assert not UitgaandeTaak.objects.exists()


def test_the_periodic_task_marks_only_overdue_runs(settings):
    settings.CELERY_TASK_TIME_LIMIT = 300
    oud, nieuw = _bezig(seconden_geleden=306), _bezig(seconden_geleden=290)
    assert tasks.vastgelopen_rapportages_afbreken() == 1
    assert Bestuursrapportage.objects.get(pk=oud.pk).status == RapportStatus.MISLUKT
    assert Bestuursrapportage.objects.get(pk=nieuw.pk).status == RapportStatus.BEZIG
    assert tasks.vastgelopen_rapportages_afbreken() == 0
