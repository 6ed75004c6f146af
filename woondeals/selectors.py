"""Housing figures, always computed from the projects (never typed in).

Shared by the woondeal pages, the 2026 dashboard and the public page.
"""

from dataclasses import dataclass, field

from django.db.models import F, QuerySet, Sum

from .constants import DOEL_EXTRA_WONINGEN, NORM_BETAALBAAR, NORM_SOCIALE_HUUR, Planstatus
from .models import Realisatie, Woningbouwproject

SEGMENTEN = ("sociale_huur", "middenhuur", "betaalbare_koop", "vrije_sector")


def _aandeel(deel: int, totaal: int) -> float | None:
    return round(deel / totaal * 100, 1) if totaal else None


@dataclass
class Segmenten:
    sociale_huur: int = 0
    middenhuur: int = 0
    betaalbare_koop: int = 0
    vrije_sector: int = 0

    @property
    def totaal(self) -> int:
        return self.sociale_huur + self.middenhuur + self.betaalbare_koop + self.vrije_sector

    @property
    def betaalbaar(self) -> int:
        return self.sociale_huur + self.middenhuur + self.betaalbare_koop

    @property
    def aandeel_sociale_huur(self) -> float | None:
        return _aandeel(self.sociale_huur, self.totaal)

    @property
    def aandeel_betaalbaar(self) -> float | None:
        return _aandeel(self.betaalbaar, self.totaal)


@dataclass
class JaarCijfer:
    jaar: int
    gestart: int
    opgeleverd: int
    gestart_cumulatief: int
    opgeleverd_cumulatief: int


@dataclass
class Woningbouwcijfers:
    doel: int = DOEL_EXTRA_WONINGEN
    norm_sociale_huur: float = NORM_SOCIALE_HUUR
    norm_betaalbaar: float = NORM_BETAALBAAR
    alle_plannen: Segmenten = field(default_factory=Segmenten)
    harde_plannen: Segmenten = field(default_factory=Segmenten)
    per_fase: dict = field(default_factory=dict)  # fase -> homes
    per_jaar: list[JaarCijfer] = field(default_factory=list)

    @property
    def opgeleverd(self) -> int:
        return self.per_jaar[-1].opgeleverd_cumulatief if self.per_jaar else 0

    @property
    def gestart(self) -> int:
        return self.per_jaar[-1].gestart_cumulatief if self.per_jaar else 0

    @property
    def aandeel_opgeleverd_van_doel(self) -> float:
        return round(self.opgeleverd / self.doel * 100, 1) if self.doel else 0.0


def _segmenten(qs: QuerySet) -> Segmenten:
    sums = qs.aggregate(**{s: Sum(s) for s in SEGMENTEN})
    return Segmenten(**{s: sums[s] or 0 for s in SEGMENTEN})


def woningbouwcijfers(
    projecten: QuerySet[Woningbouwproject] | None = None, *, tot_jaar: int | None = None
) -> Woningbouwcijfers:
    """Figures for ``projecten`` (default: all), realisations up to and including ``tot_jaar``.

    A fixed four queries whatever the number of projects.
    """
    if projecten is None:
        projecten = Woningbouwproject.objects.all()
    totaal_expr = F("sociale_huur") + F("middenhuur") + F("betaalbare_koop") + F("vrije_sector")
    per_fase = {
        row["fase"]: row["woningen"] or 0
        for row in projecten.order_by().values("fase").annotate(woningen=Sum(totaal_expr))
    }
    realisaties = Realisatie.objects.filter(project__in=projecten)
    if tot_jaar is not None:
        realisaties = realisaties.filter(jaar__lte=tot_jaar)
    per_jaar = []
    gestart_cum = opgeleverd_cum = 0
    for row in (
        realisaties.order_by("jaar")
        .values("jaar")
        .annotate(gestart_som=Sum("gestart"), opgeleverd_som=Sum("opgeleverd"))
    ):
        gestart_cum += row["gestart_som"] or 0
        opgeleverd_cum += row["opgeleverd_som"] or 0
        per_jaar.append(
            JaarCijfer(
                jaar=row["jaar"],
                gestart=row["gestart_som"] or 0,
                opgeleverd=row["opgeleverd_som"] or 0,
                gestart_cumulatief=gestart_cum,
                opgeleverd_cumulatief=opgeleverd_cum,
            )
        )
    return Woningbouwcijfers(
        alle_plannen=_segmenten(projecten),
        harde_plannen=_segmenten(projecten.filter(planstatus=Planstatus.HARD)),
        per_fase=per_fase,
        per_jaar=per_jaar,
    )
