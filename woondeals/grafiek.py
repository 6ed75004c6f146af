"""Charts of the housing figures, drawn with the shared ``almelo_programma.kern.grafieken``."""

from almelo_programma.kern.getallen import nl_getal
from almelo_programma.kern.grafieken import lijndiagram, voortgangsbalk


def grafiek_4100(p, afspraken=None):
    """Cumulative planned completions and actual completions per year against the target;
    with per-year agreements (``afspraken``: an ``Afsprakenoverzicht``) also the cumulative
    agreed line, over the years of the three together."""
    if afspraken is not None and afspraken.aantal_afspraken:
        rijen = afspraken.per_jaar
        demo = " (demo)" if afspraken.demo else ""
        # short names: three long ones do not fit the legend (the title says "cumulatief")
        reeksen = [
            ("Gepland opgeleverd", [j.gepland_oplevering_cumulatief for j in rijen]),
            ("Opgeleverd", [j.opgeleverd_cumulatief for j in rijen]),
            (f"Afgesproken{demo}", [j.afgesproken_cumulatief for j in rijen]),
        ]
    else:
        rijen = p.per_jaar
        reeksen = [
            ("Gepland opgeleverd (cumulatief)", [j.gepland_oplevering_cumulatief for j in rijen]),
            ("Opgeleverd (cumulatief)", [j.opgeleverd_cumulatief for j in rijen]),
        ]
    return lijndiagram(
        f"Woningen cumulatief tegen het doel van {nl_getal(p.doel)}",
        [j.jaar for j in rijen],
        reeksen,
        eenheid="woningen",
        streefwaarde=p.doel,
        streeflabel=f"Doel: {nl_getal(p.doel)} woningen",
        ident="grafiek-4100",
    )


def doelbalken(p) -> dict:
    return {
        "opgeleverd": voortgangsbalk(
            "Opgeleverd", p.opgeleverd, p.doel, eenheid="", ident="balk-opgeleverd"
        ),
        "gepland": voortgangsbalk(
            "In de plannen (alle projecten)",
            p.gepland_totaal,
            p.doel,
            eenheid="",
            ident="balk-gepland",
        ),
    }


def normbalken(p) -> list:
    uit = []
    for soort, seg in (("alle plannen", p.alle_plannen), ("harde plannen", p.harde_plannen)):
        uit.append(
            voortgangsbalk(
                f"Sociale huur, {soort}",
                seg.aandeel_sociale_huur,
                100,
                norm=p.norm_sociale_huur,
                decimalen=1,
            )
        )
        uit.append(
            voortgangsbalk(
                f"Betaalbaar, {soort}",
                seg.aandeel_betaalbaar,
                100,
                norm=p.norm_betaalbaar,
                decimalen=1,
            )
        )
    return uit
