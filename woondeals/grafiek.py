"""Geometry for the server-rendered SVG chart of cumulative homes against the 4,100 target."""

from dataclasses import dataclass

BALK_HOOGTE = 14
RIJ_HOOGTE = 40
LABEL_BREEDTE = 60  # px reserved left for the year
BREEDTE = 760


@dataclass
class Balk:
    jaar: int
    y: int
    gepland_breedte: float
    opgeleverd_breedte: float
    gepland: int
    opgeleverd: int


def grafiek_4100(pijplijn) -> dict:
    """Two bars per year (cumulative planned completions, cumulative completed) and the target.

    Widths in px in a ``BREEDTE`` wide SVG; the scale is the larger of the target and the
    highest cumulative figure, so the target line is always in view.
    """
    schaal_max = max(
        [pijplijn.doel]
        + [j.gepland_oplevering_cumulatief for j in pijplijn.per_jaar]
        + [j.opgeleverd_cumulatief for j in pijplijn.per_jaar]
    )
    ruimte = BREEDTE - LABEL_BREEDTE - 10

    def px(waarde):
        return round(waarde / schaal_max * ruimte, 1) if schaal_max else 0

    balken = [
        Balk(
            jaar=j.jaar,
            y=10 + i * RIJ_HOOGTE,
            gepland_breedte=px(j.gepland_oplevering_cumulatief),
            opgeleverd_breedte=px(j.opgeleverd_cumulatief),
            gepland=j.gepland_oplevering_cumulatief,
            opgeleverd=j.opgeleverd_cumulatief,
        )
        for i, j in enumerate(pijplijn.per_jaar)
    ]
    hoogte = 20 + len(balken) * RIJ_HOOGTE
    return {
        "balken": balken,
        "breedte": BREEDTE,
        "hoogte": hoogte,
        "label_breedte": LABEL_BREEDTE,
        "balk_hoogte": BALK_HOOGTE,
        "doel_x": LABEL_BREEDTE + px(pijplijn.doel),
        "doel": pijplijn.doel,
    }
