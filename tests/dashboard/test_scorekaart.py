"""The dashboard opens with the scorecard: the ten effects with their verdict by the end
evaluation's rule, the housing headline against 4,100 and the number of items needing
attention, before the detail (and before the mission text)."""

import datetime
from decimal import Decimal

import pytest

from doelen.models import Effectindicator
from doelen.services import meting_create
from tests.factories import UserFactory

pytestmark = pytest.mark.django_db


def test_the_scorecard_comes_first_with_the_verdicts(client, programma):
    meting_create(indicator=Effectindicator.objects.get(nummer=3), waarde=Decimal("4200"),
                  datum=datetime.date(2026, 9, 1))  # fmt: skip
    meting_create(indicator=Effectindicator.objects.get(nummer=6), beoordeling="in_gang",
                  datum=datetime.date(2026, 9, 1))  # fmt: skip
    client.force_login(UserFactory(rol="bestuurder"))
    antwoord = client.get("/dashboard/")
    html = antwoord.content.decode()
    kaart = antwoord.context["scorekaart"]
    oordelen = {e.indicator.nummer: e.uitkomst.oordeel for e in kaart.effecten}
    assert len(oordelen) == 10
    assert (oordelen[3], oordelen[6], oordelen[1]) == ("behaald", "deels", "geen_gegevens")
    assert {w: n for w, _l, n in kaart.telling} == {
        "behaald": 1, "deels": 1, "niet": 0, "geen_gegevens": 8
    }  # fmt: skip
    assert "van 4.100 extra woningen opgeleverd" in html
    # first the scorecard, then what needs attention, the goals, and the mission last
    volgorde = [html.index(k) for k in ('id="scorekaart-kop"', 'id="aandacht-kop"',
                                        'id="doel-A"', 'id="missie-kop"')]  # fmt: skip
    assert volgorde == sorted(volgorde)
