"""Server-rendered SVG charts: no JavaScript, nothing from a CDN, readable in black and white.

Shared by the dashboard, the Bestuursrapportage PDF and the public pages. The API is small and
stable:

``staafdiagram(titel, categorieen, reeksen, *, eenheid="", streefwaarde=None, ...) -> Grafiek``
    Grouped vertical bars, one group per category (e.g. a year), one bar per series.
``lijndiagram(titel, categorieen, reeksen, *, eenheid="", streefwaarde=None, ...) -> Grafiek``
    Lines (e.g. cumulative homes, an indicator's trend) with an optional target line and an
    optional baseline line. ``klein=True`` draws a compact version for use inside a card.
``voortgangsbalk(titel, waarde, maximum=100, *, eenheid="%", norm=None, ...) -> Grafiek``
    One horizontal bar (value of maximum) with an optional norm marker (e.g. 30 %).

``reeksen`` is a list of ``(naam, waarden)`` pairs (or a dict ``{naam: waarden}``);
``waarden`` has one number (or ``None`` for "unknown") per category. Numbers are written in the
one Dutch format of ``kern.getallen``.

Render a chart in a template with::

    {% include "includes/chart.html" with grafiek=grafiek %}

which gives a ``<figure>`` with the SVG (``role="img"`` with ``<title>``/``<desc>``), a text
alternative below it and the data table behind a ``<details>`` disclosure
(``includes/chart_tabel.html``). In Python, ``grafiek.render()`` returns the same HTML.

Black and white: every series has its own fill pattern (solid, hatched, dotted, cross-hatched)
or line style (solid, dashed, dotted) with its own marker shape, values are written next to bars
and line ends, and targets are labelled in text — colour is never the only cue.

Index: ``basis`` (``Grafiek``, ``Reeks``, the plot area and the pieces every chart draws),
``staaf``, ``lijn``, ``voortgang``.
"""

from .basis import Grafiek, Reeks
from .lijn import lijndiagram
from .staaf import staafdiagram
from .voortgang import voortgangsbalk

__all__ = ["Grafiek", "Reeks", "lijndiagram", "staafdiagram", "voortgangsbalk"]
