"""The "needs attention" list: activities and sub-tracks that are delayed, need attention, or
reported nothing over the last period whose deadline had passed at the reference date; beside it
the motions and commitments (toezeggingen) past their due date (``afspraken_te_laat_op``)."""

from __future__ import annotations

import datetime
from dataclasses import dataclass

from django.utils.formats import date_format

from activiteiten.constants import AANDACHT_STATUSSEN, Status
from activiteiten.models import Rapportageperiode
from activiteiten.selectors import is_demo_afgeleid, status_van
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


def aandacht_lijst(lijnen, deelsporen, periode) -> list[AandachtItem]:
    items = []
    for lijn in lijnen:
        for act in lijn.activiteiten_lijst:
            # An activity reports in its own year (and later while it is still open).
            lopend = periode is not None and act.jaar <= periode.jaar
            redenen = _redenen(act, periode if lopend else None)
            if redenen:
                items.append(
                    _item(
                        act,
                        redenen,
                        soort="Activiteit",
                        titel=act.titel,
                        context=f"{lijn.code} {lijn.naam}",
                        trekker=naam_van(act.trekker or lijn.trekker),
                        is_demo=is_demo_afgeleid(act),
                    )
                )
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
    # Delayed first, then "needs attention", then missed deadlines; oldest report first.
    volgorde = {Status.VERTRAAGD: 0, Status.AANDACHT_NODIG: 1}
    items.sort(key=lambda i: (volgorde.get(i.status, 2), i.datum or datetime.date.min, i.titel))
    return items


def afspraken_te_laat_op(stand) -> list:
    """The motions and commitments past their due date and not settled at the reference date,
    the longest overdue first, with their owner (one query)."""
    return list(besluiten_te_laat(stand.peildatum))
