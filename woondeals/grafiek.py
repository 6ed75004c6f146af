"""Charts of the housing figures, drawn with the shared ``almelo_programma.charts``."""

from almelo_programma.charts import getal, lijndiagram, voortgangsbalk


def grafiek_4100(p):
    """Cumulative planned completions and actual completions per year against the target."""
    return lijndiagram(
        f"Woningen cumulatief tegen het doel van {getal(p.doel)}",
        [j.jaar for j in p.per_jaar],
        [
            (
                "Gepland opgeleverd (cumulatief)",
                [j.gepland_oplevering_cumulatief for j in p.per_jaar],
            ),
            ("Opgeleverd (cumulatief)", [j.opgeleverd_cumulatief for j in p.per_jaar]),
        ],
        eenheid="woningen",
        streefwaarde=p.doel,
        streeflabel=f"Doel: {getal(p.doel)} woningen",
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
