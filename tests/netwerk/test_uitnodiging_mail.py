"""Survey links by e-mail: a real Celery worker sends each link once, after the commit."""

import time

import pytest
from django.core import mail

from netwerk import services
from netwerk.models import Uitnodiging
from netwerk.tasks import verstuur_uitnodiging

pytestmark = [pytest.mark.django_db(transaction=True), pytest.mark.celery]


def wacht_tot(voorwaarde, seconden=15):
    einde = time.monotonic() + seconden
    while time.monotonic() < einde:
        if voorwaarde():
            return True
        time.sleep(0.1)
    return False


def test_links_are_mailed_once_to_contact_persons(celery_worker, netwerk_basis, als):
    services.contactpersoon_create(partner=netwerk_basis["partner"], naam="Zonder Mail")
    client = als("programmamanager")
    enquete = netwerk_basis["enquete"]
    response = client.post(
        f"/werkruimte/netwerk/enquetes/{enquete.slug}/links/",
        {"partners": [netwerk_basis["partner"].pk], "per_contactpersoon": "on", "per_email": "on"},
    )
    assert "2 links gemaakt" in response.content.decode()
    assert wacht_tot(lambda: Uitnodiging.objects.filter(verzonden_op__isnull=False).exists())
    [bericht] = mail.outbox
    assert bericht.to == ["jantje.geheim@example.invalid"]
    assert "Beste Jantje Geheim" in bericht.body
    token = bericht.body.split("/enquete/")[1].split("/")[0]
    uitnodiging = Uitnodiging.objects.get(verzonden_op__isnull=False)
    assert uitnodiging.token_hash == services.token_hash(token)
    assert uitnodiging.contactpersoon.naam == "Jantje Geheim"
    # idempotent: running the task again sends nothing; a wrong token sends nothing
    assert verstuur_uitnodiging(uitnodiging.pk, token) is False
    assert verstuur_uitnodiging(uitnodiging.pk, "verkeerd") is False
    assert len(mail.outbox) == 1


def test_mail_needs_one_link_per_contact_person(netwerk_basis, als):
    client = als("programmamanager")
    enquete = netwerk_basis["enquete"]
    response = client.post(
        f"/werkruimte/netwerk/enquetes/{enquete.slug}/links/",
        {"partners": [netwerk_basis["partner"].pk], "per_email": "on"},
    )
    assert "Versturen per e-mail kan alleen met één link per contactpersoon." in (
        response.content.decode()
    )
    assert not Uitnodiging.objects.exists()
