"""The drill-down pages' reads: one line, activity, sub-track or indicator of a programme as it
stood, with its timeline (the status updates up to the reference date) or its measurements.
An object of another programme is ``None`` here (the view sends the visitor to its own
programme's page)."""

from __future__ import annotations

from django.db.models import QuerySet

from activiteiten.models import Activiteit, Activiteitenlijn
from activiteiten.selectors import lijn_list, met_laatste_status
from almelo_programma.kern.programmas import van_programma
from doelen.models import Effectindicator
from doelen.selectors import indicator_list
from woondeals.models import Deelspoor

from .overzicht import deelsporen_met_status, indicatoren_op
from .stand import Stand


def tijdlijn(obj, *, stand: Stand) -> QuerySet:
    """The updates of an activity or sub-track up to the reference date, newest first (the
    drill-down pages show one page of them)."""
    updates = obj.statusupdates.filter(rapportagedatum__lte=stand.peildatum)
    samen = ["auteur"]
    if any(veld.name == "besluit" for veld in updates.model._meta.fields):
        samen.append("besluit")  # an activity's updates may name a decision
    return updates.select_related(*samen).order_by("-rapportagedatum", "-aangemaakt_op")


def lijn_get(*, programma, slug: str, stand: Stand) -> Activiteitenlijn | None:
    lijnen = lijn_list(
        programma=programma,
        peildatum=stand.peildatum,
        lijnen=Activiteitenlijn.objects.filter(slug=slug),
    )
    return next(iter(lijnen), None)


def activiteit_get(*, programma, slug: str, stand: Stand) -> Activiteit | None:
    activiteiten = met_laatste_status(
        van_programma(
            Activiteit.objects.select_related("lijn__doel", "trekker", "lijn__trekker"), programma
        ),
        peildatum=stand.peildatum,
    )
    return activiteiten.filter(slug=slug).first()


def deelspoor_get(*, programma, slug: str, stand: Stand) -> Deelspoor | None:
    deelsporen = deelsporen_met_status(programma=programma, peildatum=stand.peildatum)
    return deelsporen.filter(slug=slug).first()


def indicator_get(*, programma, slug: str, stand: Stand) -> Effectindicator | None:
    qs = indicator_list(programma=programma, peildatum=stand.peildatum).filter(slug=slug)
    return next(iter(indicatoren_op(qs, stand)), None)
