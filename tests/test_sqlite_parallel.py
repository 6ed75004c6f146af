"""The embedded SQLite database takes a team's parallel saves: 20 status updates posted at the
same moment against a running server (``manage.py runserver``, threaded, as ``make run``) on a
file database all succeed and are all stored. The test makes its own file database; the rest of
the suite runs on in-memory SQLite or on PostgreSQL."""

import json
import os
import socket
import sqlite3
import subprocess
import sys
import time
import urllib.error
import urllib.request
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
AANTAL = 20

INRICHTEN = """
from almelo_programma.werkruimte.services import apitoken_create
from almelo_programma.laden import laad_programma
from activiteiten.models import Activiteitenlijn
from tests.factories import ActiviteitFactory, UserFactory
laad_programma()
manager = UserFactory(username="pm.parallel", rol="programmamanager")
for n in range({aantal}):
    ActiviteitFactory(lijn=Activiteitenlijn.objects.get(code="A1"), jaar=2025, slug=f"par-{{n}}")
print(apitoken_create(user=manager, naam='parallel')[1])
"""


def _vrije_poort() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture
def server_op_sqlite_bestand(tmp_path):
    db = tmp_path / "db.sqlite3"
    omgeving = {
        **os.environ,
        "DATABASE_URL": f"sqlite:///{db}",
        "CELERY_BROKER_URL": "memory://",
        "DJANGO_DEBUG": "true",
        "PYTHONPATH": str(ROOT),
    }
    omgeving.pop("DJANGO_SETTINGS_MODULE", None)
    manage = [sys.executable, str(ROOT / "manage.py")]
    subprocess.run([*manage, "migrate", "--noinput", "-v0"], env=omgeving, cwd=ROOT, check=True)
    token = subprocess.run(
        [*manage, "shell", "-c", INRICHTEN.format(aantal=AANTAL)],
        env=omgeving, cwd=ROOT, check=True, capture_output=True, text=True,
    ).stdout.strip().splitlines()[-1]  # fmt: skip
    poort = _vrije_poort()
    server = subprocess.Popen(
        [*manage, "runserver", "--noreload", f"127.0.0.1:{poort}"],
        env=omgeving, cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
    )  # fmt: skip
    url = f"http://127.0.0.1:{poort}"
    try:
        for _ in range(100):
            try:
                urllib.request.urlopen(f"{url}/health/", timeout=2)
                break
            except (urllib.error.URLError, ConnectionError):
                time.sleep(0.2)
        yield url, token, db
    finally:
        server.terminate()
        server.wait(10)


def _post(url, token, n):
    body = json.dumps(
        {"activiteit": f"par-{n % AANTAL}", "status": "vertraagd", "voortgang": 30,
         "toelichting": f"Parallel {n}", "rapportagedatum": "2025-04-30"}
    ).encode()  # fmt: skip
    verzoek = urllib.request.Request(
        f"{url}/api/v1/statusupdates/",
        data=body,
        headers={"Authorization": f"Token {token}", "Content-Type": "application/json"},
        method="POST",
    )
    try:
        with urllib.request.urlopen(verzoek, timeout=60) as antwoord:
            return antwoord.status
    except urllib.error.HTTPError as fout:
        return fout.code


def test_twenty_parallel_posts_all_succeed_and_are_stored(server_op_sqlite_bestand):
    url, token, db = server_op_sqlite_bestand
    with ThreadPoolExecutor(AANTAL) as pool:
        codes = list(pool.map(lambda n: _post(url, token, n), range(AANTAL)))
    assert codes == [201] * AANTAL
    with sqlite3.connect(db) as verbinding:
        assert verbinding.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
        opgeslagen = verbinding.execute(
            "SELECT toelichting FROM activiteiten_statusupdate WHERE toelichting LIKE 'Parallel %'"
        ).fetchall()
        taken = verbinding.execute(
            "SELECT COUNT(*) FROM kern_uitgaandetaak WHERE taak = 'activiteiten.volgers_informeren'"
        ).fetchone()[0]
    assert sorted(t for (t,) in opgeslagen) == sorted(f"Parallel {n}" for n in range(AANTAL))
    assert taken == AANTAL  # each change to "vertraagd" recorded its follower task, none lost
