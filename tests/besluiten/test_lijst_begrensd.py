"""The internal decision register shows 50 decisions a page, newest first, with links to the
other pages; the filters travel with the page links."""

import datetime

import pytest

from besluiten.models import Besluit
from tests.factories import UserFactory

pytestmark = pytest.mark.django_db


def test_the_register_is_paged(client, programma):
    Besluit.objects.bulk_create(
        Besluit(
            programma=programma, soort="collegebesluit", kenmerk=f"2026-{n:03d}", slug=f"b-{n}",
            titel=f"Besluit {n}",
            datum=datetime.date(2026, 1, 1) + datetime.timedelta(days=n),
        )
        for n in range(1, 121)
    )  # fmt: skip
    client.force_login(UserFactory(rol="bestuurder"))
    eerste = client.get("/werkruimte/besluiten/?soort=collegebesluit").content.decode()
    assert eerste.count('href="/werkruimte/besluiten/b-') == 50
    assert "Besluit 120<" in eerste and "Besluit 70<" not in eerste  # newest first
    assert "1–50 van 120" in eerste
    assert 'href="?soort=collegebesluit&amp;pagina=2"' in eerste
    derde = client.get("/werkruimte/besluiten/?soort=collegebesluit&pagina=3").content.decode()
    assert derde.count('href="/werkruimte/besluiten/b-') == 20
    assert "Besluit 1<" in derde
