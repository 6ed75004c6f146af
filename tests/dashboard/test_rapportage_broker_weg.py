"""Requesting the Bestuursrapportage with the broker down: the request is stored and the page
says it waits in the queue (no 500); once the broker is back the sweep queues it and a real
worker makes the PDF, once."""

import pytest

from almelo_programma.dashboard.models import Bestuursrapportage, RapportStatus
from almelo_programma.kern.models import UitgaandeTaak
from almelo_programma.kern.uitgaand import uitgaande_taken_versturen
from tests.factories import UserFactory
from tests.kern.broker import broker_weg, werker
from tests.werkruimte.helpers import Klaar

pytestmark = [pytest.mark.django_db(transaction=True), pytest.mark.celery]


@pytest.fixture(autouse=True)
def media_in_tmp(settings, tmp_path):
    settings.MEDIA_ROOT = str(tmp_path)


def test_pdf_request_with_the_broker_down_is_made_once_after(client, programma):
    client.force_login(UserFactory(rol="bestuurder"))
    with broker_weg():
        response = client.post("/dashboard/rapportages/", {"stand": ""})
    rapport = Bestuursrapportage.objects.get()
    assert response.status_code == 302 and response["Location"] == rapport.get_absolute_url()
    assert rapport.status == RapportStatus.WACHTRIJ
    assert client.get(rapport.get_absolute_url()).status_code == 200
    taak = UitgaandeTaak.objects.get()
    assert taak.verstuurd_op is None

    with werker(), Klaar() as klaar:
        assert uitgaande_taken_versturen() == 1
        klaar.wacht(taak.taak, 1, timeout=90)
        assert uitgaande_taken_versturen() == 0
    rapport.refresh_from_db()
    assert rapport.status == RapportStatus.KLAAR, rapport.foutmelding
    assert rapport.pogingen == 1
