"""The Bestuursrapportages of a programme (the reports page lists the latest)."""

from __future__ import annotations

from django.db.models import QuerySet

from almelo_programma.dashboard.models import Bestuursrapportage
from almelo_programma.kern.programmas import van_programma


def rapportage_list(*, programma) -> QuerySet[Bestuursrapportage]:
    """The reports requested for ``programma`` (``None``: of every programme), newest first."""
    return van_programma(
        Bestuursrapportage.objects.select_related("aangevraagd_door"), programma
    ).order_by("-aangemaakt_op")
