"""Reads for the 2026 dashboard, its drill-down pages, the PDF report and the .xlsx export.

Time travel: every figure is computed "as it stood" at a reference date (``Stand.peildatum``):

* activities and sub-tracks: their latest status update with a reporting date on or before it;
* effect indicators: their latest measurement dated on or before it, read against the
  baseline, target and unit as recorded in their history at the end of the reference date
  (``doelen.selectors.vastgelegd_op``), so a target changed later does not rewrite the past;
* homes started/completed: the yearly realisations up to and including the reference year;
* the housing pipeline (segments, plan status, phase): the projects as recorded in their
  history at the end of the reference date (simple-history ``as_of``), so later edits of a
  project's numbers do not leak into an earlier period;
* "needs attention": judged against the last reporting deadline that had passed by then;
* network: events after the reference date, lobby dossiers as changed up to it.

The current view ("Actueel") uses today as reference date and the projects' current values.

Index: ``stand`` (the reference date and the period selector), ``aandacht`` (the "needs
attention" list), ``woningbouw`` (housing figures and pipeline), ``overzicht`` (the dashboard as
a whole: ``dashboard_get``), ``details`` (the drill-down pages' ``<ding>_get``), ``rapportages``
(the Bestuursrapportages of a programme).

Programmes: every read takes the programme explicitly (``programma``; ``None`` reads every
programme). Goals, indicators, lines, activities, sub-tracks, overdue decisions and reports are
the programme's; the housing pipeline, events and lobby belong to the municipality (shared).
"""

from .aandacht import (
    AandachtItem,
    aandacht_activiteiten,
    aandacht_items,
    aandacht_stroom,
    afspraken_te_laat_op,
    laatste_verstreken_deadline,
)
from .details import activiteit_get, deelspoor_get, indicator_get, lijn_get, tijdlijn
from .overzicht import Dashboard, aandacht_op, dashboard_get, doelen_op, indicatoren_op
from .rapportages import rapportage_list
from .scorekaart import Scorekaart, scorekaart
from .stand import Stand, stand_kiezen, standen
from .woningbouw import Jaarreeksen, PijplijnRij, Woningbouw, woningbouw_op

__all__ = [
    "Scorekaart",
    "scorekaart",
    "aandacht_op",
    "tijdlijn",
    "AandachtItem",
    "Dashboard",
    "Jaarreeksen",
    "PijplijnRij",
    "Stand",
    "Woningbouw",
    "aandacht_activiteiten",
    "aandacht_items",
    "aandacht_stroom",
    "afspraken_te_laat_op",
    "activiteit_get",
    "dashboard_get",
    "deelspoor_get",
    "doelen_op",
    "indicator_get",
    "indicatoren_op",
    "laatste_verstreken_deadline",
    "lijn_get",
    "rapportage_list",
    "stand_kiezen",
    "standen",
    "woningbouw_op",
]
