from celery import shared_task

from . import pdf


@shared_task(acks_late=True, ignore_result=True)
def maak_bestuursrapportage(rapport_id: int) -> None:
    """Make the Bestuursrapportage PDF of report ``rapport_id`` (idempotent)."""
    pdf.bestuursrapportage_maken(rapport_id=rapport_id)


@shared_task(name="dashboard.vastgelopen_rapportages_afbreken", ignore_result=True)
def vastgelopen_rapportages_afbreken() -> int:
    """Mark runs that outlived the task time limit as failed, so they can be retried."""
    return pdf.vastgelopen_rapportages_afbreken()
