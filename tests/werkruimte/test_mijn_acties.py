"""Open follow-up actions from meetings appear in their owner's werkruimte until done."""

import datetime

import pytest

from netwerk.models import Vervolgactie
from tests.factories import BijeenkomstFactory, UserFactory

pytestmark = pytest.mark.django_db


def test_open_actions_show_in_the_owners_werkruimte_until_done(programma, client):
    eigenaar = UserFactory(username="eigenaar", rol="lijntrekker")
    ander = UserFactory(username="ander", rol="lijntrekker")
    actie = Vervolgactie.objects.create(
        bijeenkomst=BijeenkomstFactory(),
        omschrijving="Verslag rondsturen aan het platform",
        eigenaar=eigenaar,
        deadline=datetime.date(2026, 12, 15),
    )
    client.force_login(eigenaar)
    assert "Verslag rondsturen aan het platform" in client.get("/werkruimte/").content.decode()
    client.force_login(ander)
    assert "Verslag rondsturen aan het platform" not in client.get("/werkruimte/").content.decode()
    actie.afgerond = True
    actie.save()
    client.force_login(eigenaar)
    assert "Verslag rondsturen aan het platform" not in client.get("/werkruimte/").content.decode()
