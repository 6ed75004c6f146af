"""Writes of the dashboard: requesting and retrying the Bestuursrapportage PDF (made by the task
in ``tasks.py`` with ``pdf.py``)."""

from __future__ import annotations

from django.db import transaction

from almelo_programma.dashboard.models import Bestuursrapportage, RapportStatus
from almelo_programma.kern.uitgaand import taak_vastleggen

from . import selectors
from .tasks import maak_bestuursrapportage


def _in_wachtrij(rapport: Bestuursrapportage) -> None:
    taak_vastleggen(maak_bestuursrapportage, rapport.pk)


@transaction.atomic
def bestuursrapportage_aanvragen(
    *, programma, stand: selectors.Stand, door=None
) -> Bestuursrapportage:
    """Store a PDF request for ``stand`` of ``programma`` and queue the task that makes it."""
    rapport = Bestuursrapportage(
        programma=programma,
        stand=stand.sleutel,
        stand_label=stand.label,
        peildatum=stand.peildatum,
        aangevraagd_door=door,
    )
    rapport.full_clean()
    rapport.save()
    _in_wachtrij(rapport)
    return rapport


@transaction.atomic
def bestuursrapportage_opnieuw(*, rapport: Bestuursrapportage) -> Bestuursrapportage:
    """Retry a failed run; a run that is queued, busy or done is left alone."""
    rapport = Bestuursrapportage.objects.select_for_update().get(pk=rapport.pk)
    if rapport.status != RapportStatus.MISLUKT:
        return rapport
    rapport.status = RapportStatus.WACHTRIJ
    rapport.voortgang = 0
    rapport.stap = ""
    rapport.foutmelding = ""
    rapport.full_clean()
    rapport.save()
    _in_wachtrij(rapport)
    return rapport
