from celery import shared_task

from .uitwisseling import importtaak_verwerken


@shared_task(name="woondeals.projecten_importeren", acks_late=True, ignore_result=True)
def projecten_importeren(taak_id: int) -> None:
    """Import the large project list of job ``taak_id`` (idempotent: a job runs once)."""
    importtaak_verwerken(taak_id)
