"""The e-mails of a contribution go out from a real Celery worker after the commit, once each:
every submission to the line's lead, every review outcome to every partner user of the
organisation (and to nobody else)."""

import datetime

import pytest
from django.core import mail
from django.urls import reverse

from netwerk import services
from netwerk.models import Partnerlidmaatschap
from netwerk.tasks import bijdrage_beoordeling_mailen, bijdrage_indiening_mailen
from tests.factories import UserFactory
from tests.werkruimte.helpers import Klaar

pytestmark = pytest.mark.django_db(transaction=True)
BEOORDELING = "netwerk.bijdrage_beoordeling_mailen"
INDIENING = "netwerk.bijdrage_indiening_mailen"


def test_the_worker_mails_each_submission_and_each_outcome_once(
    client, bijdragen_basis, celery_worker
):
    from almelo_programma.celery import app

    app.conf.task_always_eager = False  # through the broker to the worker (restored after)
    b = bijdragen_basis
    collega = UserFactory(username="collega.x")
    Partnerlidmaatschap.objects.create(gebruiker=collega, partner=b.x)
    client.force_login(b.trekker)
    with Klaar() as klaar:
        bijdrage = services.bijdrage_create(
            partner=b.x, lijn=b.lijn, indicator=b.indicator, titel="Buurtkamer in de Riet",
            omschrijving="Wij richten een buurtkamer in.", opbrengst="P",
            gereed_op=datetime.date(2026, 9, 1), door=b.px,
        )  # fmt: skip
        klaar.wacht(INDIENING, 1)
        assert [(m.subject, m.to) for m in mail.outbox] == [
            ("Nieuwe bijdrage: Buurtkamer in de Riet", [b.trekker.email])
        ]
        assert bijdrage.get_werkruimte_url() in mail.outbox[0].body
        assert "Woonstichting X stelt een bijdrage voor" in mail.outbox[0].body

        url = reverse("netwerk:bijdrage_beoordelen", args=[bijdrage.uuid])
        client.post(url, {"uitkomst": "wijziging", "reactie": "Graag een planning."})
        klaar.wacht(BEOORDELING, 1)
        uitkomst = mail.outbox[1]
        assert sorted(uitkomst.to) == sorted([b.px.email, collega.email])
        assert b.py.email not in uitkomst.to  # organisation Y hears nothing
        assert "Graag een planning." in uitkomst.body
        assert bijdrage.get_absolute_url() in uitkomst.body

        bijdrage.refresh_from_db()
        services.bijdrage_update(bijdrage=bijdrage, data={"titel": "Buurtkamer, met planning"})
        klaar.wacht(INDIENING, 2)
        client.post(url, {"uitkomst": "accepteren"})
        klaar.wacht(BEOORDELING, 2)
    assert [m.subject for m in mail.outbox] == [
        "Nieuwe bijdrage: Buurtkamer in de Riet",
        "Uw bijdrage 'Buurtkamer in de Riet': wijziging gevraagd",
        "Opnieuw ingediend: Buurtkamer, met planning",
        "Uw bijdrage 'Buurtkamer, met planning': geaccepteerd",
    ]
    # a redelivered task (same submission or review) sends nothing
    assert bijdrage_beoordeling_mailen(bijdrage.pk, 2) == 0
    assert bijdrage_indiening_mailen(bijdrage.pk, 2) == 0
    assert len(mail.outbox) == 4


def test_without_a_line_lead_the_programme_managers_get_the_submission(
    bijdragen_basis, django_capture_on_commit_callbacks
):
    b = bijdragen_basis
    b.lijn.trekker = None
    b.lijn.save()
    with django_capture_on_commit_callbacks(execute=True):
        services.bijdrage_create(
            partner=b.y, lijn=b.lijn, indicator=b.indicator, titel="Zonder trekker",
            omschrijving="O", opbrengst="P", gereed_op=datetime.date(2026, 9, 1), door=b.py,
        )  # fmt: skip
    assert [m.to for m in mail.outbox] == [[b.pm.email]]
