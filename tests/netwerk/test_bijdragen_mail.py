"""The outcome e-mail of a review goes out from a real Celery worker after the commit, to every
partner user of the organisation and to nobody else, once per review."""

import datetime

import pytest
from django.core import mail
from django.urls import reverse

from netwerk import services
from netwerk.models import Partnerlidmaatschap
from netwerk.tasks import bijdrage_beoordeling_mailen
from tests.factories import UserFactory
from tests.werkruimte.helpers import Klaar

pytestmark = pytest.mark.django_db(transaction=True)
TAAK = "netwerk.bijdrage_beoordeling_mailen"


def test_the_worker_mails_each_outcome_once_to_the_organisation(
    client, bijdragen_basis, celery_worker
):
    from almelo_programma.celery import app

    app.conf.task_always_eager = False  # through the broker to the worker (restored after)
    b = bijdragen_basis
    collega = UserFactory(username="collega.x")
    Partnerlidmaatschap.objects.create(gebruiker=collega, partner=b.x)
    bijdrage = services.bijdrage_create(
        partner=b.x, lijn=b.lijn, indicator=b.indicator, titel="Buurtkamer in de Riet",
        omschrijving="O", opbrengst="P", gereed_op=datetime.date(2026, 9, 1), door=b.px,
    )  # fmt: skip
    client.force_login(b.trekker)
    url = reverse("netwerk:bijdrage_beoordelen", args=[bijdrage.uuid])
    with Klaar() as klaar:
        client.post(url, {"uitkomst": "wijziging", "reactie": "Graag een planning."})
        klaar.wacht(TAAK, 1)
        assert len(mail.outbox) == 1
        assert sorted(mail.outbox[0].to) == sorted([b.px.email, collega.email])
        assert b.py.email not in mail.outbox[0].to  # organisation Y hears nothing
        assert "Graag een planning." in mail.outbox[0].body
        assert bijdrage.get_absolute_url() in mail.outbox[0].body

        bijdrage.refresh_from_db()
        services.bijdrage_update(bijdrage=bijdrage, data={"titel": "Buurtkamer, met planning"})
        client.post(url, {"uitkomst": "accepteren"})
        klaar.wacht(TAAK, 2)
    assert [m.subject for m in mail.outbox] == [
        "Uw bijdrage 'Buurtkamer in de Riet': wijziging gevraagd",
        "Uw bijdrage 'Buurtkamer, met planning': geaccepteerd",
    ]
    # a redelivered task (same review) sends nothing
    assert bijdrage_beoordeling_mailen(bijdrage.pk, 2) == 0
    assert len(mail.outbox) == 2
