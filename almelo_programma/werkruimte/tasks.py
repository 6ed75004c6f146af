import datetime

from celery import shared_task

from .herinneringen import herinneringen_versturen as _versturen
from .uitwisseling import importtaak_verwerken


@shared_task(name="werkruimte.herinneringen_versturen")
def herinneringen_versturen(vandaag: str | None = None) -> int:
    """Periodic (CELERY_BEAT_SCHEDULE): idempotent, at most one reminder per lead per period.

    ``vandaag`` (ISO date) is for reruns and tests; by default it is today.
    """
    return _versturen(vandaag=datetime.date.fromisoformat(vandaag) if vandaag else None)


@shared_task(name="werkruimte.bijwerkblad_importeren", acks_late=True, ignore_result=True)
def bijwerkblad_importeren(taak_id: int) -> None:
    """Import the large update sheet of job ``taak_id`` (idempotent: a job runs once)."""
    importtaak_verwerken(taak_id)
