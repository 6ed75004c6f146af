"""Charts of the public pages, built with the shared chart module
(``almelo_programma.kern.grafieken``).

Each chart comes with a text alternative and its data table (see ``includes/chart.html``).
"""

from almelo_programma.kern.getallen import nl_getal
from almelo_programma.kern.grafieken import Grafiek, lijndiagram, staafdiagram


def woningbouw_grafiek(cijfers, *, klein: bool = False, ident: str = "woningbouw") -> Grafiek:
    """Cumulative homes completed and started per year against the target of 4,100."""
    jaren = [str(j.jaar) for j in cijfers.per_jaar]
    return lijndiagram(
        "Woningbouw tegen het doel van 4.100 extra woningen",
        jaren,
        [
            ("Opgeleverd (opgeteld)", [j.opgeleverd_cumulatief for j in cijfers.per_jaar]),
            ("In aanbouw genomen (opgeteld)", [j.gestart_cumulatief for j in cijfers.per_jaar]),
        ],
        eenheid="woningen",
        streefwaarde=cijfers.doel,
        streeflabel="Doel: 4.100 woningen",
        klein=klein,
        ident=ident,
    )


def woningbouw_per_jaar_grafiek(cijfers) -> Grafiek:
    return staafdiagram(
        "In aanbouw genomen en opgeleverde woningen per jaar",
        [str(j.jaar) for j in cijfers.per_jaar],
        [
            ("In aanbouw genomen", [j.gestart for j in cijfers.per_jaar]),
            ("Opgeleverd", [j.opgeleverd for j in cijfers.per_jaar]),
        ],
        eenheid="woningen",
        ident="woningbouw-per-jaar",
    )


def indicator_grafiek(indicator, *, klein: bool = False) -> Grafiek | None:
    """Trend of a quantitative indicator's published measurements (oldest first)."""
    if not indicator.is_kwantitatief:
        return None
    metingen = [m for m in reversed(indicator.metingen_zichtbaar) if m.waarde is not None]
    return lijndiagram(
        f"Effectindicator {indicator.nummer}: gemeten {indicator.eenheid}",
        [m.datum.strftime("%d-%m-%Y") for m in metingen],
        [("Gemeten", [m.waarde for m in metingen])],
        eenheid=indicator.eenheid,
        categorienaam="Datum",
        streefwaarde=indicator.streefwaarde,
        streeflabel=(
            f"Streefwaarde {nl_getal(indicator.streefwaarde)} {indicator.eenheid}"
            + (f" in {indicator.streefjaar}" if indicator.streefjaar else "")
        ),
        basiswaarde=indicator.basiswaarde or None,  # a zero baseline is the axis itself
        basislabel=f"Basiswaarde {indicator.basisjaar or ''}".strip(),
        klein=klein,
        ident=f"indicator-{indicator.slug}" + ("-klein" if klein else ""),
    )
