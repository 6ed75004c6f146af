"""Server-rendered SVG charts: no JavaScript, nothing from a CDN, readable in black and white.

Shared by the dashboard (issue 4), the Bestuursrapportage PDF and the public page. The API is
small and stable:

``staafdiagram(titel, categorieen, reeksen, *, eenheid="", streefwaarde=None, ...) -> Grafiek``
    Grouped vertical bars, one group per category (e.g. a year), one bar per series.
``lijndiagram(titel, categorieen, reeksen, *, eenheid="", streefwaarde=None, ...) -> Grafiek``
    Lines (e.g. cumulative homes, an indicator's trend) with an optional target line and an
    optional baseline line. ``klein=True`` draws a compact version for use inside a card.
``voortgangsbalk(titel, waarde, maximum=100, *, eenheid="%", norm=None, ...) -> Grafiek``
    One horizontal bar (value of maximum) with an optional norm marker (e.g. 30 %).

``reeksen`` is a list of ``(naam, waarden)`` pairs (or a dict ``{naam: waarden}``);
``waarden`` has one number (or ``None`` for "unknown") per category.

Render a chart in a template with::

    {% include "includes/chart.html" with grafiek=grafiek %}

which gives a ``<figure>`` with the SVG (``role="img"`` with ``<title>``/``<desc>``), a text
alternative below it and the data table behind a ``<details>`` disclosure
(``includes/chart_tabel.html``). In Python, ``grafiek.render()`` returns the same HTML.

Black and white: every series has its own fill pattern (solid, hatched, dotted, cross-hatched)
or line style (solid, dashed, dotted) with its own marker shape, values are written next to bars
and line ends, and targets are labelled in text — colour is never the only cue.
"""

from __future__ import annotations

import itertools
import math
from dataclasses import dataclass, field

from django.template.loader import render_to_string
from django.utils.html import escape
from django.utils.safestring import SafeString, mark_safe

from .getallen import Getal, nl_getal

# Dark enough for 3:1 against white (WCAG 1.4.11), distinct in greyscale by pattern anyway.
_KLEUREN = ("#0b3d6e", "#8a4b00", "#1e6b34", "#4a4a4a")
_PATRONEN = ("vol", "arcering", "stippen", "ruit")
_LIJNSTIJLEN = ("", "8 4", "2 3", "12 3 2 3")
_MARKERS = ("cirkel", "vierkant", "driehoek", "ruit")
_teller = itertools.count(1)


def getal(waarde: Getal, decimalen: int = 0) -> str:
    """Dutch number format: 4.100 and 33,3 (``kern.getallen.nl_getal``)."""
    return nl_getal(waarde, decimalen)


@dataclass
class Reeks:
    naam: str
    waarden: list[Getal]
    patroon: str = "vol"
    kleur: str = _KLEUREN[0]
    lijnstijl: str = ""
    marker: str = "cirkel"


@dataclass
class Grafiek:
    """A rendered chart: SVG markup plus its text alternative and data table."""

    soort: str
    titel: str
    beschrijving: str
    svg: SafeString
    kolommen: list[str] = field(default_factory=list)
    rijen: list[list[str]] = field(default_factory=list)
    ident: str = ""
    klein: bool = False

    @property
    def leeg(self) -> bool:
        return not self.rijen

    def render(self) -> SafeString:
        return mark_safe(render_to_string("includes/chart.html", {"grafiek": self}))  # noqa: S308

    def __html__(self):
        return self.render()


def _reeksen(reeksen) -> list[Reeks]:
    paren = list(reeksen.items()) if isinstance(reeksen, dict) else list(reeksen)
    uit = []
    for i, (naam, waarden) in enumerate(paren):
        j = i % len(_PATRONEN)
        uit.append(
            Reeks(
                naam=str(naam),
                waarden=list(waarden),
                patroon=_PATRONEN[j],
                kleur=_KLEUREN[j],
                lijnstijl=_LIJNSTIJLEN[j],
                marker=_MARKERS[j],
            )
        )
    return uit


def _ident(ident: str | None) -> str:
    return ident or f"grafiek-{next(_teller)}"


