"""Benchmark: median render time of the 2026 dashboard with 10× the demo data.

Run against PostgreSQL (the target of the README figure):

    psql -h 127.0.0.1 -U postgres -c 'CREATE DATABASE almelo_bench' postgres
    DATABASE_URL=postgres://postgres@127.0.0.1:5432/almelo_bench \\
        .venv/bin/python benchmarks/dashboard.py --schaal 10 --herhalingen 50

It migrates the database, loads the programme and the demo data at the given scale when the
database has none yet, then requests /dashboard/ (and one earlier period) as a bestuurder through
Django's test client — the full request: middleware, session, queries and template rendering —
and prints the median, 90th percentile and the number of SQL queries per request.
"""

import argparse
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "almelo_programma.settings")
os.environ.setdefault("CELERY_BROKER_URL", "memory://")
# Production mode (template debugging off), as the portal runs for aldermen. --debug to compare.
if "--debug" not in sys.argv:
    os.environ.setdefault("DJANGO_DEBUG", "false")
    os.environ.setdefault("SECRET_KEY", "benchmark-only-not-secret")
    os.environ.setdefault("ALLOWED_HOSTS", "testserver")
    os.environ.setdefault("SECURE_SSL_REDIRECT", "false")
    os.environ.setdefault("STATIC_ROOT", tempfile.mkdtemp(prefix="almelo-bench-static-"))


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--schaal", type=int, default=10)
    parser.add_argument("--herhalingen", type=int, default=50)
    parser.add_argument("--debug", action="store_true", help="DJANGO_DEBUG=true (development)")
    parser.add_argument(
        "--url",
        action="append",
        help="page(s) to time (repeatable); default: the dashboard today and at 2025-t2, the "
        "drill-down of the line with most activities and the public home page",
    )
    args = parser.parse_args()

    import django

    django.setup()
    from django.conf import settings
    from django.core.management import call_command
    from django.db import connection
    from django.db.models import Count
    from django.test import Client
    from django.test.utils import setup_test_environment

    from activiteiten.models import Activiteit, Activiteitenlijn
    from almelo_programma.laden import laad_demo, laad_programma
    from woondeals.models import Woningbouwproject

    setup_test_environment()
    settings.ALLOWED_HOSTS = ["testserver"]
    print(f"DEBUG={settings.DEBUG}")
    call_command("migrate", verbosity=0)
    if not settings.DEBUG:
        call_command("collectstatic", interactive=False, verbosity=0)  # as in production
    laad_programma()
    if not Woningbouwproject.objects.filter(slug=f"demo-project-{12 * args.schaal}").exists():
        laad_demo(schaal=args.schaal)
    print(
        f"database: {connection.vendor} · {Activiteit.objects.count()} activiteiten · "
        f"{Woningbouwproject.objects.count()} woningbouwprojecten (schaal {args.schaal})"
    )

    client = Client()
    assert client.login(username="wethouder", password="demo-almelo-2026")
    lijn = Activiteitenlijn.objects.annotate(n=Count("activiteiten")).order_by("-n").first()
    urls = args.url or [
        "/dashboard/",
        "/dashboard/?stand=2025-t2",
        f"/dashboard/lijnen/{lijn.slug}/",
        "/",  # the public home page (same roll-up, public activities only)
    ]
    for url in urls:
        for _ in range(5):  # warm up: connections, template loaders, caches
            assert client.get(url).status_code == 200
        queries = []

        def tel(execute, *a, queries=queries):
            queries.append(a[0])
            return execute(*a)

        with connection.execute_wrapper(tel):
            client.get(url)
        tijden = []
        for _ in range(args.herhalingen):
            start = time.perf_counter()
            response = client.get(url)
            tijden.append((time.perf_counter() - start) * 1000)
            assert response.status_code == 200
        tijden.sort()
        p90 = tijden[int(len(tijden) * 0.9) - 1]
        print(
            f"{url:36} mediaan {statistics.median(tijden):6.1f} ms · p90 {p90:6.1f} ms · "
            f"{len(queries)} queries · {len(response.content) // 1024} kB "
            f"({args.herhalingen} keer)"
        )


if __name__ == "__main__":
    main()
