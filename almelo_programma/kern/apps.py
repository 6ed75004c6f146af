from django.apps import AppConfig


class KernConfig(AppConfig):
    """The kernel: shared helpers, and the outbox of background tasks (``uitgaand.py``)."""

    name = "almelo_programma.kern"
    label = "kern"
    verbose_name = "Kern"
