"""The progress bar: one horizontal bar (a value of a maximum) with an optional norm marker."""

from __future__ import annotations

from django.utils.html import escape

from ..getallen import Getal, nl_getal
from .basis import Grafiek, grafiek_maken, nieuw_ident, svg_open


def voortgangsbalk(
    titel: str,
    waarde: Getal,
    maximum: Getal = 100,
    *,
    eenheid: str = "%",
    norm: Getal = None,
    normlabel: str = "",
    decimalen: int = 0,
    beschrijving: str | None = None,
    ident: str | None = None,
) -> Grafiek:
    """One horizontal bar: ``waarde`` of ``maximum``, with an optional norm marker."""
    ident = nieuw_ident(ident)
    eenheid_tekst = eenheid if eenheid == "%" else f" {eenheid}" if eenheid else ""
    if norm is not None and not normlabel:
        normlabel = f"Norm: {nl_getal(norm, decimalen)}{eenheid_tekst}"
    if waarde is None:
        tekst = "onbekend"
    else:
        tekst = f"{nl_getal(waarde, decimalen)}{eenheid_tekst}"
        if eenheid != "%":
            tekst += f" van {nl_getal(maximum, decimalen)}"
    if beschrijving is None:
        beschrijving = f"{titel}: {tekst}."
        if norm is not None:
            beschrijving += f" {normlabel}."
    breedte, hoogte = 340, 58 if norm is not None else 40
    links, balk_b, balk_h, boven = 2, 230, 22, 6
    maximum_f = float(maximum or 0) or 1.0
    fractie = 0.0 if waarde is None else max(0.0, min(1.0, float(waarde) / maximum_f))
    delen = [
        svg_open(ident, breedte, hoogte, titel, beschrijving),
        f'<rect x="{links}" y="{boven}" width="{balk_b}" height="{balk_h}" fill="#fff" '
        f'stroke="#0b3d6e" stroke-width="1.5"/>',
        f'<rect x="{links}" y="{boven}" width="{balk_b * fractie:.1f}" height="{balk_h}" '
        f'fill="#0b3d6e"/>',
        f'<text x="{links + balk_b + 10}" y="{boven + 16}" font-size="14" font-weight="bold" '
        f'fill="#1a1a1a">{escape(tekst)}</text>',
    ]
    if norm is not None:
        nx = links + balk_b * max(0.0, min(1.0, float(norm) / maximum_f))
        rechts_uitgelijnd = nx > links + balk_b / 2
        label = f"{normlabel} ▲" if rechts_uitgelijnd else f"▲ {normlabel}"
        delen.append(
            f'<line x1="{nx:.1f}" y1="0" x2="{nx:.1f}" y2="{boven + balk_h + 6}" '
            f'stroke="#fff" stroke-width="6"/>'
            f'<line x1="{nx:.1f}" y1="0" x2="{nx:.1f}" y2="{boven + balk_h + 6}" '
            f'stroke="#b3261e" stroke-width="3" stroke-dasharray="4 2"/>'
            f'<text x="{nx + (6 if rechts_uitgelijnd else -6):.1f}" y="{hoogte - 4}" '
            f'font-size="13" text-anchor="{"end" if rechts_uitgelijnd else "start"}" '
            f'fill="#1a1a1a">{escape(label)}</text>'
        )
    rijen = [["Waarde", "onbekend" if waarde is None else nl_getal(waarde, decimalen)]]
    rijen.append(["Maximum", nl_getal(maximum, decimalen)])
    if norm is not None:
        rijen.append(["Norm", nl_getal(norm, decimalen)])
    return grafiek_maken(
        "voortgang",
        titel,
        beschrijving,
        delen,
        kolommen=["", f"Waarde ({eenheid})" if eenheid else "Waarde"],
        rijen=rijen,
        ident=ident,
        klein=True,
    )
