"""The dashboard as a whole (``dashboard_get``): goals with their indicators and lines, the
"needs attention" list, housing, and the network, all as they stood at the reference date.

The goals, indicators, lines, activities, sub-tracks and overdue decisions are those of one
programme (``programma``: ``None`` reads every programme); the housing pipeline, the events and
the lobby belong to the municipality and are the same on every programme's dashboard."""

from __future__ import annotations

import datetime
from dataclasses import dataclass, field

from django.utils import timezone

from activiteiten.models import Rapportageperiode
from activiteiten.selectors import lijnen_met_totalen, met_laatste_status, samenvatting_lijnen
from almelo_programma.kern.programmas import van_programma
from doelen.models import Doel, Effectindicator, Programma
from doelen.selectors import (
    doel_list,
    indicator_list,
    indicator_voortgang,
    laatste_meting,
    vastgelegd_op,
)
from netwerk.models import Bijeenkomst, Lobbycontact, Lobbydossier
from woondeals.models import Deelspoor, DeelspoorUpdate

from .aandacht import (
    AandachtItem,
    aandacht_items,
    afspraken_te_laat_op,
    laatste_verstreken_deadline,
)
from .stand import Stand
from .woningbouw import Jaarreeksen, Woningbouw, woningbouw_op


@dataclass
class Dashboard:
    stand: Stand
    standen: list[Stand]
    programma: Programma | None
    doelen: list[Doel]
    aandacht: list[AandachtItem]  # the most urgent (all for the report and the export)
    laatste_deadline: Rapportageperiode | None
    woningbouw: Woningbouw
    bijeenkomsten: list
    lobby: list
    deelsporen: list = field(default_factory=list)
    lobbycontacten: list = field(default_factory=list)
    aandacht_aantal: int = 0  # how many need attention in all
    afspraken_te_laat: list = field(default_factory=list)

    @property
    def woningbouw_jaren(self) -> Jaarreeksen:
        """Homes per programme year up to the reference year (at least the first year)."""
        startjaar = self.programma.startjaar if self.programma else 2023
        eindjaar = self.programma.eindjaar if self.programma else 2026
        tot_jaar = max(startjaar, min(self.stand.jaar, eindjaar))
        return self.woningbouw.per_jaar(startjaar, tot_jaar)


def deelsporen_met_status(*, programma, peildatum: datetime.date):
    """The sub-tracks of the woondeal(s) of ``programma`` with their latest status on or before
    ``peildatum``."""
    return met_laatste_status(
        van_programma(Deelspoor.objects.select_related("woondeal", "trekker"), programma),
        DeelspoorUpdate,
        "deelspoor",
        peildatum=peildatum,
    )


def lobby_op(stand: Stand, aantal: int = 5) -> list:
    """The latest changes to lobby dossiers up to the reference date, one per dossier."""
    records = Lobbydossier.history.filter(history_date__lt=stand.einde).order_by("-history_date")
    gezien, uit = set(), []
    for rec in records.only(
        "id", "titel", "slug", "status", "doelwitten", "history_date", "history_type"
    )[:50]:
        if rec.id in gezien:
            continue
        gezien.add(rec.id)
        if rec.history_type != "-":
            uit.append(rec)
        if len(uit) == aantal:
            break
    return uit


def lobbycontacten_op(stand: Stand, aantal: int = 5) -> list:
    """The latest lobby contacts (with their outcome) on or before the reference date."""
    return list(
        Lobbycontact.objects.filter(datum__lte=stand.peildatum)
        .select_related("dossier")
        .order_by("-datum", "-aangemaakt_op")[:aantal]
    )


def bijeenkomsten_na(stand: Stand, aantal: int = 5) -> list:
    vanaf = timezone.now() if stand.actueel else stand.einde
    return list(Bijeenkomst.objects.filter(start__gte=vanaf).order_by("start")[:aantal])


def indicatoren_op(qs, stand: Stand) -> list[Effectindicator]:
    """Indicators from ``qs`` (with ``metingen_zichtbaar``) as they stood: their recorded
    baseline/target/unit for an earlier moment (one more query), latest measurement, progress."""
    indicatoren = list(qs)
    if not stand.actueel:
        vastgelegd_op(indicatoren, moment=stand.einde)
    for ind in indicatoren:
        ind.laatste = laatste_meting(ind)
        ind.voortgang = indicator_voortgang(ind, ind.laatste)
        ind.metingen_oplopend = list(reversed(ind.metingen_zichtbaar))
    return indicatoren


def doelen_op(stand: Stand, *, programma):
    """The goals of ``programma`` with their indicators (latest measurement, progress, history)
    and lines with their totals (not their activities: the totals are computed by the
    database)."""
    indicatoren = indicatoren_op(
        indicator_list(programma=programma, peildatum=stand.peildatum), stand
    )
    lijnen = lijnen_met_totalen(programma=programma, peildatum=stand.peildatum)
    doelen = list(doel_list(programma=programma))
    for doel in doelen:
        doel.indicatoren_lijst = [i for i in indicatoren if i.doel_id == doel.pk]
        doel.lijnen_lijst = [lijn for lijn in lijnen if lijn.doel_id == doel.pk]
        doel.samenvatting = samenvatting_lijnen(lijn.samenvatting for lijn in doel.lijnen_lijst)
    return doelen, lijnen


def aandacht_op(
    *, programma, stand: Stand, perioden
) -> tuple[list[AandachtItem], Rapportageperiode | None]:
    """The whole "needs attention" list of ``programma`` at ``stand`` and the deadline it judges
    by (the page that lists them all; the dashboard shows the most urgent). Two queries."""
    periode = laatste_verstreken_deadline(perioden, stand.peildatum)
    deelsporen = deelsporen_met_status(programma=programma, peildatum=stand.peildatum).order_by(
        "woondeal", "nummer"
    )
    items, _ = aandacht_items(
        programma=programma, peildatum=stand.peildatum, deelsporen=deelsporen, periode=periode
    )
    return items, periode


def dashboard_get(
    *, stand: Stand, keuzes: list[Stand], programma, perioden, aandacht_top: int | None = None
) -> Dashboard:
    """Everything the dashboard of ``programma`` shows; a fixed number of queries whatever the
    data size. ``aandacht_top``: only that many of the most urgent items (with the total);
    ``None``: all of them (the report and the export)."""
    doelen, _ = doelen_op(stand, programma=programma)
    deelsporen = list(
        deelsporen_met_status(programma=programma, peildatum=stand.peildatum).order_by(
            "woondeal", "nummer"
        )
    )
    periode = laatste_verstreken_deadline(perioden, stand.peildatum)
    aandacht, aandacht_aantal = aandacht_items(
        programma=programma,
        peildatum=stand.peildatum,
        deelsporen=deelsporen,
        periode=periode,
        aantal=aandacht_top,
    )
    return Dashboard(
        stand=stand,
        standen=keuzes,
        programma=programma,
        doelen=doelen,
        aandacht=aandacht,
        aandacht_aantal=aandacht_aantal,
        laatste_deadline=periode,
        woningbouw=woningbouw_op(stand),
        bijeenkomsten=bijeenkomsten_na(stand),
        lobby=lobby_op(stand),
        deelsporen=deelsporen,
        lobbycontacten=lobbycontacten_op(stand),
        afspraken_te_laat=afspraken_te_laat_op(stand, programma=programma),
    )
