"""Benchmark: the open-data API's status-update list and activity list at 1M status updates.

Run against your own PostgreSQL database (it is filled once, then reused):

    psql -h 127.0.0.1 -U postgres -c 'CREATE DATABASE almelo_api_bench' postgres
    DATABASE_URL=postgres://postgres@127.0.0.1:5432/almelo_api_bench \\
        .venv/bin/python benchmarks/api_statusupdates.py --updates 1000000 --herhalingen 30

It migrates the database, loads the programme and 10× the demo data when missing, then adds
status updates by one bulk ``INSERT … SELECT generate_series`` (85% published, report dates over
2023–2026, spread over all activities; no history rows: the API does not read them) until there
are ``--updates``. It then requests, anonymously and in production mode through Django's test
client, page 1, a deep page (half-way through the list), ``?sinds=`` and ``/api/v1/activiteiten/``,
and prints the median, 90th percentile, SQL queries and size of each; ``/health/`` (one tiny
query) is timed too, as a yardstick for the load on the machine.
"""

import argparse
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path
from urllib.parse import urlencode

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "almelo_programma.settings")
os.environ.setdefault("CELERY_BROKER_URL", "memory://")
os.environ.setdefault("DJANGO_DEBUG", "false")
os.environ.setdefault("SECRET_KEY", "benchmark-only-not-secret")
os.environ.setdefault("ALLOWED_HOSTS", "testserver")
os.environ.setdefault("SECURE_SSL_REDIRECT", "false")
os.environ.setdefault("PUBLIEK_CACHE_SECONDEN", "0")
os.environ.setdefault("STATIC_ROOT", tempfile.mkdtemp(prefix="almelo-bench-static-"))

BULK_SQL = """
INSERT INTO activiteiten_statusupdate
    (uuid, rapportagedatum, status, voortgang, toelichting, gepubliceerd, is_demo,
     aangemaakt_op, activiteit_id)
SELECT gen_random_uuid(),
       DATE '2023-01-01' + (g::bigint * 7919 %% 1460)::int,
       (ARRAY['op_schema', 'vertraagd', 'afgerond'])[1 + g %% 3],
       CASE WHEN g %% 3 = 2 THEN 100 ELSE g %% 100 END,
       'Benchmark: voortgang ' || g,
       g %% 100 < 85,
       TRUE,
       TIMESTAMPTZ '2023-01-01' + (g::bigint * 7919 %% 1460)::int * INTERVAL '1 day'
           + g * INTERVAL '1 ms',
       ids.id[1 + g %% array_length(ids.id, 1)]
FROM generate_series(1, %s) AS g,
     (SELECT array_agg(id ORDER BY id) AS id FROM activiteiten_activiteit) AS ids
"""


def diepe_url(client, basis: str, positie: int) -> str:
    """The URL of the page that starts ``positie`` rows into the list: a cursor where the API
    has one, a page number otherwise (the API before keyset pagination)."""
    eerste = client.get(basis).json()
    if "count" in eerste:
        return f"{basis}?{urlencode({'page': positie // len(eerste['results']) + 1})}"
    from activiteiten.api.viewsets import StatusupdatePaginering
    from activiteiten.selectors import openbare_statusupdates

    rij = openbare_statusupdates().order_by("-rapportagedatum", "-aangemaakt_op", "-id")[positie]
    return f"{basis}?{urlencode({'cursor': StatusupdatePaginering.cursor_na(rij)})}"


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--updates", type=int, default=1_000_000)
    parser.add_argument("--herhalingen", type=int, default=30)
    args = parser.parse_args()

    import hulp  # sets Django up (production mode: the environment above)
    from django.conf import settings
    from django.db import connection
    from django.test import Client

    from activiteiten.models import Activiteit, Statusupdate

    settings.ALLOWED_HOSTS = ["testserver"]
    hulp.demo_laden(10)
    tekort = args.updates - Statusupdate.objects.count()
    if tekort > 0:
        start = time.perf_counter()
        with connection.cursor() as cursor:
            cursor.execute(BULK_SQL, [tekort])
            cursor.execute("ANALYZE activiteiten_statusupdate")
        print(f"{tekort} statusupdates toegevoegd in {time.perf_counter() - start:.0f} s")
    openbaar = Statusupdate.objects.openbaar().count()
    print(
        f"{Statusupdate.objects.count()} statusupdates, {openbaar} openbaar; DEBUG={settings.DEBUG}"
    )

    client = Client()
    activiteit = Activiteit.objects.filter(openbaar=True).order_by("slug").first()
    basis = "/api/v1/statusupdates/"
    urls = {
        "statusupdates, pagina 1": basis,
        "statusupdates, halverwege": diepe_url(client, basis, openbaar // 2),
        "statusupdates, ?sinds=2026-06-01": f"{basis}?sinds=2026-06-01",
        "statusupdates, ?lijn=a1-…&sinds=2024-01-01": (
            f"{basis}?lijn=a1-ongedeelde-regio&sinds=2024-01-01"
        ),
        "statusupdates, ?status=gestopt (zeldzaam)": f"{basis}?status=gestopt",
        "statusupdates, ?activiteit=…": f"{basis}?activiteit={activiteit.slug}",
        "activiteiten, pagina 1": "/api/v1/activiteiten/",
        "/health/ (ijkpunt: één kleine query)": "/health/",
    }
    for naam, url in urls.items():
        for _ in range(3):  # warm up: connections, caches
            client.get(url)
        aantal, tijden = hulp.meet(client, url, args.herhalingen)
        tijden.sort()
        grootte = len(client.get(url).content) // 1024
        print(
            f"{naam:42} mediaan {statistics.median(tijden):7.1f} ms · "
            f"p90 {tijden[int(len(tijden) * 0.9) - 1]:7.1f} ms · {aantal} queries · {grootte} kB"
        )


if __name__ == "__main__":
    main()
