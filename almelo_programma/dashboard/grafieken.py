"""The dashboard's charts, built from the selectors' figures. Shared by the page and the PDF."""

from __future__ import annotations

from django.utils.formats import date_format

from almelo_programma.kern.getallen import nl_getal
from almelo_programma.kern.grafieken import Grafiek, lijndiagram, staafdiagram, voortgangsbalk
from woondeals.constants import DOEL_EXTRA_WONINGEN, NORM_BETAALBAAR, NORM_SOCIALE_HUUR

from .selectors import Dashboard


def indicator_trend(ind, *, klein: bool = True) -> Grafiek:
    metingen = [m for m in ind.metingen_oplopend if m.waarde is not None]
    return lijndiagram(
        f"Trend indicator {ind.nummer}",
        [date_format(m.datum, "b Y") for m in metingen],
        [("Meting", [m.waarde for m in metingen])],
        categorienaam="Datum",
        eenheid=ind.eenheid,
        basiswaarde=ind.basiswaarde,
        basislabel=f"Basis {ind.basisjaar or ''}: {nl_getal(ind.basiswaarde)}".replace("  ", " "),
        streefwaarde=ind.streefwaarde,
        streeflabel=f"Doel {ind.streefjaar or 2026}: {nl_getal(ind.streefwaarde)}",
        klein=klein,
        ident=f"trend-{ind.nummer}",
    )


def indicator_balk(ind) -> Grafiek:
    basis = ind.basiswaarde or 0
    if ind.laatste is None or ind.laatste.waarde is None:
        beschrijving = "Nog geen meting."
    else:
        beschrijving = (
            f"{nl_getal(ind.laatste.waarde)} {ind.eenheid} gemeten op "
            f"{date_format(ind.laatste.datum, 'j F Y')}; van basis {nl_getal(basis)} naar "
            f"doel {nl_getal(ind.streefwaarde)} is {ind.voortgang}% bereikt."
        )
    return voortgangsbalk(
        f"Indicator {ind.nummer}: voortgang van basis naar doel",
        ind.voortgang,
        100,
        beschrijving=beschrijving,
        ident=f"balk-{ind.nummer}",
    )


def indicator_grafieken_toevoegen(indicatoren, *, klein: bool = True) -> None:
    """Attach ``trend`` (small in a card) and ``balk`` to the quantitative ``indicatoren``."""
    for ind in indicatoren:
        if ind.is_kwantitatief:
            ind.trend = indicator_trend(ind, klein=klein)
            ind.balk = indicator_balk(ind)


def woningbouw_grafieken(d: Dashboard) -> dict:
    """The housing charts of the dashboard: per year, cumulative, pipeline, shares."""
    r = d.woningbouw_jaren
    woningbouw = d.woningbouw
    c = woningbouw.cijfers
    return {
        "per_jaar": staafdiagram(
            "Woningen per jaar: opgeleverd en in aanbouw genomen",
            r.jaren,
            [("Opgeleverd", r.opgeleverd), ("In aanbouw genomen", r.gestart)],
            eenheid="woningen",
            ident="woningen-per-jaar",
        ),
        "cumulatief": lijndiagram(
            f"Cumulatief tegen het doel van {nl_getal(DOEL_EXTRA_WONINGEN)} extra woningen",
            r.jaren,
            [
                ("Opgeleverd (cumulatief)", r.opgeleverd_cumulatief),
                ("In aanbouw (cumulatief)", r.gestart_cumulatief),
            ],
            eenheid="woningen",
            streefwaarde=DOEL_EXTRA_WONINGEN,
            streeflabel=f"Doel 2026: {nl_getal(DOEL_EXTRA_WONINGEN)}",
            ident="woningen-cumulatief",
        ),
        "pijplijn": staafdiagram(
            "Plancapaciteit per fase: hard en zacht",
            [r.label for r in woningbouw.pijplijn],
            [
                ("Harde plannen", [r.hard for r in woningbouw.pijplijn]),
                ("Zachte plannen", [r.zacht for r in woningbouw.pijplijn]),
            ],
            eenheid="woningen",
            categorienaam="Fase",
            ident="pijplijn",
        ),
        "sociale_huur": _aandeel(
            "Aandeel sociale huur in alle plannen",
            c.alle_plannen.aandeel_sociale_huur,
            NORM_SOCIALE_HUUR,
            "Norm: 30%",
            "aandeel-sociale-huur",
        ),
        "betaalbaar": _aandeel(
            "Aandeel betaalbaar (sociale huur, middenhuur, betaalbare koop) in alle plannen",
            c.alle_plannen.aandeel_betaalbaar,
            NORM_BETAALBAAR,
            "Norm: twee derde",
            "aandeel-betaalbaar",
        ),
    }


def _aandeel(titel: str, procent, norm, normlabel: str, ident: str) -> Grafiek:
    """A share of all plans (in %, one decimal) against its norm."""
    return voortgangsbalk(
        titel, procent, 100, norm=norm, normlabel=normlabel, decimalen=1, ident=ident
    )


def grafieken_toevoegen(dashboard: Dashboard) -> Dashboard:
    """Attach ``trend``/``balk`` to quantitative indicators and ``grafieken`` to the dashboard."""
    for doel in dashboard.doelen:
        indicator_grafieken_toevoegen(doel.indicatoren_lijst)
    dashboard.grafieken = woningbouw_grafieken(dashboard)
    return dashboard
