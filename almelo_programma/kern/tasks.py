"""The kernel's periodic job: the outbox sweep (scheduled in ``CELERY_BEAT_SCHEDULE``)."""

from celery import shared_task

from .uitgaand import uitgaande_taken_versturen


@shared_task(name="kern.uitgaande_taken_versturen", ignore_result=True)
def uitgaande_taken_versturen_taak() -> int:
    """Hand every task the broker missed to it now (exactly once per task)."""
    return uitgaande_taken_versturen()
