"""The drill-down pages' reads: one line, activity, sub-track or indicator as it stood, with its
timeline (the status updates up to the reference date) or its measurements."""

from __future__ import annotations

from django.db.models import Prefetch

from activiteiten.models import Activiteit, Activiteitenlijn, Statusupdate
from activiteiten.selectors import lijn_list, met_laatste_status
from doelen.models import Effectindicator
from doelen.selectors import indicator_list
from woondeals.models import Deelspoor, DeelspoorUpdate

from .overzicht import deelsporen_met_status, indicatoren_op
from .stand import Stand


def _met_tijdlijn(qs, update_model, *, slug: str, stand: Stand):
    """The object ``slug`` of ``qs`` with ``tijdlijn``: its updates up to the reference date."""
    updates = update_model.objects.filter(rapportagedatum__lte=stand.peildatum).select_related(
        "auteur"
    )
    return (
        qs.prefetch_related(Prefetch("statusupdates", queryset=updates, to_attr="tijdlijn"))
        .filter(slug=slug)
        .first()
    )


def lijn_get(*, slug: str, stand: Stand) -> Activiteitenlijn | None:
    lijnen = lijn_list(peildatum=stand.peildatum, lijnen=Activiteitenlijn.objects.filter(slug=slug))
    return next(iter(lijnen), None)


def activiteit_get(*, slug: str, stand: Stand) -> Activiteit | None:
    activiteiten = met_laatste_status(
        Activiteit.objects.select_related("lijn__doel", "trekker", "lijn__trekker"),
        peildatum=stand.peildatum,
    )
    return _met_tijdlijn(activiteiten, Statusupdate, slug=slug, stand=stand)


def deelspoor_get(*, slug: str, stand: Stand) -> Deelspoor | None:
    deelsporen = deelsporen_met_status(peildatum=stand.peildatum)
    return _met_tijdlijn(deelsporen, DeelspoorUpdate, slug=slug, stand=stand)


def indicator_get(*, slug: str, stand: Stand) -> Effectindicator | None:
    qs = indicator_list(peildatum=stand.peildatum).filter(slug=slug)
    return next(iter(indicatoren_op(qs, stand)), None)
