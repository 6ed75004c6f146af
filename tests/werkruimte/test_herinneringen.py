"""Reminders: a periodic task e-mails each lead with items lacking an update, N days before the
deadline, at most once per lead per period — with a real Celery worker."""

import datetime

import pytest
from django.conf import settings
from django.core import mail

from activiteiten.models import Herinnering
from almelo_programma.werkruimte.herinneringen import herinneringen_versturen
from almelo_programma.werkruimte.tasks import herinneringen_versturen as taak
from tests.factories import StatusupdateFactory
from tests.werkruimte.helpers import EersteKeerStuk, Klaar

pytestmark = pytest.mark.django_db(transaction=True)
TAAK = "werkruimte.herinneringen_versturen"


def _dag(werk, dagen_voor_deadline):
    return werk.periode.deadline - datetime.timedelta(days=dagen_voor_deadline)


def test_the_task_is_scheduled_daily():
    assert settings.CELERY_BEAT_SCHEDULE["werkruimte-herinneringen"]["task"] == TAAK


def test_only_leads_with_open_items_and_only_inside_the_window(werk, settings):
    settings.HERINNERING_DAGEN_VOOR_DEADLINE = 5
    # B's only activity was finished before this period: nothing to update, so no reminder
    StatusupdateFactory(
        activiteit=werk.act_b,
        rapportagedatum=werk.periode.startdatum - datetime.timedelta(days=10),
        status="afgerond",
        voortgang=100,
    )
    assert herinneringen_versturen(vandaag=_dag(werk, 6)) == 0  # too early
    assert mail.outbox == []
    assert herinneringen_versturen(vandaag=_dag(werk, 5)) == 1
    assert [m.to for m in mail.outbox] == [[werk.trekker_a.email]]
    tekst = mail.outbox[0].body
    assert "Woondeal uitwerken" in tekst and "Deelspoor" in tekst
    assert "/werkruimte/?bijgewerkt=nee" in tekst


def test_real_worker_twice_sends_one_reminder_per_lead(werk, celery_worker):
    vandaag = _dag(werk, 1).isoformat()
    with Klaar() as klaar:
        taak.delay(vandaag)
        taak.delay(vandaag)
        klaar.wacht(TAAK, 2)
    ontvangers = sorted(m.to[0] for m in mail.outbox)
    assert ontvangers == sorted([werk.trekker_a.email, werk.trekker_b.email])
    assert Herinnering.objects.filter(verstuurd_op__isnull=False).count() == 2


def test_worker_dying_between_claim_and_send_never_sends_twice(werk, celery_worker, settings):
    """The first e-mail fails after its lead was claimed (as if the worker died there). The
    rerun sends the other lead's reminder and skips the claimed lead: never a second e-mail."""
    EersteKeerStuk.gefaald = False
    settings.EMAIL_BACKEND = "tests.werkruimte.helpers.EersteKeerStuk"
    vandaag = _dag(werk, 0).isoformat()
    with Klaar() as klaar:
        taak.delay(vandaag)
        klaar.wacht(TAAK, 1)
        assert Herinnering.objects.count() == 1
        geclaimd = Herinnering.objects.get()
        assert geclaimd.verstuurd_op is None and mail.outbox == []
        taak.delay(vandaag)
        taak.delay(vandaag)
        klaar.wacht(TAAK, 3)
    assert Herinnering.objects.count() == 2
    assert len(mail.outbox) == 1
    assert mail.outbox[0].to != [geclaimd.gebruiker.email]
