"""The "needs attention" list: activities and sub-tracks that are delayed, need attention, or
reported nothing over the last period whose deadline had passed at the reference date; beside it
the motions and commitments (toezeggingen) past their due date (``afspraken_te_laat_op``)."""

from __future__ import annotations

import datetime
import heapq
from collections.abc import Iterator
from dataclasses import dataclass

from django.db.models import Case, Count, F, IntegerField, Q, QuerySet, Value, When, Window
from django.utils.formats import date_format

from activiteiten.constants import AANDACHT_STATUSSEN, Status
from activiteiten.models import Rapportageperiode
from activiteiten.selectors import activiteit_list, is_demo_afgeleid, status_van
from besluiten.selectors import besluiten_te_laat

AFGESLOTEN = (Status.AFGEROND, Status.GESTOPT)


@dataclass
class AandachtItem:
    soort: str  # "Activiteit" / "Deelspoor"
    titel: str
    context: str  # line code and name / woondeal
    slug: str
    trekker: str
    status: str
    status_label: str
    datum: datetime.date | None
    redenen: list[str]
    is_demo: bool = False


def naam_van(user) -> str:
    if user is None:
        return "Geen trekker"
    return user.get_full_name() or user.get_username()


def laatste_verstreken_deadline(
    perioden: list[Rapportageperiode], peildatum: datetime.date
) -> Rapportageperiode | None:
    verstreken = [p for p in perioden if p.deadline <= peildatum]
    return max(verstreken, key=lambda p: p.deadline) if verstreken else None


def _mist_deadline(item, periode: Rapportageperiode | None) -> bool:
    """Running, not closed, and nothing reported on or after the start of that period."""
    if periode is None or status_van(item) in AFGESLOTEN:
        return False
    datum = getattr(item, "laatste_datum", None)
    return datum is None or datum < periode.startdatum


def _redenen(item, periode) -> list[str]:
    redenen = []
    status = status_van(item)
    if status in AANDACHT_STATUSSEN:
        redenen.append(f"Status: {Status(status).label.lower()}")
    if _mist_deadline(item, periode):
        redenen.append(
            f"Geen voortgang over {periode.get_soort_display().lower()} {periode.nummer} "
            f"{periode.jaar} (deadline {date_format(periode.deadline, 'j F Y')})"
        )
    return redenen


def _item(item, redenen: list[str], **velden) -> AandachtItem:
    """The row of ``item`` (an activity or sub-track with its latest status)."""
    status = status_van(item)
    return AandachtItem(
        slug=item.slug,
        status=status,
        status_label=Status(status).label,
        datum=item.laatste_datum,
        redenen=redenen,
        **velden,
    )


def _activiteit_item(act, periode) -> AandachtItem | None:
    """The row of an activity (with its latest status and its line), or None when it needs no
    attention. An activity reports in its own year (and later while it is still open)."""
    lopend = periode is not None and act.jaar <= periode.jaar
    redenen = _redenen(act, periode if lopend else None)
    if not redenen:
        return None
    lijn = act.lijn
    return _item(
        act,
        redenen,
        soort="Activiteit",
        titel=act.titel,
        context=f"{lijn.code} {lijn.naam}",
        trekker=naam_van(act.trekker or lijn.trekker),
        is_demo=is_demo_afgeleid(act),
    )


def _deelspoor_items(deelsporen, periode) -> list[AandachtItem]:
    items = []
    for spoor in deelsporen:
        redenen = _redenen(spoor, periode)
        if redenen:
            items.append(
                _item(
                    spoor,
                    redenen,
                    soort="Deelspoor",
                    titel=f"{spoor.nummer}. {spoor.naam}",
                    context=str(spoor.woondeal),
                    trekker=naam_van(spoor.trekker),
                    is_demo=bool(getattr(spoor, "laatste_is_demo", False)),
                )
            )
    return items


# Delayed first, then "needs attention", then missed deadlines; oldest report first.
_URGENTIE = {Status.VERTRAAGD: 0, Status.AANDACHT_NODIG: 1}


def _volgorde(item: AandachtItem):
    return (_URGENTIE.get(item.status, 2), item.datum or datetime.date.min, item.titel)


def aandacht_activiteiten(*, programma, peildatum: datetime.date, periode) -> QuerySet:
    """The activities of ``programma`` that need attention at ``peildatum`` (the rule of
    ``_redenen``), most urgent first (the order of ``_volgorde``), as a query: the database
    filters and sorts them, so a page of them costs the page, not the number of activities."""
    qs = activiteit_list(programma=programma, peildatum=peildatum).select_related("lijn__trekker")
    nodig = Q(laatste_status__in=AANDACHT_STATUSSEN)
    if periode is not None:
        nodig |= (
            Q(jaar__lte=periode.jaar)
            & (Q(laatste_status__isnull=True) | ~Q(laatste_status__in=AFGESLOTEN))
            & (Q(laatste_datum__isnull=True) | Q(laatste_datum__lt=periode.startdatum))
        )
    urgentie = Case(
        *(When(laatste_status=status, then=Value(n)) for status, n in _URGENTIE.items()),
        default=Value(2),
        output_field=IntegerField(),
    )
    return (
        qs.filter(nodig)
        .annotate(urgentie=urgentie)
        .order_by(
            "urgentie", F("laatste_datum").asc(nulls_first=True), "titel", "lijn__code", "jaar"
        )
    )


def aandacht_stroom(
    *, programma, peildatum: datetime.date, deelsporen, periode
) -> Iterator[AandachtItem]:
    """Every item of ``programma`` that needs attention, most urgent first, read from the
    database in chunks (the export: memory stays flat however many there are); ``deelsporen``
    are the programme's sub-tracks (``deelsporen_met_status``)."""
    activiteiten = aandacht_activiteiten(programma=programma, peildatum=peildatum, periode=periode)
    items = (
        item
        for act in activiteiten.iterator(chunk_size=500)
        if (item := _activiteit_item(act, periode))
    )
    sporen = sorted(_deelspoor_items(deelsporen, periode), key=_volgorde)
    return heapq.merge(items, sporen, key=_volgorde)


def aandacht_items(
    *, programma, peildatum: datetime.date, deelsporen, periode, aantal: int | None = None
) -> tuple[list[AandachtItem], int]:
    """The ``aantal`` most urgent items (all when None) of the activities of ``programma`` and
    sub-tracks (``deelsporen``: the programme's, with their latest status; a handful) that need
    attention, and how many there are in all: one query for the activities (their total comes
    with them, counted by a window function)."""
    qs = aandacht_activiteiten(programma=programma, peildatum=peildatum, periode=periode)
    if aantal is not None:
        qs = qs.annotate(aantal_in_totaal=Window(Count("pk")))[:aantal]
    activiteiten = list(qs)
    items = [item for act in activiteiten if (item := _activiteit_item(act, periode))]
    sporen = _deelspoor_items(deelsporen, periode)
    if aantal is None:
        totaal = len(items)
    else:
        totaal = activiteiten[0].aantal_in_totaal if activiteiten else 0
    items = sorted(items + sporen, key=_volgorde)
    return (items if aantal is None else items[:aantal]), totaal + len(sporen)


def afspraken_te_laat_op(stand, *, programma) -> list:
    """The motions and commitments of ``programma`` past their due date and not settled at the
    reference date, the longest overdue first, with their owner (one query)."""
    return list(besluiten_te_laat(stand.peildatum, programma=programma))
