"""The demo of partners' contributions: the demo account ``partner`` belongs to a demo
organisation, contributions in every state, all marked demo and on demo items only, idempotent;
the demo partner sees its own and nobody else's."""

import datetime

import pytest
from django.urls import reverse

from netwerk.demo import laad_bijdragen_demo
from netwerk.models import Bijdrage, Partnerlidmaatschap

pytestmark = pytest.mark.django_db


def test_bijdragen_demo_is_marked_idempotent_and_on_demo_items(client, demo):
    lid = Partnerlidmaatschap.objects.select_related("partner").get(gebruiker__username="partner")
    assert lid.is_demo and lid.partner.is_demo
    bijdragen = Bijdrage.objects.select_related("partner", "activiteit")
    assert {b.status for b in bijdragen} == {
        "ingediend", "wijziging_gevraagd", "geaccepteerd", "afgewezen",
    }  # fmt: skip
    for b in bijdragen:
        assert b.is_demo and b.partner.is_demo and b.titel.startswith("Demo: ")
        if b.activiteit:
            assert b.activiteit.is_demo and b.activiteit.titel.startswith("Demo: ")
            updates = b.activiteit.statusupdates.all()
            assert {u.gepubliceerd for u in updates} == {True, False}
            assert all(u.is_demo for u in updates)
    aantal = Bijdrage.objects.count()
    assert not any(laad_bijdragen_demo(vandaag=datetime.date(2026, 11, 30)).values())
    assert Bijdrage.objects.count() == aantal

    client.login(username="partner", password="demo-almelo-2026")
    lijst = client.get(reverse("partner:bijdragen")).content.decode()
    eigen = Bijdrage.objects.filter(partner=lid.partner)
    assert eigen.count() == 3
    for b in Bijdrage.objects.all():
        assert (b.titel in lijst) == (b.partner_id == lid.partner_id)
    geaccepteerd = Bijdrage.objects.openbaar().get()
    publiek = client.get(reverse("publiek:lijn", args=[geaccepteerd.lijn.slug])).content.decode()
    assert lid.partner.naam in publiek and "Demo" in publiek
