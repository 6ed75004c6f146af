"""The dashboard's housing figures and pipeline as they stood (see the package docstring)."""

from __future__ import annotations

from dataclasses import dataclass

from django.db.models import Count, F, Q, Sum

from woondeals.constants import Planstatus, ProjectFase
from woondeals.models import Woningbouwproject
from woondeals.selectors import SEGMENTEN, Segmenten, Woningbouwcijfers, woningbouwcijfers

from .stand import Stand


@dataclass
class PijplijnRij:
    fase: str
    label: str
    hard: int = 0
    zacht: int = 0

    @property
    def totaal(self) -> int:
        return self.hard + self.zacht


@dataclass
class Jaarreeksen:
    """Homes started and completed per year, each also added up from the first year."""

    jaren: list[int]
    gestart: list[int]
    opgeleverd: list[int]
    gestart_cumulatief: list[int]
    opgeleverd_cumulatief: list[int]


@dataclass
class Woningbouw:
    cijfers: Woningbouwcijfers
    pijplijn: list[PijplijnRij]
    aantal_projecten: int
    is_demo: bool = False  # a project counted is demo: every figure derived from them is demo

    @property
    def zachte_plannen(self) -> Segmenten:
        a, h = self.cijfers.alle_plannen, self.cijfers.harde_plannen
        return Segmenten(**{s: getattr(a, s) - getattr(h, s) for s in SEGMENTEN})

    def per_jaar(self, startjaar: int, tot_jaar: int) -> Jaarreeksen:
        """The years ``startjaar`` to ``tot_jaar``, a year without realisations counting 0."""
        per_jaar = {j.jaar: j for j in self.cijfers.per_jaar}
        r = Jaarreeksen(list(range(startjaar, tot_jaar + 1)), [], [], [], [])
        g = o = 0
        for jaar in r.jaren:
            rij = per_jaar.get(jaar)
            r.gestart.append(rij.gestart if rij else 0)
            r.opgeleverd.append(rij.opgeleverd if rij else 0)
            g += r.gestart[-1]
            o += r.opgeleverd[-1]
            r.gestart_cumulatief.append(g)
            r.opgeleverd_cumulatief.append(o)
        return r


def woningbouw_op(stand: Stand) -> Woningbouw:
    """Housing figures as they stood (see the package docstring). Seven queries."""
    totaal_expr = sum((F(s) for s in SEGMENTEN[1:]), F(SEGMENTEN[0]))
    if stand.actueel:
        projecten = Woningbouwproject.objects.all()
        cijfers = woningbouwcijfers(projecten)
    else:
        # Realisations by year from the current table; the pipeline from the projects' history.
        cijfers = woningbouwcijfers(Woningbouwproject.objects.all(), tot_jaar=stand.jaar)
        projecten = Woningbouwproject.history.as_of(stand.einde)
        cijfers.alle_plannen = _segmenten(projecten)
        cijfers.harde_plannen = _segmenten(projecten.filter(planstatus=Planstatus.HARD))
        cijfers.per_fase = {
            r["fase"]: r["woningen"] or 0
            for r in projecten.order_by().values("fase").annotate(woningen=Sum(totaal_expr))
        }
    rijen = {f.value: PijplijnRij(fase=f.value, label=f.label) for f in ProjectFase}
    aantal = 0
    is_demo = False
    for r in (
        projecten.order_by()
        .values("fase", "planstatus")
        .annotate(
            woningen=Sum(totaal_expr), aantal=Count("pk"), demo=Count("pk", filter=Q(is_demo=True))
        )
    ):
        rij = rijen.get(r["fase"])
        aantal += r["aantal"] or 0
        is_demo = is_demo or bool(r["demo"])
        if rij is None:
            continue
        if r["planstatus"] == Planstatus.HARD:
            rij.hard += r["woningen"] or 0
        else:
            rij.zacht += r["woningen"] or 0
    return Woningbouw(
        cijfers=cijfers, pijplijn=list(rijen.values()), aantal_projecten=aantal, is_demo=is_demo
    )


def _segmenten(qs) -> Segmenten:
    sums = qs.order_by().aggregate(**{s: Sum(s) for s in SEGMENTEN})
    return Segmenten(**{s: sums[s] or 0 for s in SEGMENTEN})
