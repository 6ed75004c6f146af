"""Copy a line's unfinished activities forward to next year, in one action."""

import datetime

import pytest
from django.urls import reverse

from activiteiten.constants import Status
from activiteiten.models import Activiteit
from tests.factories import ActiviteitFactory, StatusupdateFactory

pytestmark = pytest.mark.django_db


def test_unfinished_activities_are_copied_forward_once(werk):
    lijn = werk.lijn_b
    lopend = ActiviteitFactory(
        lijn=lijn, jaar=2024, titel="Stadscafé 2024", geplande_start=datetime.date(2024, 2, 1)
    )
    StatusupdateFactory(activiteit=lopend, status=Status.VERTRAAGD, toelichting="Zaal kwijt")
    klaar = ActiviteitFactory(lijn=lijn, jaar=2024, titel="Prijs 2024")
    StatusupdateFactory(activiteit=klaar, status=Status.AFGEROND, voortgang=100)
    gestopt = ActiviteitFactory(lijn=lijn, jaar=2024, titel="Gestopt 2024")
    StatusupdateFactory(activiteit=gestopt, status=Status.GESTOPT, toelichting="Geen budget")
    nooit = ActiviteitFactory(lijn=lijn, jaar=2024, titel="Nog niet begonnen")

    url = reverse("activiteiten:lijn_doorzetten", args=[lijn.slug])
    c = werk.client(werk.trekker_b)
    r = c.post(url, {"van_jaar": 2024}, follow=True)
    assert "2 onafgeronde activiteit(en) doorgezet naar 2025" in r.content.decode()
    nieuw = Activiteit.objects.filter(lijn=lijn, jaar=2025).order_by("titel")
    assert [(a.titel, a.vorige_id) for a in nieuw] == [
        ("Nog niet begonnen", nooit.pk),
        ("Stadscafé 2025", lopend.pk),
    ]
    assert nieuw[1].geplande_start == datetime.date(2025, 2, 1)
    # running it again creates nothing new
    r = c.post(url, {"van_jaar": 2024}, follow=True)
    assert "Niets doorgezet" in r.content.decode()
    assert Activiteit.objects.filter(lijn=lijn, jaar=2025).count() == 2


def test_copy_forward_beyond_the_programme_is_refused(werk):
    url = reverse("activiteiten:lijn_doorzetten", args=[werk.lijn_b.slug])
    r = werk.client(werk.trekker_b).post(url, {"van_jaar": 2026})
    assert r.status_code == 400
    assert not Activiteit.objects.filter(jaar=2027).exists()
