"""Waiting for a real worker to finish tasks (there is no result backend)."""

import threading
import time

from celery.signals import task_postrun


class Klaar:
    """Counts finished tasks by name; ``wacht(naam, n)`` blocks until n have finished."""

    def __init__(self):
        self.aantallen = {}
        self.lock = threading.Condition()

    def __enter__(self):
        task_postrun.connect(self._klaar, weak=False)
        return self

    def __exit__(self, *exc):
        task_postrun.disconnect(self._klaar)

    def _klaar(self, sender=None, **kwargs):
        with self.lock:
            self.aantallen[sender.name] = self.aantallen.get(sender.name, 0) + 1
            self.lock.notify_all()

    def wacht(self, naam: str, n: int, timeout: float = 20):
        eind = time.monotonic() + timeout
        with self.lock:
            while self.aantallen.get(naam, 0) < n:
                rest = eind - time.monotonic()
                assert rest > 0, f"{naam}: {self.aantallen.get(naam, 0)} van {n} taken klaar"
                self.lock.wait(rest)
