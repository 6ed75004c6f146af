"""Tasks of the project package, found by Celery's autodiscovery (``<app>.tasks``)."""

from .dashboard.tasks import maak_bestuursrapportage

__all__ = ["maak_bestuursrapportage"]
