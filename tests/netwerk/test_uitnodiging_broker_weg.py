"""Survey links by e-mail with the broker down: the links are made (success), the mail task
waits in the outbox, and once the broker is back the sweep sends each link exactly once. The
plain token is wiped from the database as soon as the broker has it."""

import pytest
from django.core import mail

from almelo_programma.kern.models import UitgaandeTaak
from almelo_programma.kern.uitgaand import uitgaande_taken_versturen
from netwerk import services
from netwerk.models import Uitnodiging
from tests.kern.broker import broker_weg, werker
from tests.werkruimte.helpers import Klaar

pytestmark = [pytest.mark.django_db(transaction=True), pytest.mark.celery]


def test_links_mailed_once_after_the_broker_comes_back(netwerk_basis, als):
    client = als("programmamanager")
    enquete = netwerk_basis["enquete"]
    with broker_weg():
        response = client.post(
            f"/werkruimte/netwerk/enquetes/{enquete.slug}/links/",
            {"partners": [netwerk_basis["partner"].pk], "per_contactpersoon": "on",
             "per_email": "on"},
        )  # fmt: skip
    assert response.status_code == 200
    assert "1 link gemaakt" in response.content.decode() or "links gemaakt" in (
        response.content.decode()
    )
    assert Uitnodiging.objects.count() == 1
    taak = UitgaandeTaak.objects.get()
    assert taak.verstuurd_op is None and taak.geheim and len(taak.argumenten) == 2
    assert mail.outbox == []

    with werker(), Klaar() as klaar:
        assert uitgaande_taken_versturen() == 1
        klaar.wacht(taak.taak, 1)
        assert uitgaande_taken_versturen() == 0
    [bericht] = mail.outbox
    assert bericht.to == ["jantje.geheim@example.invalid"]
    token = bericht.body.split("/enquete/")[1].split("/")[0]
    uitnodiging = Uitnodiging.objects.get()
    assert uitnodiging.verzonden_op is not None
    assert uitnodiging.token_hash == services.token_hash(token)
    taak.refresh_from_db()
    assert taak.verstuurd_op is not None and taak.argumenten == []  # the token is gone