def _nette_max(waarde: float) -> float:
    """A round axis maximum at or above ``waarde`` (1, 2, 2.5, 5 × 10^n)."""
    if waarde <= 0:
        return 1.0
    macht = 10 ** math.floor(math.log10(waarde))
    for stap in (1, 2, 2.5, 5, 10):
        if waarde <= stap * macht:
            return stap * macht
    return 10 * macht  # pragma: no cover


def _defs(ident: str, reeksen: list[Reeks]) -> str:
    delen = []
    for r in reeksen:
        pid = f"{ident}-{r.patroon}"
        k = r.kleur
        if r.patroon == "arcering":
            inhoud = (
                f'<rect width="8" height="8" fill="#fff"/>'
                f'<path d="M-2,2 l4,-4 M0,8 l8,-8 M6,10 l4,-4" stroke="{k}" stroke-width="2.2"/>'
            )
        elif r.patroon == "stippen":
            inhoud = (
                f'<rect width="8" height="8" fill="#fff"/>'
                f'<circle cx="2" cy="2" r="1.7" fill="{k}"/><circle cx="6" cy="6" r="1.7" '
                f'fill="{k}"/>'
            )
        elif r.patroon == "ruit":
            inhoud = (
                f'<rect width="8" height="8" fill="#fff"/>'
                f'<path d="M0,0 L8,8 M8,0 L0,8" stroke="{k}" stroke-width="1.6"/>'
            )
        else:
            continue
        delen.append(
            f'<pattern id="{pid}" width="8" height="8" patternUnits="userSpaceOnUse">'
            f"{inhoud}</pattern>"
        )
    return f"<defs>{''.join(delen)}</defs>" if delen else ""


def _vulling(ident: str, r: Reeks) -> str:
    return r.kleur if r.patroon == "vol" else f"url(#{ident}-{r.patroon})"


def _svg_open(ident: str, breedte: int, hoogte: int, titel: str, beschrijving: str) -> str:
    return (
        f'<svg class="grafiek" xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {breedte} '
        f'{hoogte}" width="{breedte}" height="{hoogte}" role="img" '
        f'aria-labelledby="{ident}-titel {ident}-desc" font-family="Arial, sans-serif">'
        f'<title id="{ident}-titel">{escape(titel)}</title>'
        f'<desc id="{ident}-desc">{escape(beschrijving)}</desc>'
    )


def _legenda(ident: str, reeksen: list[Reeks], x: float, y: float, lijn: bool) -> str:
    delen = []
    for r in reeksen:
        if lijn:
            delen.append(
                f'<line x1="{x}" y1="{y - 4}" x2="{x + 22}" y2="{y - 4}" stroke="{r.kleur}" '
                f'stroke-width="2.5" stroke-dasharray="{r.lijnstijl}"/>'
                f"{_marker(r, x + 11, y - 4)}"
            )
        else:
            delen.append(
                f'<rect x="{x}" y="{y - 12}" width="16" height="14" fill="{_vulling(ident, r)}" '
                f'stroke="{r.kleur}" stroke-width="1.5"/>'
            )
        delen.append(f'<text x="{x + 28}" y="{y}" font-size="13" fill="#1a1a1a">')
        delen.append(f"{escape(r.naam)}</text>")
        x += 40 + 7.2 * len(r.naam)
    return "".join(delen)


def _marker(r: Reeks, x: float, y: float, grootte: float = 4.5) -> str:
    s = grootte
    if r.marker == "vierkant":
        return (
            f'<rect x="{x - s:.1f}" y="{y - s:.1f}" width="{2 * s:.1f}" height="{2 * s:.1f}" '
            f'fill="#fff" stroke="{r.kleur}" stroke-width="2"/>'
        )
    if r.marker == "driehoek":
        return (
            f'<path d="M{x:.1f},{y - s - 1:.1f} L{x + s + 1:.1f},{y + s:.1f} '
            f'L{x - s - 1:.1f},{y + s:.1f} Z" fill="{r.kleur}"/>'
        )
    if r.marker == "ruit":
        return (
            f'<path d="M{x:.1f},{y - s - 1:.1f} L{x + s + 1:.1f},{y:.1f} L{x:.1f},'
            f'{y + s + 1:.1f} L{x - s - 1:.1f},{y:.1f} Z" fill="#fff" stroke="{r.kleur}" '
            f'stroke-width="2"/>'
        )
    return f'<circle cx="{x:.1f}" cy="{y:.1f}" r="{s:.1f}" fill="{r.kleur}"/>'


