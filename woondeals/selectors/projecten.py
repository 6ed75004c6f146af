"""Housing figures, always computed from the projects (never typed in), and the project list.

Shared by the woondeal pages, the 2026 dashboard and the public page.
"""

from dataclasses import dataclass, field

from django.db.models import Count, F, Q, QuerySet, Sum
from django.db.models.functions import Coalesce

from ..constants import (
    DOEL_EXTRA_WONINGEN,
    NORM_BETAALBAAR,
    NORM_SOCIALE_HUUR,
    SEGMENTEN,
    Planstatus,
)
from ..models import Realisatie, Woningbouwproject


def totaal_woningen(pad: str = ""):
    """The expression for a project's homes (its four segments added up); ``pad`` leads from
    the queried model to the project, e.g. ``"projecten__"``."""
    sociale_huur, middenhuur, betaalbare_koop, vrije_sector = (F(f"{pad}{s}") for s in SEGMENTEN)
    return sociale_huur + middenhuur + betaalbare_koop + vrije_sector


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
    projecten: QuerySet[Woningbouwproject] | None = None,
    *,
    tot_jaar: int | None = None,
    vanaf_jaar: int | None = None,
) -> Woningbouwcijfers:
    """Figures for ``projecten`` (default: all), realisations from ``vanaf_jaar`` up to and
    including ``tot_jaar`` (e.g. a programme's years; ``None``: no bound).

    A fixed four queries whatever the number of projects.
    """
    if projecten is None:
        projecten = Woningbouwproject.objects.all()
    per_fase = {
        row["fase"]: row["woningen"] or 0
        for row in projecten.order_by().values("fase").annotate(woningen=Sum(totaal_woningen()))
    }
    realisaties = Realisatie.objects.filter(project__in=projecten)
    if tot_jaar is not None:
        realisaties = realisaties.filter(jaar__lte=tot_jaar)
    if vanaf_jaar is not None:
        realisaties = realisaties.filter(jaar__gte=vanaf_jaar)
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


def project_list(qs: QuerySet[Woningbouwproject] | None = None) -> QuerySet[Woningbouwproject]:
    """Projects with developer and area development, plus ``totaal``, ``gestart_totaal`` and
    ``opgeleverd_totaal`` (all years) annotated: one query for the project list and export."""
    if qs is None:
        qs = Woningbouwproject.objects.all()
    return (
        qs.select_related("ontwikkelaar", "gebiedsontwikkeling")
        .annotate(
            totaal=totaal_woningen(),
            gestart_totaal=Coalesce(Sum("realisaties__gestart"), 0),
            opgeleverd_totaal=Coalesce(Sum("realisaties__opgeleverd"), 0),
        )
        .order_by("naam")
    )


@dataclass
class PijplijnJaar:
    jaar: int
    gepland_start: int = 0
    gepland_oplevering: int = 0
    gestart: int = 0
    opgeleverd: int = 0
    gepland_oplevering_cumulatief: int = 0
    opgeleverd_cumulatief: int = 0
    doel: int = DOEL_EXTRA_WONINGEN

    @property
    def aandeel_opgeleverd_van_doel(self) -> float:
        return round(self.opgeleverd_cumulatief / self.doel * 100, 1) if self.doel else 0.0

    @property
    def aandeel_gepland_van_doel(self) -> float:
        return round(self.gepland_oplevering_cumulatief / self.doel * 100, 1) if self.doel else 0.0


@dataclass
class Groepscijfer:
    """Figures for a district or an area development."""

    naam: str
    alle_plannen: Segmenten
    harde_plannen: Segmenten
    gestart: int = 0
    opgeleverd: int = 0
    oordeel_alle: dict = field(default_factory=dict)
    oordeel_hard: dict = field(default_factory=dict)


@dataclass
class Pijplijn:
    doel: int = DOEL_EXTRA_WONINGEN
    norm_sociale_huur: float = NORM_SOCIALE_HUUR
    norm_betaalbaar: float = NORM_BETAALBAAR
    alle_plannen: Segmenten = field(default_factory=Segmenten)
    harde_plannen: Segmenten = field(default_factory=Segmenten)
    per_jaar: list[PijplijnJaar] = field(default_factory=list)
    is_demo: bool = False  # a demo project counts in these figures
    zonder_startjaar: int = 0  # homes in projects without an expected start year
    zonder_opleverjaar: int = 0  # homes in projects without an expected completion year
    per_wijk: list[Groepscijfer] = field(default_factory=list)
    per_gebied: list[Groepscijfer] = field(default_factory=list)

    @property
    def opgeleverd(self) -> int:
        return self.per_jaar[-1].opgeleverd_cumulatief if self.per_jaar else 0

    @property
    def gestart(self) -> int:
        return sum(j.gestart for j in self.per_jaar)

    @property
    def aandeel_opgeleverd_van_doel(self) -> float:
        return round(self.opgeleverd / self.doel * 100, 1) if self.doel else 0.0

    @property
    def gepland_totaal(self) -> int:
        return self.alle_plannen.totaal

    @property
    def aandeel_gepland_van_doel(self) -> float:
        return round(self.gepland_totaal / self.doel * 100, 1) if self.doel else 0.0

    @property
    def oordeel_alle(self) -> dict:
        return self.voldoet(self.alle_plannen)

    @property
    def oordeel_hard(self) -> dict:
        return self.voldoet(self.harde_plannen)

    def voldoet(self, segmenten: Segmenten) -> dict:
        """Whether ``segmenten`` meet the norms (None when there are no homes)."""
        if not segmenten.totaal:
            return {"sociale_huur": None, "betaalbaar": None}
        return {
            "sociale_huur": segmenten.aandeel_sociale_huur >= round(self.norm_sociale_huur, 1),
            "betaalbaar": segmenten.aandeel_betaalbaar >= round(self.norm_betaalbaar, 1),
        }


