"""The building blocks of the charts: ``Grafiek`` (the result), ``Reeks`` (a series with its
pattern, colour, line style and marker), the plot area with its axis, legend and reference lines,
and the text alternative and data table every chart carries."""

from __future__ import annotations

import itertools
import math
from dataclasses import dataclass, field

from django.template.loader import render_to_string
from django.utils.html import escape
from django.utils.safestring import SafeString, mark_safe

from ..getallen import Getal, nl_getal

# Dark enough for 3:1 against white (WCAG 1.4.11), distinct in greyscale by pattern anyway.
KLEUREN = ("#0b3d6e", "#8a4b00", "#1e6b34", "#4a4a4a")
PATRONEN = ("vol", "arcering", "stippen", "ruit")
LIJNSTIJLEN = ("", "8 4", "2 3", "12 3 2 3")
MARKERS = ("cirkel", "vierkant", "driehoek", "ruit")
_teller = itertools.count(1)


@dataclass
class Reeks:
    naam: str
    waarden: list[Getal]
    patroon: str = "vol"
    kleur: str = KLEUREN[0]
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


def grafiek_maken(soort: str, titel: str, beschrijving: str, delen: list[str], **kwargs) -> Grafiek:
    """Close the SVG whose pieces are ``delen`` (all text in them escaped) into a ``Grafiek``."""
    svg = mark_safe("".join(delen) + "</svg>")  # noqa: S308 - all text escaped by the callers
    return Grafiek(soort=soort, titel=titel, beschrijving=beschrijving, svg=svg, **kwargs)


def reeksen_maken(reeksen) -> list[Reeks]:
    """``(naam, waarden)`` pairs or a dict, each given the next pattern, colour, style, marker."""
    paren = list(reeksen.items()) if isinstance(reeksen, dict) else list(reeksen)
    uit = []
    for i, (naam, waarden) in enumerate(paren):
        j = i % len(PATRONEN)
        uit.append(
            Reeks(
                naam=str(naam),
                waarden=list(waarden),
                patroon=PATRONEN[j],
                kleur=KLEUREN[j],
                lijnstijl=LIJNSTIJLEN[j],
                marker=MARKERS[j],
            )
        )
    return uit


def nieuw_ident(ident: str | None) -> str:
    return ident or f"grafiek-{next(_teller)}"


def nette_max(waarde: float) -> float:
    """A round axis maximum at or above ``waarde`` (1, 2, 2.5, 5 × 10^n)."""
    if waarde <= 0:
        return 1.0
    macht = 10 ** math.floor(math.log10(waarde))
    for stap in (1, 2, 2.5, 5, 10):
        if waarde <= stap * macht:
            return stap * macht
    return 10 * macht  # pragma: no cover


def label_of(waarde: Getal, label: str, voorvoegsel: str, decimalen: int) -> str:
    """``label``, or "<voorvoegsel>: <waarde>" when no label is given."""
    return label or f"{voorvoegsel}: {nl_getal(waarde, decimalen)}"


# --- text alternative and data table ----------------------------------------------------------


def tabel(categorienaam: str, categorieen, reeksen: list[Reeks], decimalen: int):
    kolommen = [categorienaam] + [r.naam for r in reeksen]
    rijen = []
    for i, cat in enumerate(categorieen):
        rijen.append([str(cat)] + [nl_getal(r.waarden[i], decimalen) for r in reeksen])
    return kolommen, rijen


def standaard_beschrijving(soort, titel, categorieen, reeksen, eenheid, decimalen, extra=""):
    if not categorieen:
        return f"{soort} “{titel}”: nog geen gegevens."
    delen = []
    for r in reeksen:
        punten = ", ".join(
            f"{cat}: {nl_getal(w, decimalen)}"
            for cat, w in zip(categorieen, r.waarden, strict=False)
            if w is not None
        )
        delen.append(f"{r.naam} — {punten or 'geen waarden'}")
    eenheid_tekst = f" (in {eenheid})" if eenheid else ""
    return f"{soort} “{titel}”{eenheid_tekst}. " + "; ".join(delen) + "." + extra


@dataclass
class Gegevens:
    """What a bar or line chart shows, in text: categories, series, table and description."""

    categorieen: list[str]
    reeksen: list[Reeks]
    kolommen: list[str]
    rijen: list[list[str]]
    beschrijving: str


def gegevens_maken(
    soort, titel, categorieen, reeksen, *, eenheid, categorienaam, decimalen, beschrijving, labels
) -> Gegevens:
    """The series, the data table and (unless given) the description, which ends with the
    ``labels`` of the reference lines."""
    categorieen = [str(c) for c in categorieen]
    rs = reeksen_maken(reeksen)
    kolommen, rijen = tabel(categorienaam, categorieen, rs, decimalen)
    extra = "".join(f" {label}." for label in labels)
    beschrijving = beschrijving or standaard_beschrijving(
        soort, titel, categorieen, rs, eenheid, decimalen, extra
    )
    return Gegevens(categorieen, rs, kolommen, rijen, beschrijving)


# --- SVG pieces ---------------------------------------------------------------------------------


