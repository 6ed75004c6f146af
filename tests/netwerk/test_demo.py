"""Netwerk demo data: idempotent, marked as demo; the closed demo survey is a measurement."""

import random

import pytest

from netwerk.demo import laad_netwerk_demo
from netwerk.models import Contactpersoon, Enquete, Lobbycontact, Vervolgactie

pytestmark = pytest.mark.django_db


def test_netwerk_demo_is_idempotent_and_marked(netwerk_demo):
    aantallen = (
        Contactpersoon.objects.count(),
        Vervolgactie.objects.count(),
        Lobbycontact.objects.count(),
        Enquete.objects.count(),
    )
    assert all(aantallen)
    assert not any(laad_netwerk_demo(random.Random(1), 1).values())
    assert aantallen == (
        Contactpersoon.objects.count(),
        Vervolgactie.objects.count(),
        Lobbycontact.objects.count(),
        Enquete.objects.count(),
    )
    assert all(c.naam.startswith("Demo: ") for c in Contactpersoon.objects.all())
    assert not Vervolgactie.objects.filter(is_demo=False).exists()
    gesloten = Enquete.objects.get(status="gesloten")
    assert gesloten.is_demo and gesloten.meting.is_demo
    assert gesloten.meting.toelichting.startswith("[Demo]")
    assert f"over {gesloten.aantal_reacties} reacties" in gesloten.meting.toelichting
    assert Vervolgactie.objects.filter(
        eigenaar__username="trekker.netwerk", afgerond=False
    ).exists()