def _segment_sommen() -> dict:
    hard = Q(planstatus=Planstatus.HARD)
    sommen = {}
    for s in SEGMENTEN:
        sommen[f"alle_{s}"] = Coalesce(Sum(s), 0)
        sommen[f"hard_{s}"] = Coalesce(Sum(s, filter=hard), 0)
    return sommen


def _segmenten_uit(row: dict, hard: bool = False) -> Segmenten:
    pre = "hard_" if hard else "alle_"
    return Segmenten(**{s: row[f"{pre}{s}"] for s in SEGMENTEN})


def pijplijn(
    projecten: QuerySet[Woningbouwproject] | None = None,
    *,
    doel: int = DOEL_EXTRA_WONINGEN,
    norm_sociale_huur: float = NORM_SOCIALE_HUUR,
    norm_betaalbaar: float = NORM_BETAALBAAR,
) -> Pijplijn:
    """The figures page: everything computed from ``projecten`` (default: all projects).

    * planned starts/completions per year: the projects' homes by expected start/completion year
      (projects without that year are counted separately, never guessed);
    * started/completed per year: the recorded realisations;
    * cumulative planned and completed homes against ``doel`` (4,100);
    * social-rent and affordable shares for all plans and for hard plans only, overall, per
      district and per area development.

    A fixed seven queries whatever the number of projects.
    """
    if projecten is None:
        projecten = Woningbouwproject.objects.all()
    p = Pijplijn(doel=doel, norm_sociale_huur=norm_sociale_huur, norm_betaalbaar=norm_betaalbaar)
    basis = projecten.order_by()
    totaal = basis.aggregate(**_segment_sommen(), demo=Count("pk", filter=Q(is_demo=True)))
    p.is_demo = bool(totaal.pop("demo"))
    p.alle_plannen, p.harde_plannen = _segmenten_uit(totaal), _segmenten_uit(totaal, hard=True)

    jaren: dict[int, PijplijnJaar] = {}

    def jaar(j: int) -> PijplijnJaar:
        return jaren.setdefault(j, PijplijnJaar(jaar=j, doel=doel))

    for row in basis.values("verwacht_startjaar").annotate(w=Sum(totaal_woningen())):
        if row["verwacht_startjaar"] is None:
            p.zonder_startjaar = row["w"] or 0
        else:
            jaar(row["verwacht_startjaar"]).gepland_start = row["w"] or 0
    for row in basis.values("verwacht_opleverjaar").annotate(w=Sum(totaal_woningen())):
        if row["verwacht_opleverjaar"] is None:
            p.zonder_opleverjaar = row["w"] or 0
        else:
            jaar(row["verwacht_opleverjaar"]).gepland_oplevering = row["w"] or 0
    realisaties = Realisatie.objects.filter(project__in=basis).order_by()
    for row in realisaties.values("jaar").annotate(g=Sum("gestart"), o=Sum("opgeleverd")):
        j = jaar(row["jaar"])
        j.gestart, j.opgeleverd = row["g"] or 0, row["o"] or 0
    gepland_cum = opgeleverd_cum = 0
    for j in sorted(jaren):
        gepland_cum += jaren[j].gepland_oplevering
        opgeleverd_cum += jaren[j].opgeleverd
        jaren[j].gepland_oplevering_cumulatief = gepland_cum
        jaren[j].opgeleverd_cumulatief = opgeleverd_cum
        p.per_jaar.append(jaren[j])

    def groepen(sleutel: str, realisatie_sleutel: str, leeg: str) -> list[Groepscijfer]:
        uit: dict = {}
        for row in basis.values(sleutel).annotate(**_segment_sommen()).order_by(sleutel):
            uit[row[sleutel]] = Groepscijfer(
                naam=row[sleutel] or leeg,
                alle_plannen=_segmenten_uit(row),
                harde_plannen=_segmenten_uit(row, hard=True),
            )
        for row in realisaties.values(realisatie_sleutel).annotate(
            g=Sum("gestart"), o=Sum("opgeleverd")
        ):
            groep = uit.get(row[realisatie_sleutel])
            if groep:
                groep.gestart, groep.opgeleverd = row["g"] or 0, row["o"] or 0
        # named groups first (alphabetically), the unnamed group ("leeg") last
        return sorted(uit.values(), key=lambda g: (g.naam == leeg, g.naam))

    p.per_wijk = groepen("wijk", "project__wijk", "Wijk onbekend")
    p.per_gebied = groepen(
        "gebiedsontwikkeling__naam",
        "project__gebiedsontwikkeling__naam",
        "Losstaande projecten",
    )
    for groep in p.per_wijk + p.per_gebied:
        groep.oordeel_alle = p.voldoet(groep.alle_plannen)
        groep.oordeel_hard = p.voldoet(groep.harde_plannen)
    return p


# --- public side: published items only (rules: the models' ``openbaar()`` querysets) -------


def openbare_projecten() -> QuerySet[Woningbouwproject]:
    """Published housing projects; the developer is an organisation, not a person."""
    return Woningbouwproject.objects.openbaar().select_related("ontwikkelaar").order_by("naam")


def openbare_woningbouwcijfers():
    """Housing figures against the 4,100 target, from published projects only (four queries)."""
    return woningbouwcijfers(Woningbouwproject.objects.openbaar())


def woningbouw_is_demo() -> bool:
    """True when a published project is demo data: the public figures are then shown as demo.
    (The werkruimte's figures count every project: ``Pijplijn.is_demo``.)"""
    return Woningbouwproject.objects.openbaar().filter(is_demo=True).exists()
