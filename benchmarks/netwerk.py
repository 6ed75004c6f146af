"""Benchmark: SQL queries and response time of the netwerk lists at 1× and 10× demo data.

    .venv/bin/python benchmarks/netwerk.py            # SQLite test database, throwaway
    DATABASE_URL=postgres://… .venv/bin/python benchmarks/netwerk.py

Builds a fresh test database per scale with ``laad_programma`` + ``laad_demo(schaal=…)`` +
``laad_netwerk_demo``, then requests each list page as the B-line lead 20 times.
"""

import os
import random
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "almelo_programma.settings")
os.environ.setdefault("CELERY_BROKER_URL", "memory://")

import django  # noqa: E402

django.setup()

from django.conf import settings  # noqa: E402
from django.contrib.auth import get_user_model  # noqa: E402
from django.db import connection  # noqa: E402
from django.test import Client  # noqa: E402
from django.test.utils import setup_test_environment  # noqa: E402

URLS = [
    "/werkruimte/netwerk/partners/",
    "/werkruimte/netwerk/bijeenkomsten/",
    "/werkruimte/netwerk/lobby/",
    "/werkruimte/netwerk/enquetes/",
    "/werkruimte/netwerk/acties/",
]


class Teller:
    """Counts the SQL queries run (a Django execute wrapper)."""

    def __init__(self):
        self.aantal = 0

    def __call__(self, execute, sql, params, many, context):
        self.aantal += 1
        return execute(sql, params, many, context)


def meet(schaal: int) -> list[tuple[str, int, float]]:
    from almelo_programma.laden import laad_demo, laad_programma
    from netwerk.demo import laad_netwerk_demo
    from netwerk.models import Bijeenkomst, Partner

    naam = connection.creation.create_test_db(verbosity=0, autoclobber=True, keepdb=False)
    try:
        settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
        laad_programma()
        laad_demo(schaal=schaal)
        laad_netwerk_demo(random.Random(2026), schaal)
        client = Client()
        client.force_login(get_user_model().objects.get(username="trekker.netwerk"))
        print(
            f"schaal {schaal}: {Partner.objects.count()} partners, "
            f"{Bijeenkomst.objects.count()} bijeenkomsten"
        )
        resultaten = []
        for url in URLS:
            teller = Teller()
            with connection.execute_wrapper(teller):
                assert client.get(url).status_code == 200
            tijden = []
            for _ in range(20):
                t = time.perf_counter()
                client.get(url)
                tijden.append((time.perf_counter() - t) * 1000)
            resultaten.append((url, teller.aantal, statistics.median(tijden)))
        return resultaten
    finally:
        connection.creation.destroy_test_db(naam, verbosity=0)


def main():
    setup_test_environment()
    settings.DEBUG = False  # no query log: it would fill up while loading the demo data
    print(f"database: {connection.vendor}")
    for schaal in (1, 10):
        for url, queries, ms in meet(schaal):
            print(f"  {url:40} {queries:3d} queries  {ms:7.1f} ms (mediaan van 20)")


if __name__ == "__main__":
    main()
