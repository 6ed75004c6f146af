"""The bar chart: grouped vertical bars, one group per category, one bar per series."""

from __future__ import annotations

from django.utils.html import escape

from ..getallen import Getal, nl_getal
from .basis import (
    Grafiek,
    Vlak,
    gegevens_maken,
    grafiek_maken,
    label_of,
    legenda,
    nieuw_ident,
    patronen_defs,
    svg_open,
    vulling,
)


def staafdiagram(
    titel: str,
    categorieen: list,
    reeksen,
    *,
    eenheid: str = "",
    categorienaam: str = "Jaar",
    streefwaarde: Getal = None,
    streeflabel: str = "",
    decimalen: int = 0,
    beschrijving: str | None = None,
    ident: str | None = None,
) -> Grafiek:
    """Grouped vertical bars with the value above each bar and a legend with fill patterns."""
    ident = nieuw_ident(ident)
    labels = []
    if streefwaarde is not None:
        streeflabel = label_of(streefwaarde, streeflabel, "Doel", decimalen)
        labels.append(streeflabel)
    g = gegevens_maken(
        "Staafdiagram",
        titel,
        categorieen,
        reeksen,
        eenheid=eenheid,
        categorienaam=categorienaam,
        decimalen=decimalen,
        beschrijving=beschrijving,
        labels=labels,
    )
    rs = g.reeksen
    vlak = Vlak.voor(rs, (streefwaarde,), 640, 300, 56, 16, 40, 48)
    links, boven, plot_b, plot_h = vlak.links, vlak.boven, vlak.plot_b, vlak.plot_h
    delen = [svg_open(ident, vlak.breedte, vlak.hoogte, titel, g.beschrijving)]
    delen += [patronen_defs(ident, rs), *vlak.as_lijnen(decimalen)]
    n = max(len(g.categorieen), 1)
    groep_b = plot_b / n
    staaf_b = min(48.0, groep_b * 0.8 / max(len(rs), 1))
    for i, cat in enumerate(g.categorieen):
        x0 = links + groep_b * i + (groep_b - staaf_b * len(rs)) / 2
        for j, r in enumerate(rs):
            w = r.waarden[i] if i < len(r.waarden) else None
            if w is None:
                continue
            h = plot_h * float(w) / vlak.ymax
            x = x0 + j * staaf_b
            y = boven + plot_h - h
            delen.append(
                f'<rect x="{x:.1f}" y="{y:.1f}" width="{staaf_b - 2:.1f}" height="{h:.1f}" '
                f'fill="{vulling(ident, r)}" stroke="{r.kleur}" stroke-width="1.5"/>'
                f'<text x="{x + (staaf_b - 2) / 2:.1f}" y="{y - 4:.1f}" font-size="11" '
                f'text-anchor="middle" fill="#1a1a1a">{nl_getal(w, decimalen)}</text>'
            )
        delen.append(
            f'<text x="{links + groep_b * (i + 0.5):.1f}" y="{boven + plot_h + 18}" '
            f'font-size="13" text-anchor="middle" fill="#1a1a1a">{escape(cat)}</text>'
        )
    if streefwaarde is not None:
        delen.append(vlak.referentielijn(streefwaarde, streeflabel))
    delen += [legenda(ident, rs, links, vlak.hoogte - 8, lijn=False), vlak.eenheid_label(eenheid)]
    return grafiek_maken(
        "staaf", titel, g.beschrijving, delen, kolommen=g.kolommen, rijen=g.rijen, ident=ident
    )
