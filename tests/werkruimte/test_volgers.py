"""Followers get an e-mail when an activity's status becomes 'aandacht nodig' or 'vertraagd',
after the transaction commits, from a real Celery worker."""

import pytest
from django.core import mail
from django.urls import reverse

from activiteiten.models import Volger, Volgmelding
from activiteiten.services import statusupdate_create
from activiteiten.tasks import volgers_informeren
from tests.werkruimte.helpers import Klaar

pytestmark = pytest.mark.django_db(transaction=True)
TAAK = "activiteiten.volgers_informeren"


def _post(client, act, status, toelichting="Toelichting."):
    return client.post(
        reverse("activiteiten:activiteit_update", args=[act.slug]),
        {"status": status, "voortgang": "30", "toelichting": toelichting,
         "rapportagedatum": "2026-02-01"},
    )  # fmt: skip


def test_follow_and_unfollow_buttons(werk):
    c = werk.client(werk.bestuurder)
    act_url = reverse("activiteiten:activiteit", args=[werk.act_a.slug])
    c.post(reverse("activiteiten:activiteit_volgen", args=[werk.act_a.slug]), {"actie": "volgen"})
    c.post(reverse("activiteiten:activiteit_volgen", args=[werk.act_a.slug]), {"actie": "volgen"})
    assert Volger.objects.filter(gebruiker=werk.bestuurder, activiteit=werk.act_a).count() == 1
    assert "Niet meer volgen" in c.get(act_url).content.decode()
    c.post(reverse("activiteiten:lijn_volgen", args=[werk.lijn_a.slug]), {"actie": "volgen"})
    assert Volger.objects.filter(gebruiker=werk.bestuurder, lijn=werk.lijn_a).exists()
    c.post(
        reverse("activiteiten:activiteit_volgen", args=[werk.act_a.slug]), {"actie": "ontvolgen"}
    )
    assert not Volger.objects.filter(activiteit=werk.act_a).exists()
    assert "Volgen" in c.get(act_url).content.decode()


def test_followers_are_emailed_on_a_change_to_attention_statuses(werk, celery_worker):
    Volger.objects.create(gebruiker=werk.bestuurder, activiteit=werk.act_a)
    Volger.objects.create(gebruiker=werk.trekker_b, lijn=werk.lijn_a)
    Volger.objects.create(gebruiker=werk.pm, lijn=werk.lijn_b)  # another line: no e-mail
    c = werk.client(werk.trekker_a)
    with Klaar() as klaar:
        assert _post(c, werk.act_a, "op_schema").status_code == 302
        assert _post(c, werk.act_a, "vertraagd", "Vergunning laat.").status_code == 302
        klaar.wacht(TAAK, 1)
        assert sorted(m.to[0] for m in mail.outbox) == sorted(
            [werk.bestuurder.email, werk.trekker_b.email]
        )
        assert "vertraagd" in mail.outbox[0].subject
        assert "Vergunning laat." in mail.outbox[0].body
        assert f"/werkruimte/activiteiten/{werk.act_a.slug}/" in mail.outbox[0].body

        _post(c, werk.act_a, "vertraagd", "Nog steeds.")  # no change of status: no e-mail
        _post(c, werk.act_a, "aandacht_nodig", "Beter, niet goed.")
        klaar.wacht(TAAK, 2)
    assert len(mail.outbox) == 4
    assert Volgmelding.objects.filter(verstuurd_op__isnull=False).count() == 4


def test_notification_task_is_idempotent(werk, celery_worker):
    Volger.objects.create(gebruiker=werk.bestuurder, activiteit=werk.act_a)
    with Klaar() as klaar:
        update = statusupdate_create(
            activiteit=werk.act_a, status="vertraagd", voortgang=10, toelichting="Te laat."
        )
        klaar.wacht(TAAK, 1)
        volgers_informeren.delay(update.pk)  # a rerun / redelivery
        klaar.wacht(TAAK, 2)
    assert len(mail.outbox) == 1


def test_nothing_is_sent_when_the_transaction_rolls_back(werk, celery_worker):
    from django.db import transaction

    Volger.objects.create(gebruiker=werk.bestuurder, activiteit=werk.act_a)
    with pytest.raises(RuntimeError), transaction.atomic():
        statusupdate_create(
            activiteit=werk.act_a, status="vertraagd", voortgang=10, toelichting="Te laat."
        )
        raise RuntimeError("afgebroken")
    with Klaar() as klaar:
        update = statusupdate_create(
            activiteit=werk.act_a, status="aandacht_nodig", voortgang=10, toelichting="Let op."
        )
        klaar.wacht(TAAK, 1)
    assert [m.subject for m in mail.outbox] == [f"{werk.act_a.titel}: aandacht nodig"]
    assert update.volgmeldingen.count() == 1
