"""An event the plan names shows its title as the programme team's with the plan's sentence
beside it; the lobby dossier's targets say whose summary they are."""

import pytest
from django.urls import reverse

from netwerk.models import Bijeenkomst

pytestmark = pytest.mark.django_db

ZIN = "(stadscafé, architectuurprijs, ontwerpwedstrijd)"


def test_public_and_internal_event_pages_show_the_plan_sentence(client, als, netwerk_basis):
    stadscafe = Bijeenkomst.objects.get(slug="stadscafe")
    stadscafe.openbaar = True
    stadscafe.save()

    publiek = client.get(stadscafe.get_absolute_url()).content.decode()
    assert ZIN in publiek and "Uit het programmaplan" in publiek
    assert "vastgesteld door het programmateam" in publiek

    intern = als("trekker.netwerk").get(reverse("netwerk:bijeenkomst", args=["stadscafe"]))
    assert ZIN in intern.content.decode()


def test_an_event_made_in_the_portal_shows_no_plan_sentence(client, netwerk_basis):
    pagina = client.get(netwerk_basis["bijeenkomst"].get_absolute_url()).content.decode()
    assert "Uit het programmaplan" not in pagina


def test_the_lobby_targets_are_marked_as_the_teams(als, netwerk_basis):
    dossier = netwerk_basis["dossier"]
    pagina = als("trekker.netwerk").get(reverse("netwerk:lobbydossier", args=[dossier.slug]))
    tekst = pagina.content.decode()
    assert "Rijk, provincie, andere gemeenten" in tekst
    assert "vastgesteld door het programmateam" in tekst