def svg_open(ident: str, breedte: int, hoogte: int, titel: str, beschrijving: str) -> str:
    """The chart scales to its container: the viewBox fixes the drawing's proportions, the
    width is the container's (reflow at 320 px, WCAG 1.4.10), the height follows."""
    return (
        f'<svg class="grafiek" xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {breedte} '
        f'{hoogte}" width="100%" role="img" '
        f'aria-labelledby="{ident}-titel {ident}-desc" font-family="Arial, sans-serif">'
        f'<title id="{ident}-titel">{escape(titel)}</title>'
        f'<desc id="{ident}-desc">{escape(beschrijving)}</desc>'
    )


def patronen_defs(ident: str, reeksen: list[Reeks]) -> str:
    """The fill patterns (hatched, dotted, cross-hatched) of the bar series."""
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


def vulling(ident: str, r: Reeks) -> str:
    return r.kleur if r.patroon == "vol" else f"url(#{ident}-{r.patroon})"


def marker(r: Reeks, x: float, y: float, grootte: float = 4.5) -> str:
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


def legenda(ident: str, reeksen: list[Reeks], x: float, y: float, lijn: bool) -> str:
    delen = []
    for r in reeksen:
        if lijn:
            delen.append(
                f'<line x1="{x}" y1="{y - 4}" x2="{x + 22}" y2="{y - 4}" stroke="{r.kleur}" '
                f'stroke-width="2.5" stroke-dasharray="{r.lijnstijl}"/>'
                f"{marker(r, x + 11, y - 4)}"
            )
        else:
            delen.append(
                f'<rect x="{x}" y="{y - 12}" width="16" height="14" fill="{vulling(ident, r)}" '
                f'stroke="{r.kleur}" stroke-width="1.5"/>'
            )
        delen.append(f'<text x="{x + 28}" y="{y}" font-size="13" fill="#1a1a1a">')
        delen.append(f"{escape(r.naam)}</text>")
        x += 40 + 7.2 * len(r.naam)
    return "".join(delen)


# --- the plot area of the bar and line charts -------------------------------------------------


@dataclass
class Vlak:
    """The plot area of a chart with a value axis: its size, margins and the axis maximum."""

    breedte: int
    hoogte: int
    links: int
    rechts: int
    boven: int
    onder: int
    ymax: float
    klein: bool = False

    @classmethod
    def voor(cls, reeksen: list[Reeks], extra: tuple, *maten: int, klein=False) -> Vlak:
        """The area of ``maten`` (width, height, left, right, top, bottom margin) with room for
        every value of ``reeksen`` and the reference values in ``extra`` (``None`` skipped)."""
        waarden = [float(w) for r in reeksen for w in r.waarden if w is not None]
        waarden += [float(w) for w in extra if w is not None]
        return cls(*maten, ymax=nette_max(max(waarden, default=0)), klein=klein)

    @property
    def plot_b(self) -> int:
        return self.breedte - self.links - self.rechts

    @property
    def plot_h(self) -> int:
        return self.hoogte - self.boven - self.onder

    def y(self, waarde) -> float:
        return self.boven + self.plot_h - self.plot_h * float(waarde) / self.ymax

    def as_lijnen(self, decimalen: int, aantal: int = 4) -> list[str]:
        """Grid lines with their values (only the ends when small) and the base line."""
        links, boven, plot_b, plot_h = self.links, self.boven, self.plot_b, self.plot_h
        klein = self.klein
        delen = []
        for i in range(aantal + 1):
            w = self.ymax * i / aantal
            y = boven + plot_h - plot_h * i / aantal
            delen.append(
                f'<line x1="{links}" y1="{y:.1f}" x2="{links + plot_b}" y2="{y:.1f}" '
                f'stroke="#d0d0d0" stroke-width="1"/>'
            )
            if not klein or i in (0, aantal):
                getal = nl_getal(w, decimalen if self.ymax < 10 else 0)
                delen.append(
                    f'<text x="{links - 6}" y="{y + 4:.1f}" font-size="{11 if klein else 12}" '
                    f'text-anchor="end" fill="#4a4a4a">{getal}</text>'
                )
        delen.append(
            f'<line x1="{links}" y1="{boven + plot_h}" x2="{links + plot_b}" '
            f'y2="{boven + plot_h}" stroke="#1a1a1a" stroke-width="1.5"/>'
        )
        return delen

    def referentielijn(self, waarde, label, stijl="6 4", links_label=False) -> str:
        """A labelled horizontal reference line (target at the right, baseline at the left)."""
        y = self.y(waarde)
        links, plot_b = self.links, self.plot_b
        x, anker = (links + 4, "start") if links_label else (links + plot_b - 4, "end")
        return (
            f'<line x1="{links}" y1="{y:.1f}" x2="{links + plot_b}" y2="{y:.1f}" '
            f'stroke="#1a1a1a" stroke-width="2" stroke-dasharray="{stijl}"/>'
            f'<text x="{x}" y="{y - 5:.1f}" font-size="{11 if self.klein else 12}" '
            f'text-anchor="{anker}" fill="#1a1a1a" font-weight="bold">{escape(label)}</text>'
        )

    def eenheid_label(self, eenheid: str) -> str:
        """The unit above the value axis ("" without a unit)."""
        if not eenheid:
            return ""
        return (
            f'<text x="{self.links}" y="{self.boven - 16}" font-size="12" fill="#4a4a4a">'
            f"{escape(eenheid)}</text>"
        )
