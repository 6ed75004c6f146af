"""Helpers shared by the werkruimte tests: the Excel update sheet's round trip, waiting for a
real Celery worker, and an e-mail backend that fails once."""

import io
import threading
import time

from celery.signals import task_postrun
from django.core.files.uploadedfile import SimpleUploadedFile
from django.core.mail.backends.locmem import EmailBackend
from django.urls import reverse
from openpyxl import load_workbook

from almelo_programma.werkruimte.uitwisseling import KOLOM

# --- The Excel update sheet: download it, fill in rows, upload it back ---

EXPORT = reverse("werkruimte:excel_export")
IMPORT = reverse("werkruimte:excel_import")


def download(client):
    r = client.get(EXPORT)
    assert r.status_code == 200
    assert r["Content-Type"].startswith("application/vnd.openxmlformats")
    assert r.streaming  # streamed from a file, not built in memory
    return load_workbook(io.BytesIO(b"".join(r.streaming_content)))


def activiteitrijen(wb):
    """The activity rows of the sheet by title."""
    return {row[KOLOM["titel"]].value: row for row in wb["Bijwerken"].iter_rows(min_row=2)}


def vul(row, **waarden):
    for attr, waarde in waarden.items():
        row[KOLOM[attr]].value = waarde


def upload(client, wb):
    buffer = io.BytesIO()
    wb.save(buffer)
    bestand = SimpleUploadedFile("bijwerken.xlsx", buffer.getvalue())
    return client.post(IMPORT, {"bestand": bestand})


# --- Waiting for a real worker to finish tasks (there is no result backend) ---


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


# --- An e-mail backend that fails once: stands in for a worker dying between claim and send ---


class EersteKeerStuk(EmailBackend):
    gefaald = False

    def send_messages(self, messages):
        if not EersteKeerStuk.gefaald:
            EersteKeerStuk.gefaald = True
            raise ConnectionError("mailserver weg (gesimuleerd)")
        return super().send_messages(messages)
