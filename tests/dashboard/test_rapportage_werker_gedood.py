"""A Bestuursrapportage whose worker is killed with SIGKILL mid-job does not stay "bezig"
forever: once the run outlives the task time limit the sweep marks it "mislukt", and a retry is
made by a fresh worker. Real processes: a file SQLite database and a filesystem broker in a
temporary folder, a Celery worker (solo pool) in its own process, killed with ``kill -9``."""

import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

pytestmark = pytest.mark.celery
ROOT = Path(__file__).resolve().parents[2]
TIJDSLIMIET = 3  # CELERY_TASK_TIME_LIMIT of every process in this test (s)

AANVRAGEN = """
import datetime
from almelo_programma.laden import laad_programma
from almelo_programma.dashboard import selectors, services
from doelen.models import Programma
laad_programma()
stand = selectors.Stand("", "Actueel", datetime.date.today())
print(services.bestuursrapportage_aanvragen(programma=Programma.objects.get(), stand=stand).pk)
"""

# The worker of the first run: its PDF step hangs, so it is surely busy when it is killed.
HANGENDE_WERKER = """
import os, sys, time
import django
os.environ["DJANGO_SETTINGS_MODULE"] = "almelo_programma.settings"
django.setup()
from almelo_programma.dashboard import pdf
pdf.pdf_van_html = lambda html: time.sleep(600)
from celery.__main__ import main
sys.argv = ["celery", *sys.argv[1:]]
main()
"""

AFBREKEN = """
from almelo_programma.dashboard.pdf import vastgelopen_rapportages_afbreken
print(vastgelopen_rapportages_afbreken())
"""

OPNIEUW = """
from almelo_programma.dashboard.models import Bestuursrapportage
from almelo_programma.dashboard.services import bestuursrapportage_opnieuw
print(bestuursrapportage_opnieuw(rapport=Bestuursrapportage.objects.get()).status)
"""

WERKER_ARGS = ["-A", "almelo_programma", "worker", "--pool=solo", "--loglevel=WARNING",
               "--without-heartbeat", "--without-gossip", "--without-mingle"]  # fmt: skip


@pytest.fixture
def omgeving(tmp_path):
    env = {
        **os.environ,
        "DATABASE_URL": f"sqlite:///{tmp_path / 'db.sqlite3'}",
        "CELERY_BROKER_URL": "filesystem://",
        "CELERY_BROKER_MAP": str(tmp_path / "broker"),
        "CELERY_TASK_TIME_LIMIT": str(TIJDSLIMIET),
        "CELERY_TASK_SOFT_TIME_LIMIT": str(TIJDSLIMIET - 1),
        "MEDIA_ROOT": str(tmp_path / "media"),
        "PYTHONPATH": str(ROOT),
    }
    env.pop("DJANGO_SETTINGS_MODULE", None)
    subprocess.run(
        [sys.executable, "manage.py", "migrate", "--noinput", "-v0"], env=env, cwd=ROOT, check=True
    )
    return env, tmp_path / "db.sqlite3"


def _shell(env, code) -> str:
    uit = subprocess.run(
        [sys.executable, "manage.py", "shell", "-c", code],
        env=env, cwd=ROOT, check=True, capture_output=True, text=True,
    )  # fmt: skip
    return uit.stdout.strip().splitlines()[-1]


def _rapport(db):
    with sqlite3.connect(db) as verbinding:
        return verbinding.execute(
            "SELECT status, pogingen, foutmelding FROM almelo_programma_bestuursrapportage"
        ).fetchone()


def _wacht_op_status(db, status, seconden):
    einde = time.monotonic() + seconden
    while time.monotonic() < einde:
        if _rapport(db)[0] == status:
            return
        time.sleep(0.05)
    raise AssertionError(f"status bleef {_rapport(db)}, verwacht {status}")


def test_killed_worker_leaves_a_failed_report_that_can_be_retried(omgeving):
    env, db = omgeving
    _shell(env, AANVRAGEN)  # the request, its task on the (filesystem) broker
    assert _rapport(db)[0] == "wachtrij"

    werker = subprocess.Popen(
        [sys.executable, "-c", HANGENDE_WERKER, *WERKER_ARGS], env=env, cwd=ROOT
    )
    try:
        _wacht_op_status(db, "bezig", 60)
    finally:
        os.kill(werker.pid, signal.SIGKILL)  # kill -9 mid-job
        werker.wait(10)
    assert _rapport(db)[0] == "bezig"
    assert _shell(env, AFBREKEN) == "0"  # within the time limit it may still be running

    time.sleep(TIJDSLIMIET + 6)  # the time limit plus the margin
    assert _shell(env, AFBREKEN) == "1"
    status, pogingen, foutmelding = _rapport(db)
    assert status == "mislukt" and pogingen == 1
    assert "langer dan de tijdslimiet" in foutmelding
    assert _shell(env, AFBREKEN) == "0"

    assert _shell(env, OPNIEUW) == "wachtrij"  # the retry, as the button does it
    werker = subprocess.Popen([sys.executable, "-m", "celery", *WERKER_ARGS], env=env, cwd=ROOT)
    try:
        _wacht_op_status(db, "klaar", 120)
    finally:
        werker.terminate()
        werker.wait(30)
    status, pogingen, foutmelding = _rapport(db)
    assert pogingen == 2 and foutmelding == ""
