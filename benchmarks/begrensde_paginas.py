"""Benchmark: median time of the pages whose cost should be the size of what they show.

The werkruimte list (as the programme manager), the dashboard (as an alderman), and one activity
with 5,000 status updates and 5,000 audit-history records on its werkruimte page, its public page
and its dashboard drill-down. Against PostgreSQL, production mode:

    psql -h 127.0.0.1 -U postgres -c 'CREATE DATABASE almelo_bench100' postgres
    DATABASE_URL=postgres://postgres@127.0.0.1:5432/almelo_bench100 \\
        .venv/bin/python benchmarks/begrensde_paginas.py --schaal 100 --herhalingen 30

It migrates, loads the programme and the demo data at the given scale when the database has none
yet, and bulk-inserts the 5,000 updates (and their history) once, on the first demo activity.
"""

import argparse
import datetime
import os
import statistics
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "almelo_programma.settings")
os.environ.setdefault("CELERY_BROKER_URL", "memory://")
os.environ.setdefault("DJANGO_DEBUG", "false")
os.environ.setdefault("SECRET_KEY", "benchmark-only-not-secret")
os.environ.setdefault("ALLOWED_HOSTS", "testserver")
os.environ.setdefault("SECURE_SSL_REDIRECT", "false")
os.environ.setdefault("PUBLIEK_CACHE_SECONDEN", "0")  # time the page, not the cache
os.environ.setdefault("STATIC_ROOT", tempfile.mkdtemp(prefix="almelo-bench-static-"))

AANTAL_UPDATES = 5000


def _veel_updates(activiteit):
    """5,000 published updates of ``activiteit`` and as many history records, by bulk insert."""
    from activiteiten.constants import Status
    from activiteiten.models import Statusupdate
    from activiteiten.services import laatste_updates_bijwerken

    if activiteit.statusupdates.count() >= AANTAL_UPDATES:
        return
    begin = datetime.date(2023, 1, 1)
    updates = [
        Statusupdate(
            activiteit=activiteit,
            rapportagedatum=begin + datetime.timedelta(days=i % 1000),
            status=Status.OP_SCHEMA,
            voortgang=i % 100,
            toelichting=f"Demo: bulk-update {i}",
            gepubliceerd=True,
            is_demo=True,
        )
        for i in range(AANTAL_UPDATES)
    ]
    Statusupdate.objects.bulk_create(updates, batch_size=1000)
    laatste_updates_bijwerken([activiteit.pk])
    Historisch = activiteit.history.model
    velden = [f.attname for f in Historisch._meta.fields if hasattr(activiteit, f.attname)]
    velden = [v for v in velden if not v.startswith("history_")]
    nu = datetime.datetime.now(datetime.UTC)
    Historisch.objects.bulk_create(
        [
            Historisch(
                **{v: getattr(activiteit, v) for v in velden},
                history_date=nu - datetime.timedelta(minutes=AANTAL_UPDATES - i),
                history_type="~",
            )
            for i in range(AANTAL_UPDATES)
        ],
        batch_size=1000,
    )


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--schaal", type=int, default=100)
    parser.add_argument("--herhalingen", type=int, default=30)
    args = parser.parse_args()

    import hulp  # sets up Django (test environment, DEBUG off)
    from django.conf import settings
    from django.core.management import call_command
    from django.db import connection
    from django.test import Client

    from activiteiten.models import Activiteit

    settings.ALLOWED_HOSTS = ["testserver"]
    call_command("collectstatic", interactive=False, verbosity=0)
    hulp.demo_laden(args.schaal)
    activiteit = Activiteit.objects.filter(is_demo=True, openbaar=True).order_by("pk").first()
    _veel_updates(activiteit)
    print(
        f"database: {connection.vendor} · {Activiteit.objects.count()} activiteiten · "
        f"{activiteit.statusupdates.count()} updates op {activiteit.slug}"
    )

    beheer, wethouder, publiek = Client(), Client(), Client()
    assert beheer.login(username="programmamanager", password="demo-almelo-2026")
    assert wethouder.login(username="wethouder", password="demo-almelo-2026")
    pagina_s = [
        (beheer, "/werkruimte/"),
        (beheer, "/werkruimte/?jaar="),
        (wethouder, "/dashboard/"),
        (beheer, f"/werkruimte/activiteiten/{activiteit.slug}/"),
        (wethouder, f"/dashboard/activiteiten/{activiteit.slug}/"),
        (publiek, f"/activiteiten/{activiteit.slug}/"),
    ]
    for client, url in pagina_s:
        for _ in range(3):  # warm up
            assert client.get(url).status_code == 200, url
        queries, tijden = hulp.meet(client, url, args.herhalingen)
        tijden.sort()
        grootte = len(client.get(url).content) // 1024
        print(
            f"{url[:60]:60} mediaan {statistics.median(tijden):7.1f} ms · "
            f"p90 {tijden[int(len(tijden) * 0.9) - 1]:7.1f} ms · {queries} queries · {grootte} kB"
        )


if __name__ == "__main__":
    main()
