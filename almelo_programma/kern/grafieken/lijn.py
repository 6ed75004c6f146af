"""The line chart: a line per series with a marker per point, optional target and baseline."""

from __future__ import annotations

import math

from django.utils.html import escape

from ..getallen import Getal, nl_getal
from .basis import (
    Grafiek,
    Vlak,
    gegevens_maken,
    grafiek_maken,
    label_of,
    legenda,
    marker,
    nieuw_ident,
    svg_open,
)


def lijndiagram(
    titel: str,
    categorieen: list,
    reeksen,
    *,
    eenheid: str = "",
    categorienaam: str = "Jaar",
    streefwaarde: Getal = None,
    streeflabel: str = "",
    basiswaarde: Getal = None,
    basislabel: str = "",
    decimalen: int = 0,
    klein: bool = False,
    beschrijving: str | None = None,
    ident: str | None = None,
) -> Grafiek:
    """Lines with a marker per point, the last value written at the line's end, an optional
    dashed target line and dotted baseline, each labelled in text."""
    ident = nieuw_ident(ident)
    labels = []
    if basiswaarde is not None:
        basislabel = label_of(basiswaarde, basislabel, "Basis", decimalen)
        labels.append(basislabel)
    if streefwaarde is not None:
        streeflabel = label_of(streefwaarde, streeflabel, "Doel", decimalen)
        labels.append(streeflabel)
    g = gegevens_maken(
        "Lijndiagram",
        titel,
        categorieen,
        reeksen,
        eenheid=eenheid,
        categorienaam=categorienaam,
        decimalen=decimalen,
        beschrijving=beschrijving,
        labels=labels,
    )
    maten = (320, 150, 44, 44, 14, 24) if klein else (640, 300, 56, 64, 40, 48)
    vlak = Vlak.voor(g.reeksen, (streefwaarde, basiswaarde), *maten, klein=klein)
    links, boven, plot_b, plot_h = vlak.links, vlak.boven, vlak.plot_b, vlak.plot_h
    delen = [svg_open(ident, vlak.breedte, vlak.hoogte, titel, g.beschrijving)]
    delen += vlak.as_lijnen(decimalen)
    n = len(g.categorieen)

    def xpos(i):
        return links + (plot_b * (i + 0.5) / n if n else 0)

    stap = 1 if n <= 8 or not klein else math.ceil(n / 6)
    for i, cat in enumerate(g.categorieen):
        if i % stap == 0 or i == n - 1:
            delen.append(
                f'<text x="{xpos(i):.1f}" y="{boven + plot_h + (16 if klein else 18)}" '
                f'font-size="{11 if klein else 13}" text-anchor="middle" fill="#1a1a1a">'
                f"{escape(cat)}</text>"
            )
    if basiswaarde is not None:
        delen.append(vlak.referentielijn(basiswaarde, basislabel, "2 3", links_label=True))
    if streefwaarde is not None:
        delen.append(vlak.referentielijn(streefwaarde, streeflabel))
    for r in g.reeksen:
        punten = [(xpos(i), vlak.y(w), w) for i, w in enumerate(r.waarden[:n]) if w is not None]
        if len(punten) > 1:
            pad = " ".join(f"{x:.1f},{y:.1f}" for x, y, _ in punten)
            delen.append(
                f'<polyline points="{pad}" fill="none" stroke="{r.kleur}" stroke-width="2.5" '
                f'stroke-dasharray="{r.lijnstijl}"/>'
            )
        for x, y, _ in punten:
            delen.append(marker(r, x, y, 3.5 if klein else 4.5))
        if punten:
            x, y, w = punten[-1]
            delen.append(
                f'<text x="{x + 8:.1f}" y="{y + 4:.1f}" font-size="{11 if klein else 12}" '
                f'fill="#1a1a1a" font-weight="bold">{nl_getal(w, decimalen)}</text>'
            )
    if not klein:
        delen.append(legenda(ident, g.reeksen, links, vlak.hoogte - 8, lijn=True))
        delen.append(vlak.eenheid_label(eenheid))
    return grafiek_maken(
        "lijn",
        titel,
        g.beschrijving,
        delen,
        kolommen=g.kolommen,
        rijen=g.rijen,
        ident=ident,
        klein=klein,
    )
