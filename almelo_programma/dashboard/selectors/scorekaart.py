"""The dashboard's first screen: the ten effects with their verdict (by the end evaluation's
rule, ``doelen.oordelen``), the housing headline against 4,100 and the number of items that need
attention. Made from the dashboard's own data: no query of its own."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass

from doelen.oordelen import Oordeel, Uitkomst, indicator_oordeel


@dataclass
class Effect:
    indicator: object
    uitkomst: Uitkomst


@dataclass
class Scorekaart:
    effecten: list[Effect]
    aandacht: int

    @property
    def telling(self) -> list[tuple[str, str, int]]:
        """(verdict, label, count) for every verdict, in the fixed order, zeros included."""
        aantallen = Counter(e.uitkomst.oordeel for e in self.effecten)
        return [(o.value, o.label, aantallen.get(o.value, 0)) for o in Oordeel]

    @property
    def is_demo(self) -> bool:
        return any(e.uitkomst.is_demo for e in self.effecten)


def scorekaart(dashboard) -> Scorekaart:
    effecten = [
        Effect(ind, indicator_oordeel(ind, ind.metingen_zichtbaar))
        for doel in dashboard.doelen
        for ind in doel.indicatoren_lijst
    ]
    effecten.sort(key=lambda e: e.indicator.nummer)
    return Scorekaart(effecten=effecten, aandacht=dashboard.aandacht_aantal)
