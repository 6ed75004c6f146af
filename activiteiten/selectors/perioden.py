"""Reporting periods: which one a lead reports on, and whether an item is updated for it."""

import datetime

from django.utils import timezone

from ..models import Rapportageperiode


def periode_list() -> list[Rapportageperiode]:
    """All reporting periods, oldest first (the dashboard's time travel, the report)."""
    return list(Rapportageperiode.objects.order_by("startdatum"))


def te_rapporteren_periode(vandaag: datetime.date | None = None) -> Rapportageperiode | None:
    """The period a lead reports on today: the earliest one that has started and whose deadline
    has not passed (so in early May the jan–apr tertial is still open until its deadline).
    Outside all periods: the latest one that started (or ``None``)."""
    vandaag = vandaag or timezone.localdate()
    periode = (
        Rapportageperiode.objects.filter(startdatum__lte=vandaag, deadline__gte=vandaag)
        .order_by("startdatum")
        .first()
    )
    if periode is None:
        periode = (
            Rapportageperiode.objects.filter(startdatum__lte=vandaag)
            .order_by("-startdatum")
            .first()
        )
    return periode


def is_bijgewerkt(item, periode: Rapportageperiode | None) -> bool:
    """An item (annotated with ``laatste_datum``) counts as updated for the period when its
    latest update's reporting date falls on or after the period's start."""
    datum = getattr(item, "laatste_datum", None)
    return bool(periode and datum and datum >= periode.startdatum)
