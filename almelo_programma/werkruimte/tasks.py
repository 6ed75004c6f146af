import datetime

from celery import shared_task

from .herinneringen import herinneringen_versturen as _versturen


@shared_task(name="werkruimte.herinneringen_versturen")
def herinneringen_versturen(vandaag: str | None = None) -> int:
    """Periodic (CELERY_BEAT_SCHEDULE): idempotent, at most one reminder per lead per period.

    ``vandaag`` (ISO date) is for reruns and tests; by default it is today.
    """
    return _versturen(vandaag=datetime.date.fromisoformat(vandaag) if vandaag else None)
