from celery import shared_task

from .herinneringen import herinneringen_versturen as _versturen


@shared_task(name="werkruimte.herinneringen_versturen")
def herinneringen_versturen() -> int:
    """Periodic (CELERY_BEAT_SCHEDULE): idempotent, at most one reminder per lead per period."""
    return _versturen()
