"""The public CSV downloads neutralise every formula-like text (tab, CR and the full-width
characters too) in every text column, in both formats."""

import datetime
from decimal import Decimal

import pytest

from activiteiten.models import Activiteitenlijn
from doelen.models import Effectindicator
from tests.factories import ActiviteitFactory, MetingFactory
from tests.kern.helpers import FORMULES, assert_csv_onschadelijk, csv_velden, formule

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize(("formaat", "scheiding"), [("excel", ";"), ("rfc4180", ",")])
def test_every_text_column_is_inert(client, programma, formaat, scheiding):
    lijn = Activiteitenlijn.objects.get(code="A1")
    Activiteitenlijn.objects.filter(pk=lijn.pk).update(naam=formule("lijn", 1))
    for i, payload in enumerate(FORMULES):
        ActiviteitFactory(lijn=lijn, titel=payload, slug=f"f{i}")
    indicator = Effectindicator.objects.get(nummer=6)
    Effectindicator.objects.filter(pk=indicator.pk).update(eenheid=formule("eenheid", 2))
    MetingFactory(
        indicator=indicator,
        waarde=Decimal("-3.5"),
        toelichting=formule("toelichting", 4),
        bron=formule("bron", 6),
        datum=datetime.date(2025, 4, 30),
    )
    activiteiten = csv_velden(
        client.get("/activiteiten.csv", {"formaat": formaat}).content.decode(), scheiding
    )
    metingen = csv_velden(
        client.get("/metingen.csv", {"formaat": formaat}).content.decode(), scheiding
    )
    assert_csv_onschadelijk(activiteiten)
    assert_csv_onschadelijk(metingen)
    kop = activiteiten[0]
    titels = {r[kop.index("titel")] for r in activiteiten[1:]}
    assert {"'" + p for p in FORMULES} <= titels
    assert "'" + formule("lijn", 1) in {r[kop.index("lijn_naam")] for r in activiteiten[1:]}
    kop = metingen[0]
    rij = next(r for r in metingen[1:] if r[kop.index("indicator")] == "6")
    assert rij[kop.index("toelichting")] == "'" + formule("toelichting", 4)
    assert rij[kop.index("bron")] == "'" + formule("bron", 6)
    assert rij[kop.index("eenheid")] == "'" + formule("eenheid", 2)
    assert rij[kop.index("waarde")] in ("-3,50", "-3.50")  # a number, not neutralised
