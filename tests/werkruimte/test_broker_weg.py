"""A status update succeeds whatever the broker does: with the broker down, the update and its
follower e-mail task are stored (the outbox); once the broker is back the sweep sends the task,
and the e-mail goes out exactly once. The broker is really down (a closed port), not mocked."""

import pytest
from django.core import mail
from django.urls import reverse

from activiteiten.models import Statusupdate, Volger, Volgmelding
from almelo_programma.kern.models import UitgaandeTaak
from almelo_programma.kern.uitgaand import uitgaande_taken_versturen
from tests.api.helpers import met_token
from tests.kern.broker import broker_weg, werker
from tests.werkruimte.helpers import Klaar

pytestmark = [pytest.mark.django_db(transaction=True), pytest.mark.celery]
TAAK = "activiteiten.volgers_informeren"


def _na_herstel_precies_een_mail(ontvanger_email):
    with werker(), Klaar() as klaar:
        assert uitgaande_taken_versturen() == 1
        klaar.wacht(TAAK, 1)
        assert uitgaande_taken_versturen() == 0  # a second sweep finds nothing to send
    assert [m.to for m in mail.outbox] == [[ontvanger_email]]
    assert Volgmelding.objects.filter(verstuurd_op__isnull=False).count() == 1
    assert not UitgaandeTaak.objects.filter(verstuurd_op__isnull=True).exists()


def test_werkruimte_update_with_the_broker_down_is_saved_once_and_mailed_after(werk):
    Volger.objects.create(gebruiker=werk.bestuurder, activiteit=werk.act_a)
    c = werk.client(werk.trekker_a)
    with broker_weg():
        response = c.post(
            reverse("activiteiten:activiteit_update", args=[werk.act_a.slug]),
            {"status": "vertraagd", "voortgang": "30", "toelichting": "Vergunning laat.",
             "rapportagedatum": "2026-02-01"},
        )  # fmt: skip
    assert response.status_code == 302  # success: the user has no reason to retry
    assert Statusupdate.objects.filter(activiteit=werk.act_a).count() == 1
    taak = UitgaandeTaak.objects.get()
    assert taak.taak == TAAK and taak.verstuurd_op is None
    assert taak.pogingen == 1 and "Connection refused" in taak.laatste_fout
    assert mail.outbox == []

    _na_herstel_precies_een_mail(werk.bestuurder.email)


def test_api_post_with_the_broker_down_answers_201_and_is_mailed_after(werk, api_client):
    Volger.objects.create(gebruiker=werk.pm, lijn=werk.lijn_a)
    with broker_weg():
        response = met_token(api_client, werk.trekker_a).post(
            "/api/v1/statusupdates/",
            {"activiteit": werk.act_a.slug, "status": "aandacht_nodig", "voortgang": 20,
             "toelichting": "Capaciteit.", "rapportagedatum": "2026-02-01"},
            format="json",
        )  # fmt: skip
    assert response.status_code == 201, response.content
    assert Statusupdate.objects.filter(activiteit=werk.act_a).count() == 1
    assert UitgaandeTaak.objects.filter(verstuurd_op__isnull=True).count() == 1
    assert mail.outbox == []

    _na_herstel_precies_een_mail(werk.pm.email)


def test_with_the_broker_up_the_task_goes_out_at_once(werk):
    Volger.objects.create(gebruiker=werk.bestuurder, activiteit=werk.act_a)
    with werker(), Klaar() as klaar:
        werk.client(werk.trekker_a).post(
            reverse("activiteiten:activiteit_update", args=[werk.act_a.slug]),
            {"status": "vertraagd", "voortgang": "30", "toelichting": "Te laat.",
             "rapportagedatum": "2026-02-01"},
        )  # fmt: skip
        klaar.wacht(TAAK, 1)
        assert UitgaandeTaak.objects.get().verstuurd_op is not None
        assert uitgaande_taken_versturen() == 0
    assert len(mail.outbox) == 1
