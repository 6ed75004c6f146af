"""Making the Bestuursrapportage PDF: the work of the task ``maak_bestuursrapportage``.

The dashboard of the report's programme (``rapport.programma``, an archived one too) with its
figures and charts at the report's date, rendered to HTML (links built with that programme's
addresses, ``programma_urls``) and by WeasyPrint to PDF. Idempotent, and every failure is
recorded on the report as "mislukt".
"""

from __future__ import annotations

import datetime
import logging

from django.conf import settings
from django.core.files.base import ContentFile
from django.db import transaction
from django.template.loader import render_to_string
from django.utils import timezone

from activiteiten.selectors import periode_list
from almelo_programma.dashboard.models import Bestuursrapportage, RapportStatus
from almelo_programma.kern.pdf import pdf_van_html
from almelo_programma.programmakeuze import programma_urls

from . import selectors
from .grafieken import grafieken_toevoegen

logger = logging.getLogger(__name__)


def _stap(rapport: Bestuursrapportage, voortgang: int, stap: str) -> None:
    rapport.voortgang = voortgang
    rapport.stap = stap
    Bestuursrapportage.objects.filter(pk=rapport.pk).update(voortgang=voortgang, stap=stap)


def rapport_html(rapport: Bestuursrapportage) -> str:
    """The report's HTML: the dashboard of its programme, figures and charts as they stood at
    its date."""
    stand = selectors.Stand(rapport.stand, rapport.stand_label, rapport.peildatum)
    perioden = periode_list()
    programma = rapport.programma
    gegevens = selectors.dashboard_get(
        stand=stand, keuzes=[stand], programma=programma, perioden=perioden
    )
    grafieken_toevoegen(gegevens)
    with programma_urls(programma):
        return render_to_string(
            "dashboard/rapport_pdf.html",
            {"d": gegevens, "stand": stand, "rapport": rapport, "gemaakt_op": timezone.now()},
        )


# A run is given up this long after the task time limit (the worker has killed it by then).
MARGE_SECONDEN = 5
VASTGELOPEN = (
    "Het maken van de pdf duurde langer dan de tijdslimiet en is afgebroken, bijvoorbeeld doordat "
    "de achtergrondwerker stopte. Probeer het opnieuw."
)


def _grens() -> datetime.datetime:
    """Runs started before this moment have outlived ``CELERY_TASK_TIME_LIMIT``."""
    return timezone.now() - datetime.timedelta(
        seconds=settings.CELERY_TASK_TIME_LIMIT + MARGE_SECONDEN
    )


def vastgelopen_rapportages_afbreken(*, rapport_id: int | None = None) -> int:
    """Mark as "mislukt" every run still "bezig" after the task time limit (its worker was
    killed, e.g. ``kill -9``, or hit the hard limit), so the page says so and offers a retry.
    Called by the periodic task and when a report's page is viewed; returns how many."""
    vastgelopen = Bestuursrapportage.objects.filter(
        status=RapportStatus.BEZIG, gestart_op__lt=_grens()
    )
    if rapport_id is not None:
        vastgelopen = vastgelopen.filter(pk=rapport_id)
    aantal = vastgelopen.update(
        status=RapportStatus.MISLUKT, foutmelding=VASTGELOPEN, stap="Mislukt"
    )
    if aantal:
        logger.warning("%s vastgelopen bestuursrapportage(s) als mislukt gemarkeerd", aantal)
    return aantal


def bestuursrapportage_maken(*, rapport_id: int) -> Bestuursrapportage | None:
    """Make the PDF of a queued report. Idempotent: a finished report is not made again.

    Any error is recorded on the report (status "mislukt") so the page can say so and offer a
    retry; it is logged, not re-raised, so the worker does not redeliver it forever.
    """
    with transaction.atomic():
        rapport = Bestuursrapportage.objects.select_for_update().filter(pk=rapport_id).first()
        if rapport is None or rapport.status == RapportStatus.KLAAR:
            return rapport
        if rapport.status == RapportStatus.BEZIG and rapport.gestart_op >= _grens():
            return rapport  # another worker is making it now (a redelivered message)
        rapport.status = RapportStatus.BEZIG
        rapport.gestart_op = timezone.now()
        rapport.pogingen += 1
        rapport.voortgang = 5
        rapport.stap = "Gestart"
        rapport.save(update_fields=["status", "gestart_op", "pogingen", "voortgang", "stap"])
    try:
        _stap(rapport, 20, "Cijfers en grafieken verzamelen")
        html = rapport_html(rapport)
        _stap(rapport, 60, "Pdf opmaken")
        pdf = pdf_van_html(html)
        _stap(rapport, 90, "Bestand opslaan")
        with transaction.atomic():
            if rapport.bestand:
                rapport.bestand.delete(save=False)
            rapport.bestand.save(rapport.bestandsnaam, ContentFile(pdf), save=False)
            rapport.status = RapportStatus.KLAAR
            rapport.voortgang = 100
            rapport.stap = "Klaar"
            rapport.foutmelding = ""
            rapport.klaar_op = timezone.now()
            rapport.save()
    except Exception as exc:  # noqa: BLE001 - every failure must reach the user as "mislukt"
        logger.exception("Bestuursrapportage %s mislukt", rapport_id)
        Bestuursrapportage.objects.filter(pk=rapport_id).update(
            status=RapportStatus.MISLUKT,
            foutmelding=f"{type(exc).__name__}: {exc}"[:1000],
            stap="Mislukt",
        )
        rapport.refresh_from_db()
    return rapport
