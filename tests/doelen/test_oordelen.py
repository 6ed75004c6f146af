"""The verdict rule, from known measurements (no database needed)."""

import datetime
from decimal import Decimal

import pytest

from doelen.constants import Beoordeling, IndicatorSoort
from doelen.models import Effectindicator, Meting
from doelen.oordelen import Oordeel, Trend, indicator_oordeel


def _kwantitatief(streef="4100", basis=None):
    return Effectindicator(
        soort=IndicatorSoort.KWANTITATIEF, eenheid="woningen",
        streefwaarde=Decimal(streef), basiswaarde=None if basis is None else Decimal(basis),
    )  # fmt: skip


def _metingen(*waarden, demo=False):
    """Newest first, one month apart."""
    start = datetime.date(2026, 10, 1)
    return [
        Meting(waarde=Decimal(w), datum=start - datetime.timedelta(days=30 * n), is_demo=demo)
        for n, w in enumerate(waarden)
    ]


@pytest.mark.parametrize(
    ("waarden", "oordeel", "voortgang", "trend"),
    [
        (("4100", "3000"), Oordeel.BEHAALD, 100, Trend.NAAR_DOEL),
        (("4500",), Oordeel.BEHAALD, 100, ""),
        (("2050", "2500"), Oordeel.DEELS, 50, Trend.VAN_DOEL),
        (("2049",), Oordeel.NIET, 50, ""),
        (("100", "100"), Oordeel.NIET, 2, Trend.GELIJK),
    ],
)
def test_quantitative_against_the_target(waarden, oordeel, voortgang, trend):
    uitkomst = indicator_oordeel(_kwantitatief(), _metingen(*waarden))
    assert (uitkomst.oordeel, uitkomst.voortgang, uitkomst.trend) == (oordeel, voortgang, trend)
    assert uitkomst.waarde == Decimal(waarden[0])
    assert "4.100" in uitkomst.uitleg  # Dutch number format


def test_the_baseline_counts_and_a_falling_target_is_reached_by_going_down():
    # from 20 to a target of 10: 14 is 60% of the way
    assert indicator_oordeel(_kwantitatief("10", "20"), _metingen("14")).oordeel == Oordeel.DEELS
    assert indicator_oordeel(_kwantitatief("10", "20"), _metingen("9")).oordeel == Oordeel.BEHAALD
    assert indicator_oordeel(_kwantitatief("10", "20"), _metingen("9", "14")).trend == (
        Trend.NAAR_DOEL
    )
    # from 1000 to 2000: 1400 is only 40% of the way, although 70% of the target
    assert indicator_oordeel(_kwantitatief("2000", "1000"), _metingen("1400")).oordeel == (
        Oordeel.NIET
    )


def test_no_measurement_is_no_verdict():
    uitkomst = indicator_oordeel(_kwantitatief(), [])
    assert uitkomst.oordeel == Oordeel.GEEN_GEGEVENS and uitkomst.waarde is None
    leeg = Meting(waarde=None, datum=datetime.date(2026, 1, 1))
    assert indicator_oordeel(_kwantitatief(), [leeg]).oordeel == Oordeel.GEEN_GEGEVENS


@pytest.mark.parametrize(
    ("beoordelingen", "oordeel", "trend"),
    [
        ((Beoordeling.BEREIKT, Beoordeling.OP_KOERS), Oordeel.BEHAALD, Trend.NAAR_DOEL),
        ((Beoordeling.OP_KOERS,), Oordeel.DEELS, ""),
        ((Beoordeling.IN_GANG, Beoordeling.OP_KOERS), Oordeel.DEELS, Trend.VAN_DOEL),
        ((Beoordeling.NIET_GESTART, Beoordeling.NIET_GESTART), Oordeel.NIET, Trend.GELIJK),
    ],
)
def test_qualitative_from_the_latest_assessment(beoordelingen, oordeel, trend):
    indicator = Effectindicator(soort=IndicatorSoort.KWALITATIEF)
    metingen = [
        Meting(beoordeling=b, datum=datetime.date(2026, 10 - n, 1))
        for n, b in enumerate(beoordelingen)
    ]
    uitkomst = indicator_oordeel(indicator, metingen)
    assert (uitkomst.oordeel, uitkomst.trend) == (oordeel, trend)
    assert uitkomst.beoordeling == beoordelingen[0]


def test_a_qualitative_indicator_without_assessment_has_no_verdict():
    indicator = Effectindicator(soort=IndicatorSoort.KWALITATIEF)
    zonder = [Meting(toelichting="Gesprek gevoerd", datum=datetime.date(2026, 1, 1))]
    assert indicator_oordeel(indicator, zonder).oordeel == Oordeel.GEEN_GEGEVENS


def test_a_verdict_from_a_demo_measurement_is_demo():
    assert indicator_oordeel(_kwantitatief(), _metingen("10", demo=True)).is_demo
