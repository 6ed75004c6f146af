"""Reads for the woondeal: the agreed homes per year next to the pipeline, and the public
sub-tracks."""

from dataclasses import dataclass, field

from django.db.models import Prefetch, QuerySet

from activiteiten.selectors import met_laatste_status
from almelo_programma.kern.programmas import van_programma

from ..models import Deelspoor, DeelspoorUpdate
from .projecten import Pijplijn


@dataclass
class AfspraakJaar:
    jaar: int
    afgesproken: int | None = None  # None: nothing agreed for this year
    gepland_oplevering: int = 0
    opgeleverd: int = 0
    afgesproken_cumulatief: int = 0
    gepland_oplevering_cumulatief: int = 0
    opgeleverd_cumulatief: int = 0
    is_demo: bool = False

    @property
    def verschil_gepland(self) -> int | None:
        """Planned completions minus the agreed number (negative: planned short)."""
        return None if self.afgesproken is None else self.gepland_oplevering - self.afgesproken


@dataclass
class Afsprakenoverzicht:
    doel_woningen: int | None
    per_jaar: list[AfspraakJaar] = field(default_factory=list)
    aantal_afspraken: int = 0
    demo: bool = False

    @property
    def totaal_afgesproken(self) -> int:
        return sum(j.afgesproken or 0 for j in self.per_jaar)

    @property
    def wijkt_af(self) -> bool:
        """Per-year agreements exist and do not add up to the agreed total."""
        return (
            bool(self.aantal_afspraken)
            and self.doel_woningen is not None
            and self.totaal_afgesproken != self.doel_woningen
        )

    @property
    def verschil(self) -> int | None:
        if self.doel_woningen is None:
            return None
        return self.totaal_afgesproken - self.doel_woningen

    @property
    def verschil_absoluut(self) -> int:
        return abs(self.verschil or 0)


def afspraak_list(woondeal, p: Pijplijn) -> Afsprakenoverzicht:
    """Agreed homes per year next to the planned completions (projects' expected completion
    year) and actual completions (realisations) of ``p``, each per year and cumulative, over
    the years that have any of the three. One query (the agreements)."""
    overzicht = Afsprakenoverzicht(doel_woningen=woondeal.doel_woningen)
    afspraken = list(woondeal.afspraken.order_by("jaar").values("jaar", "woningen", "is_demo"))
    overzicht.aantal_afspraken = len(afspraken)
    overzicht.demo = any(a["is_demo"] for a in afspraken)
    jaren: dict[int, AfspraakJaar] = {}
    for a in afspraken:
        jaren[a["jaar"]] = AfspraakJaar(
            jaar=a["jaar"], afgesproken=a["woningen"], is_demo=a["is_demo"]
        )
    for j in p.per_jaar:
        rij = jaren.setdefault(j.jaar, AfspraakJaar(jaar=j.jaar))
        rij.gepland_oplevering, rij.opgeleverd = j.gepland_oplevering, j.opgeleverd
    afgesproken = gepland = opgeleverd = 0
    for jaar in sorted(jaren):
        rij = jaren[jaar]
        afgesproken += rij.afgesproken or 0
        gepland += rij.gepland_oplevering
        opgeleverd += rij.opgeleverd
        rij.afgesproken_cumulatief = afgesproken
        rij.gepland_oplevering_cumulatief = gepland
        rij.opgeleverd_cumulatief = opgeleverd
        overzicht.per_jaar.append(rij)
    return overzicht


def openbare_deelsporen(*, programma=None) -> QuerySet[Deelspoor]:
    """Public woondeal sub-tracks (of ``programma``) with their published updates and latest
    published status."""
    qs = van_programma(Deelspoor.objects.openbaar(), programma).select_related("woondeal")
    qs = met_laatste_status(qs, DeelspoorUpdate, "deelspoor", alleen_gepubliceerd=True)
    return qs.prefetch_related(
        Prefetch(
            "statusupdates",
            queryset=DeelspoorUpdate.objects.filter(gepubliceerd=True).order_by(
                "-rapportagedatum", "-aangemaakt_op"
            ),
            to_attr="updates_openbaar",
        )
    ).order_by("woondeal__gemeente", "nummer")
