"""Subsidy applications with their conditions checked against the linked projects."""

from dataclasses import dataclass

from django.db.models import Prefetch
from django.utils import timezone

from almelo_programma.kern.getallen import nl_kort

from ..constants import SEGMENTEN, AanvraagStatus, VoorwaardeSoort
from ..models import Subsidieaanvraag
from .projecten import Segmenten, project_list


@dataclass
class Controle:
    """Outcome of checking one condition against the linked projects."""

    voorwaarde: object
    risico: bool
    uitleg: str


def _maanden_verder(datum, maanden: int):
    jaar, maand = divmod(datum.month - 1 + maanden, 12)
    return datum.replace(year=datum.year + jaar, month=maand + 1, day=min(datum.day, 28))


@dataclass(frozen=True)
class _Mijlpaal:
    """A project milestone a condition sets a deadline for: done when ``klaar(p)``."""

    klaar: object
    jaarveld: str
    gemist: str
    geen_jaar: str
    verwacht: str


_START = _Mijlpaal(
    lambda p: p.gestart_totaal > 0,
    "verwacht_startjaar",
    "niet gestart",
    "geen verwacht startjaar",
    "verwachte start",
)
_OPLEVERING = _Mijlpaal(
    lambda p: p.opgeleverd_totaal >= p.totaal,
    "verwacht_opleverjaar",
    "niet opgeleverd",
    "geen verwacht opleverjaar",
    "verwachte oplevering",
)


def _te_laat(projecten: list, uiterlijk, peildatum, mijlpaal: _Mijlpaal) -> list[str]:
    """The projects that did not (or will not) reach ``mijlpaal`` by ``uiterlijk``, in words."""
    problemen = []
    for p in projecten:
        if mijlpaal.klaar(p):
            continue
        jaar = getattr(p, mijlpaal.jaarveld)
        if uiterlijk < peildatum:
            problemen.append(f"{p.naam}: {mijlpaal.gemist} vóór {uiterlijk:%d-%m-%Y}")
        elif jaar is None:
            problemen.append(f"{p.naam}: {mijlpaal.geen_jaar}")
        elif jaar > uiterlijk.year:
            problemen.append(f"{p.naam}: {mijlpaal.verwacht} {jaar}")
    return problemen


def controleer_voorwaarde(voorwaarde, aanvraag, projecten: list, peildatum) -> Controle:
    """Check ``voorwaarde`` against ``projecten`` (annotated as by ``project_list``).

    A condition is at risk when the linked projects' figures do not meet it, when the data
    needed to check it is missing (no projects, no expected year), or when its deadline has
    passed without it being met. Expected years count as meeting a date in that year.
    """
    S = VoorwaardeSoort
    if not projecten:
        return Controle(voorwaarde, True, "Er zijn geen projecten aan de aanvraag gekoppeld.")
    seg = Segmenten(**{s: sum(getattr(p, s) for p in projecten) for s in SEGMENTEN})
    w = voorwaarde.waarde
    if voorwaarde.soort in (S.MIN_AANDEEL_BETAALBAAR, S.MIN_AANDEEL_SOCIALE_HUUR):
        betaalbaar = voorwaarde.soort == S.MIN_AANDEEL_BETAALBAAR
        aandeel = seg.aandeel_betaalbaar if betaalbaar else seg.aandeel_sociale_huur
        wat = "betaalbaar" if betaalbaar else "sociale huur"
        if aandeel is None:
            return Controle(voorwaarde, True, "De gekoppelde projecten hebben geen woningen.")
        if aandeel < float(w):
            return Controle(
                voorwaarde,
                True,
                f"Aandeel {wat} is {nl_kort(aandeel)}%, minder dan de vereiste {nl_kort(w)}%.",
            )
        return Controle(
            voorwaarde, False, f"Aandeel {wat} is {nl_kort(aandeel)}% (minimaal {nl_kort(w)}%)."
        )
    if voorwaarde.soort == S.MIN_WONINGEN:
        if seg.totaal < w:
            return Controle(
                voorwaarde, True, f"De projecten tellen {seg.totaal} woningen, minder dan {w:.0f}."
            )
        return Controle(voorwaarde, False, f"De projecten tellen {seg.totaal} woningen.")
    if voorwaarde.soort == S.START_BOUW_VOOR:
        uiterlijk = voorwaarde.datum
        problemen = _te_laat(projecten, uiterlijk, peildatum, _START)
        if problemen:
            return Controle(voorwaarde, True, "; ".join(problemen) + ".")
        return Controle(voorwaarde, False, "Alle projecten zijn of worden op tijd gestart.")
    if voorwaarde.soort == S.OPLEVERING_BINNEN:
        begin = aanvraag.besluit_op or aanvraag.ingediend_op or peildatum
        uiterlijk = _maanden_verder(begin, int(w))
        problemen = _te_laat(projecten, uiterlijk, peildatum, _OPLEVERING)
        if problemen:
            return Controle(
                voorwaarde, True, f"Uiterlijk {uiterlijk:%d-%m-%Y}: " + "; ".join(problemen) + "."
            )
        return Controle(
            voorwaarde, False, f"Alle projecten worden vóór {uiterlijk:%d-%m-%Y} opgeleverd."
        )
    return Controle(voorwaarde, True, "Onbekende soort voorwaarde.")


def aanvraag_list(qs=None, *, peildatum=None) -> list:
    """Subsidy applications with ``controles`` (one per condition) and ``risico`` attached.

    Applications that were rejected or withdrawn are never at risk. Three queries.
    """
    peildatum = peildatum or timezone.localdate()
    if qs is None:
        qs = Subsidieaanvraag.objects.all()
    aanvragen = list(
        qs.prefetch_related(
            Prefetch("projecten", queryset=project_list(), to_attr="projecten_lijst"),
            "voorwaarden",
        )
    )
    for a in aanvragen:
        a.controles = [
            controleer_voorwaarde(v, a, a.projecten_lijst, peildatum) for v in a.voorwaarden.all()
        ]
        a.risico = a.status not in (
            AanvraagStatus.AFGEWEZEN,
            AanvraagStatus.INGETROKKEN,
        ) and any(c.risico for c in a.controles)
    return aanvragen