def _tabel(categorienaam: str, categorieen, reeksen: list[Reeks], decimalen: int):
    kolommen = [categorienaam] + [r.naam for r in reeksen]
    rijen = []
    for i, cat in enumerate(categorieen):
        rijen.append([str(cat)] + [getal(r.waarden[i], decimalen) for r in reeksen])
    return kolommen, rijen


def _standaard_beschrijving(soort, titel, categorieen, reeksen, eenheid, decimalen, extra=""):
    if not categorieen:
        return f"{soort} “{titel}”: nog geen gegevens."
    delen = []
    for r in reeksen:
        punten = ", ".join(
            f"{cat}: {getal(w, decimalen)}"
            for cat, w in zip(categorieen, r.waarden, strict=False)
            if w is not None
        )
        delen.append(f"{r.naam} — {punten or 'geen waarden'}")
    eenheid_tekst = f" (in {eenheid})" if eenheid else ""
    return f"{soort} “{titel}”{eenheid_tekst}. " + "; ".join(delen) + "." + extra


def _as(
    ident, links, boven, plot_b, plot_h, ymax, eenheid, decimalen, klein, aantal=4
) -> list[str]:
    delen = []
    for i in range(aantal + 1):
        w = ymax * i / aantal
        y = boven + plot_h - plot_h * i / aantal
        delen.append(
            f'<line x1="{links}" y1="{y:.1f}" x2="{links + plot_b}" y2="{y:.1f}" '
            f'stroke="#d0d0d0" stroke-width="1"/>'
        )
        if not klein or i in (0, aantal):
            delen.append(
                f'<text x="{links - 6}" y="{y + 4:.1f}" font-size="{11 if klein else 12}" '
                f'text-anchor="end" fill="#4a4a4a">{getal(w, decimalen if ymax < 10 else 0)}'
                f"</text>"
            )
    delen.append(
        f'<line x1="{links}" y1="{boven + plot_h}" x2="{links + plot_b}" '
        f'y2="{boven + plot_h}" stroke="#1a1a1a" stroke-width="1.5"/>'
    )
    return delen


