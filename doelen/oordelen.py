"""The verdict on an effect indicator, computed from its measurements: one rule for the end
evaluation and the dashboard's scorecard.

- Quantitative: the latest measured value against the target, measured as the share of the way
  from the baseline (0 when the plan gives none) to the target: the whole way is "behaald", at
  least ``DEELS_VANAF`` percent "deels behaald", less "niet behaald".
- Qualitative: the latest assessment: "bereikt" is "behaald", "op koers" and "in gang" are
  "deels behaald", "niet gestart" is "niet behaald".
- Without a measurement (or, for a qualitative indicator, without an assessment) the verdict is
  "geen gegevens": never a guess.

The trend compares the latest measurement with the one before it.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from django.db import models
from django.utils.translation import gettext_lazy as _

from almelo_programma.kern.getallen import nl_getal

from .constants import Beoordeling
from .models import Effectindicator, Meting

DEELS_VANAF = 50  # percent of the way from baseline to target


class Oordeel(models.TextChoices):
    BEHAALD = "behaald", _("Behaald")
    DEELS = "deels", _("Deels behaald")
    NIET = "niet", _("Niet behaald")
    GEEN_GEGEVENS = "geen_gegevens", _("Geen gegevens")


class Trend(models.TextChoices):
    NAAR_DOEL = "naar_doel", _("richting het doel")
    GELIJK = "gelijk", _("gelijk gebleven")
    VAN_DOEL = "van_doel", _("van het doel af")


KWALITATIEF = {
    Beoordeling.BEREIKT: Oordeel.BEHAALD,
    Beoordeling.OP_KOERS: Oordeel.DEELS,
    Beoordeling.IN_GANG: Oordeel.DEELS,
    Beoordeling.NIET_GESTART: Oordeel.NIET,
}
RANG = {  # a higher assessment is closer to the goal
    Beoordeling.NIET_GESTART: 0,
    Beoordeling.IN_GANG: 1,
    Beoordeling.OP_KOERS: 2,
    Beoordeling.BEREIKT: 3,
}


@dataclass(frozen=True)
class Uitkomst:
    """A computed verdict and what it rests on."""

    oordeel: str
    uitleg: str
    waarde: Decimal | None = None
    beoordeling: str = ""
    datum: object = None  # date of the measurement the verdict rests on
    voortgang: int | None = None  # percent of the way to the target (quantitative)
    trend: str = ""
    is_demo: bool = False

    @property
    def oordeel_label(self) -> str:
        return Oordeel(self.oordeel).label

    @property
    def trend_label(self) -> str:
        return Trend(self.trend).label if self.trend else ""

    @property
    def beoordeling_label(self) -> str:
        return Beoordeling(self.beoordeling).label if self.beoordeling else ""


def meetwaarde(waarde: Decimal | None) -> str:
    """A measured value, baseline or target as the evaluation writes it: Dutch, whole numbers
    without decimals, others with one; empty when there is none."""
    if waarde is None:
        return ""
    return nl_getal(waarde, 0 if waarde == int(waarde) else 1)


def _richting(nieuw, oud, omhoog: bool) -> str:
    if nieuw == oud:
        return Trend.GELIJK
    return Trend.NAAR_DOEL if (nieuw > oud) == omhoog else Trend.VAN_DOEL


def _kwantitatief(indicator: Effectindicator, metingen: list[Meting]) -> Uitkomst:
    gemeten = [m for m in metingen if m.waarde is not None]
    if not gemeten:
        return Uitkomst(Oordeel.GEEN_GEGEVENS, "Er is nog geen waarde gemeten.")
    laatste = gemeten[0]
    basis = indicator.basiswaarde if indicator.basiswaarde is not None else Decimal(0)
    doel = indicator.streefwaarde
    afstand = doel - basis
    omhoog = afstand >= 0
    if afstand == 0:
        aandeel = Decimal(100) if laatste.waarde == doel else Decimal(0)
    else:
        aandeel = (laatste.waarde - basis) / afstand * 100
    if aandeel >= 100:
        oordeel = Oordeel.BEHAALD
    elif aandeel >= DEELS_VANAF:
        oordeel = Oordeel.DEELS
    else:
        oordeel = Oordeel.NIET
    voortgang = max(0, min(100, round(aandeel)))
    uitleg = (
        f"Laatste meting {meetwaarde(laatste.waarde)} {indicator.eenheid} tegen streefwaarde "
        f"{meetwaarde(doel)} (basiswaarde {meetwaarde(basis)}): {voortgang}% van de weg."
    )
    trend = _richting(laatste.waarde, gemeten[1].waarde, omhoog) if len(gemeten) > 1 else ""
    return Uitkomst(
        oordeel, uitleg, waarde=laatste.waarde, datum=laatste.datum, voortgang=voortgang,
        trend=trend, is_demo=laatste.is_demo,
    )  # fmt: skip


def _kwalitatief(metingen: list[Meting]) -> Uitkomst:
    beoordeeld = [m for m in metingen if m.beoordeling]
    if not beoordeeld:
        return Uitkomst(Oordeel.GEEN_GEGEVENS, "Er is nog geen beoordeling vastgelegd.")
    laatste = beoordeeld[0]
    uitleg = f"Laatste beoordeling: {Beoordeling(laatste.beoordeling).label.lower()}."
    trend = ""
    if len(beoordeeld) > 1:
        trend = _richting(RANG[laatste.beoordeling], RANG[beoordeeld[1].beoordeling], True)
    return Uitkomst(
        KWALITATIEF[laatste.beoordeling], uitleg, beoordeling=laatste.beoordeling,
        datum=laatste.datum, trend=trend, is_demo=laatste.is_demo,
    )  # fmt: skip


def indicator_oordeel(indicator: Effectindicator, metingen: list[Meting]) -> Uitkomst:
    """The verdict on ``indicator`` from ``metingen`` (newest first, as ``indicator_list``
    prefetches them in ``metingen_zichtbaar``); no query."""
    if indicator.is_kwantitatief:
        return _kwantitatief(indicator, metingen)
    return _kwalitatief(metingen)
