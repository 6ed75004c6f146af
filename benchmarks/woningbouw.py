"""Benchmark of the housing pages: SQL queries and response time at 1× and 10× demo data.

Run: .venv/bin/python benchmarks/woningbouw.py   (uses a throw-away test database)
"""

import os
import random
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "almelo_programma.settings")
os.environ.setdefault("CELERY_BROKER_URL", "memory://")

import django  # noqa: E402

django.setup()

from django.contrib.auth import get_user_model  # noqa: E402
from django.db import connection  # noqa: E402
from django.test import Client  # noqa: E402
from django.test.utils import CaptureQueriesContext, setup_test_environment  # noqa: E402

PAGINAS = [
    "/werkruimte/woningbouw/",
    "/werkruimte/woningbouw/projecten/",
    "/werkruimte/woningbouw/cijfers/",
    "/werkruimte/woningbouw/gebieden/",
    "/werkruimte/woningbouw/subsidies/",
    "/werkruimte/woningbouw/projecten/export.xlsx",
]


def meet(client, url, herhalingen=5):
    connection.queries_log.clear()  # with DEBUG on, a full log would hide new queries
    with CaptureQueriesContext(connection) as ctx:
        client.get(url)
    start = time.perf_counter()
    for _ in range(herhalingen):
        assert client.get(url).status_code == 200, url
    return len(ctx), (time.perf_counter() - start) / herhalingen * 1000


def main():
    from almelo_programma.laden import laad_demo, laad_programma
    from woondeals.demo import laad_woondeal_demo
    from woondeals.models import Woningbouwproject

    setup_test_environment()
    oude_naam = connection.creation.create_test_db(verbosity=0)
    try:
        laad_programma()
        for schaal in (1, 10):
            laad_demo(schaal=schaal)
            laad_woondeal_demo(random.Random(1), schaal)
            client = Client()
            client.force_login(get_user_model().objects.get(username="programmamanager"))
            n = Woningbouwproject.objects.count()
            print(f"\n{schaal}× demo data: {n} projects")
            for url in PAGINAS:
                queries, ms = meet(client, url)
                print(f"  {url:50} {queries:3d} queries  {ms:7.1f} ms")
    finally:
        connection.creation.destroy_test_db(oude_naam, verbosity=0)


if __name__ == "__main__":
    main()