def _doellijn(
    links, boven, plot_b, plot_h, ymax, waarde, label, klein, stijl="6 4", links_label=False
):
    """A labelled horizontal reference line (target at the right, baseline at the left)."""
    y = boven + plot_h - plot_h * float(waarde) / ymax
    x, anker = (links + 4, "start") if links_label else (links + plot_b - 4, "end")
    return (
        f'<line x1="{links}" y1="{y:.1f}" x2="{links + plot_b}" y2="{y:.1f}" stroke="#1a1a1a" '
        f'stroke-width="2" stroke-dasharray="{stijl}"/>'
        f'<text x="{x}" y="{y - 5:.1f}" font-size="{11 if klein else 12}" '
        f'text-anchor="{anker}" fill="#1a1a1a" font-weight="bold">{escape(label)}</text>'
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
    ident = _ident(ident)
    categorieen = [str(c) for c in categorieen]
    rs = _reeksen(reeksen)
    kolommen, rijen = _tabel(categorienaam, categorieen, rs, decimalen)
    if streefwaarde is not None and not streeflabel:
        streeflabel = f"Doel: {getal(streefwaarde, decimalen)}"
    extra = f" {streeflabel}." if streefwaarde is not None else ""
    beschrijving = beschrijving or _standaard_beschrijving(
        "Staafdiagram", titel, categorieen, rs, eenheid, decimalen, extra
    )
    breedte, hoogte = 640, 300
    links, rechts, boven, onder = 56, 16, 40, 48
    plot_b, plot_h = breedte - links - rechts, hoogte - boven - onder
    waarden = [float(w) for r in rs for w in r.waarden if w is not None]
    if streefwaarde is not None:
        waarden.append(float(streefwaarde))
    ymax = _nette_max(max(waarden, default=0))
    delen = [_svg_open(ident, breedte, hoogte, titel, beschrijving), _defs(ident, rs)]
    delen += _as(ident, links, boven, plot_b, plot_h, ymax, eenheid, decimalen, False)
    n = max(len(categorieen), 1)
    groep_b = plot_b / n
    staaf_b = min(48.0, groep_b * 0.8 / max(len(rs), 1))
    for i, cat in enumerate(categorieen):
        x0 = links + groep_b * i + (groep_b - staaf_b * len(rs)) / 2
        for j, r in enumerate(rs):
            w = r.waarden[i] if i < len(r.waarden) else None
            if w is None:
                continue
            h = plot_h * float(w) / ymax
            x = x0 + j * staaf_b
            y = boven + plot_h - h
            delen.append(
                f'<rect x="{x:.1f}" y="{y:.1f}" width="{staaf_b - 2:.1f}" height="{h:.1f}" '
                f'fill="{_vulling(ident, r)}" stroke="{r.kleur}" stroke-width="1.5"/>'
                f'<text x="{x + (staaf_b - 2) / 2:.1f}" y="{y - 4:.1f}" font-size="11" '
                f'text-anchor="middle" fill="#1a1a1a">{getal(w, decimalen)}</text>'
            )
        delen.append(
            f'<text x="{links + groep_b * (i + 0.5):.1f}" y="{boven + plot_h + 18}" '
            f'font-size="13" text-anchor="middle" fill="#1a1a1a">{escape(cat)}</text>'
        )
    if streefwaarde is not None:
        delen.append(
            _doellijn(links, boven, plot_b, plot_h, ymax, streefwaarde, streeflabel, False)
        )
    delen.append(_legenda(ident, rs, links, hoogte - 8, lijn=False))
    if eenheid:
        delen.append(
            f'<text x="{links}" y="{boven - 16}" font-size="12" fill="#4a4a4a">'
            f"{escape(eenheid)}</text>"
        )
    delen.append("</svg>")
    return Grafiek(
        soort="staaf",
        titel=titel,
        beschrijving=beschrijving,
        svg=mark_safe("".join(delen)),  # noqa: S308 - all text escaped above
        kolommen=kolommen,
        rijen=rijen if categorieen else [],
        ident=ident,
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
    ident = _ident(ident)
    categorieen = [str(c) for c in categorieen]
    rs = _reeksen(reeksen)
    kolommen, rijen = _tabel(categorienaam, categorieen, rs, decimalen)
    if streefwaarde is not None and not streeflabel:
        streeflabel = f"Doel: {getal(streefwaarde, decimalen)}"
    if basiswaarde is not None and not basislabel:
        basislabel = f"Basis: {getal(basiswaarde, decimalen)}"
    extra = ""
    if basiswaarde is not None:
        extra += f" {basislabel}."
    if streefwaarde is not None:
        extra += f" {streeflabel}."
    beschrijving = beschrijving or _standaard_beschrijving(
        "Lijndiagram", titel, categorieen, rs, eenheid, decimalen, extra
    )
    if klein:
        breedte, hoogte = 320, 150
        links, rechts, boven, onder = 44, 44, 14, 24
    else:
        breedte, hoogte = 640, 300
        links, rechts, boven, onder = 56, 64, 40, 48
    plot_b, plot_h = breedte - links - rechts, hoogte - boven - onder
    waarden = [float(w) for r in rs for w in r.waarden if w is not None]
    for extra_w in (streefwaarde, basiswaarde):
        if extra_w is not None:
            waarden.append(float(extra_w))
    ymax = _nette_max(max(waarden, default=0))
    delen = [_svg_open(ident, breedte, hoogte, titel, beschrijving)]
    delen += _as(ident, links, boven, plot_b, plot_h, ymax, eenheid, decimalen, klein)
    n = len(categorieen)

    def xpos(i):
        return links + (plot_b * (i + 0.5) / n if n else 0)

    stap = 1 if n <= 8 or not klein else math.ceil(n / 6)
    for i, cat in enumerate(categorieen):
        if i % stap == 0 or i == n - 1:
            delen.append(
                f'<text x="{xpos(i):.1f}" y="{boven + plot_h + (16 if klein else 18)}" '
                f'font-size="{11 if klein else 13}" text-anchor="middle" fill="#1a1a1a">'
                f"{escape(cat)}</text>"
            )
    if basiswaarde is not None:
        delen.append(
            _doellijn(
                links, boven, plot_b, plot_h, ymax, basiswaarde, basislabel, klein, "2 3", True
            )
        )
    if streefwaarde is not None:
        delen.append(
            _doellijn(links, boven, plot_b, plot_h, ymax, streefwaarde, streeflabel, klein)
        )
    for r in rs:
        punten = [
            (xpos(i), boven + plot_h - plot_h * float(w) / ymax, w)
            for i, w in enumerate(r.waarden[:n])
            if w is not None
        ]
        if len(punten) > 1:
            pad = " ".join(f"{x:.1f},{y:.1f}" for x, y, _ in punten)
            delen.append(
                f'<polyline points="{pad}" fill="none" stroke="{r.kleur}" stroke-width="2.5" '
                f'stroke-dasharray="{r.lijnstijl}"/>'
            )
        for x, y, _ in punten:
            delen.append(_marker(r, x, y, 3.5 if klein else 4.5))
        if punten:
            x, y, w = punten[-1]
            delen.append(
                f'<text x="{x + 8:.1f}" y="{y + 4:.1f}" font-size="{11 if klein else 12}" '
                f'fill="#1a1a1a" font-weight="bold">{getal(w, decimalen)}</text>'
            )
    if not klein:
        delen.append(_legenda(ident, rs, links, hoogte - 8, lijn=True))
        if eenheid:
            delen.append(
                f'<text x="{links}" y="{boven - 16}" font-size="12" fill="#4a4a4a">'
                f"{escape(eenheid)}</text>"
            )
    delen.append("</svg>")
    return Grafiek(
        soort="lijn",
        titel=titel,
        beschrijving=beschrijving,
        svg=mark_safe("".join(delen)),  # noqa: S308 - all text escaped above
        kolommen=kolommen,
        rijen=rijen if categorieen else [],
        ident=ident,
        klein=klein,
    )


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
    ident = _ident(ident)
    eenheid_tekst = eenheid if eenheid == "%" else f" {eenheid}" if eenheid else ""
    if norm is not None and not normlabel:
        normlabel = f"Norm: {getal(norm, decimalen)}{eenheid_tekst}"
    if waarde is None:
        tekst = "onbekend"
    else:
        tekst = f"{getal(waarde, decimalen)}{eenheid_tekst}"
        if eenheid != "%":
            tekst += f" van {getal(maximum, decimalen)}"
    if beschrijving is None:
        beschrijving = f"{titel}: {tekst}."
        if norm is not None:
            beschrijving += f" {normlabel}."
    breedte, hoogte = 340, 58 if norm is not None else 40
    links, balk_b, balk_h, boven = 2, 230, 22, 6
    maximum_f = float(maximum or 0) or 1.0
    fractie = 0.0 if waarde is None else max(0.0, min(1.0, float(waarde) / maximum_f))
    delen = [
        _svg_open(ident, breedte, hoogte, titel, beschrijving),
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
    delen.append("</svg>")
    rijen = [["Waarde", "onbekend" if waarde is None else getal(waarde, decimalen)]]
    rijen.append(["Maximum", getal(maximum, decimalen)])
    if norm is not None:
        rijen.append(["Norm", getal(norm, decimalen)])
    return Grafiek(
        soort="voortgang",
        titel=titel,
        beschrijving=beschrijving,
        svg=mark_safe("".join(delen)),  # noqa: S308 - all text escaped above
        kolommen=["", f"Waarde ({eenheid})" if eenheid else "Waarde"],
        rijen=rijen,
        ident=ident,
        klein=True,
    )
