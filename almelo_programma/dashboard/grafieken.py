"""The dashboard's charts, built from the selectors' figures. Shared by the page and the PDF."""

from __future__ import annotations

from django.utils.formats import date_format

from almelo_programma.kern.getallen import nl_getal
from almelo_programma.kern.grafieken import Grafiek, lijndiagram, staafdiagram, voortgangsbalk
from woondeals.constants import DOEL_EXTRA_WONINGEN, NORM_BETAALBAAR, NORM_SOCIALE_HUUR

from .selectors import Dashboard, Woningbouw


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


def _jaren(woningbouw: Woningbouw, startjaar: int, tot_jaar: int):
    per_jaar = {j.jaar: j for j in woningbouw.cijfers.per_jaar}
    jaren = list(range(startjaar, tot_jaar + 1))
    gestart, opgeleverd, gestart_cum, opgeleverd_cum = [], [], [], []
    g = o = 0
    for jaar in jaren:
        rij = per_jaar.get(jaar)
        gestart.append(rij.gestart if rij else 0)
        opgeleverd.append(rij.opgeleverd if rij else 0)
        g += gestart[-1]
        o += opgeleverd[-1]
        gestart_cum.append(g)
        opgeleverd_cum.append(o)
    return jaren, gestart, opgeleverd, gestart_cum, opgeleverd_cum


def woningbouw_grafieken(woningbouw: Woningbouw, *, startjaar: int, tot_jaar: int) -> dict:
    jaren, gestart, opgeleverd, gestart_cum, opgeleverd_cum = _jaren(
        woningbouw, startjaar, tot_jaar
    )
    c = woningbouw.cijfers
    return {
        "per_jaar": staafdiagram(
            "Woningen per jaar: opgeleverd en in aanbouw genomen",
            jaren,
            [("Opgeleverd", opgeleverd), ("In aanbouw genomen", gestart)],
            eenheid="woningen",
            ident="woningen-per-jaar",
        ),
        "cumulatief": lijndiagram(
            f"Cumulatief tegen het doel van {nl_getal(DOEL_EXTRA_WONINGEN)} extra woningen",
            jaren,
            [("Opgeleverd (cumulatief)", opgeleverd_cum), ("In aanbouw (cumulatief)", gestart_cum)],
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
        "sociale_huur": voortgangsbalk(
            "Aandeel sociale huur in alle plannen",
            c.alle_plannen.aandeel_sociale_huur,
            100,
            norm=NORM_SOCIALE_HUUR,
            normlabel="Norm: 30%",
            decimalen=1,
            ident="aandeel-sociale-huur",
        ),
        "betaalbaar": voortgangsbalk(
            "Aandeel betaalbaar (sociale huur, middenhuur, betaalbare koop) in alle plannen",
            c.alle_plannen.aandeel_betaalbaar,
            100,
            norm=NORM_BETAALBAAR,
            normlabel="Norm: twee derde",
            decimalen=1,
            ident="aandeel-betaalbaar",
        ),
    }


def grafieken_toevoegen(dashboard: Dashboard) -> Dashboard:
    """Attach ``trend``/``balk`` to quantitative indicators and ``grafieken`` to the dashboard."""
    for doel in dashboard.doelen:
        for ind in doel.indicatoren_lijst:
            if ind.is_kwantitatief:
                ind.trend = indicator_trend(ind)
                ind.balk = indicator_balk(ind)
    programma = dashboard.programma
    startjaar = programma.startjaar if programma else 2023
    eindjaar = programma.eindjaar if programma else 2026
    dashboard.grafieken = woningbouw_grafieken(
        dashboard.woningbouw,
        startjaar=startjaar,
        tot_jaar=max(startjaar, min(dashboard.stand.jaar, eindjaar)),
    )
    return dashboard
