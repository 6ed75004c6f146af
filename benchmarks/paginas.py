"""Benchmark: what the main pages cost at every scale, and the throughput under gunicorn.

Build the databases once with ``schaal.py`` (see docs/benchmarks.md), then:

    .venv/bin/python benchmarks/paginas.py \\
        --db 1×=postgres://postgres@127.0.0.1:5432/almelo_bench_1 \\
        --db 10×=postgres://postgres@127.0.0.1:5432/almelo_bench_10 \\
        --db 100×=postgres://postgres@127.0.0.1:5432/almelo_bench_100 \\
        --db 1M=postgres://postgres@127.0.0.1:5432/almelo_bench_1m \\
        --redis redis://127.0.0.1:6379/3

Production mode (``DJANGO_DEBUG=false``, collected static files) with the Redis cache. For every
database a child process with Django set up on it requests each page through Django's test client
(the full request: middleware, session, queries, rendering) and reports the SQL queries of one
request, the median and 90th percentile of ``--herhalingen`` more, and the bytes of the response.
"Cold" pages have the public cache invalidated before every request. Then gunicorn (``--workers``)
serves the ``--doorvoer`` database (default: the last) and wrk measures the requests per second of
a trivial view (``/health/``), the cached public home page, an API list and the dashboard, as
ratios of the trivial view in the same run. The target for the cache: a ratio of at least 0.8.
"""

import argparse
import json
import math
import os
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

BENCHMARKS = Path(__file__).resolve().parent
sys.path.insert(0, str(BENCHMARKS))

import belasting  # noqa: E402

SINDS = "2026-01-01"
TRIVIAAL = "/health/"


def omgeving(database_url: str, redis_url: str, static_root: str, nummer: int) -> dict:
    env = dict(os.environ)
    env.update(
        {
            "DJANGO_DEBUG": "false",
            "SECRET_KEY": "benchmark-only-secret-key-not-for-production-0123456789",
            "ALLOWED_HOSTS": "127.0.0.1,localhost,testserver",
            "SECURE_SSL_REDIRECT": "false",
            "DATABASE_URL": database_url,
            "CACHE_URL": redis_url,
            "CACHE_KEY_PREFIX": f"almelo-bench-{nummer}",
            "STATIC_ROOT": static_root,
            "CELERY_BROKER_URL": "memory://",
            "LOG_LEVEL": "WARNING",
            # the demo accounts have no authenticator app; the benchmark measures pages, not
            # the sign-in. Throttling stays on (its cache round trip is part of an API request)
            # with limits no benchmark reaches.
            "TWEE_FACTOR_VERPLICHT": "false",
            "API_LIMIET_ANONIEM": "100000000/min",
            "API_LIMIET_GEBRUIKER": "100000000/min",
        }
    )
    return env


# --- the child process: Django set up on one database ---------------------------------------


def diepe_pagina(client, url: str) -> tuple[str, str]:
    """A deep page of an API list: page min(10,000, last) with page numbers; with a cursor
    (no ``count``) the page reached by following ``next`` three times."""
    data = client.get(url).json()
    if "count" in data:
        per_pagina = max(1, len(data["results"]))
        pagina = min(10_000, max(1, -(-data["count"] // per_pagina)))
        return f"{url}?page={pagina}", f"pagina {pagina:,}"
    for _ in range(3):
        if not data.get("next"):
            break
        volgende = data["next"].split("://", 1)[-1]
        url = volgende[volgende.index("/") :]
        data = client.get(url).json()
    return url, "cursor, 4e pagina"


def kind(args) -> None:
    import hulp
    from django.conf import settings
    from django.contrib.auth import get_user_model
    from django.db.models import Count, Q
    from django.test import Client

    from activiteiten.models import Activiteit, Statusupdate
    from almelo_programma.publiek.cache import publiek_cache_legen

    gebruikers = get_user_model().objects
    anoniem, bestuurder, pm = Client(), Client(), Client()
    bestuurder.force_login(gebruikers.get(username="wethouder"))
    pm.force_login(gebruikers.get(username="programmamanager"))
    if args.sessie:
        naam = settings.SESSION_COOKIE_NAME
        print(json.dumps({"cookie": f"{naam}={bestuurder.cookies[naam].value}"}))
        return
    drukste = (
        Activiteit.objects.openbaar()
        .annotate(n=Count("statusupdates", filter=Q(statusupdates__gepubliceerd=True)))
        .order_by("-n")
        .first()
    )
    api = "/api/v1/statusupdates/"
    diep, diep_noot = diepe_pagina(anoniem, api)
    paginas = [
        ("`/api/v1/statusupdates/` pagina 1", anoniem, api, None, ""),
        ("`/api/v1/statusupdates/` diepe pagina", anoniem, diep, None, diep_noot),
        (f"`/api/v1/statusupdates/?sinds={SINDS}`", anoniem, f"{api}?sinds={SINDS}", None, ""),
        ("`/api/v1/activiteiten/`", anoniem, "/api/v1/activiteiten/", None, ""),
        ("`/dashboard/` (bestuurder)", bestuurder, "/dashboard/", None, ""),
        ("`/werkruimte/` (programmamanager)", pm, "/werkruimte/", None, ""),
        ("`/` koude cache", anoniem, "/", publiek_cache_legen, ""),
        (
            "activiteitpagina met de meeste updates, koud",
            anoniem,
            drukste.get_absolute_url(),
            publiek_cache_legen,
            f"{drukste.n:,} updates",
        ),
    ] + [(f"`{url}` (bestuurder)", bestuurder, url, None, "") for url in args.url or []]
    rijen = []
    for naam, client, url, voor, noot in paginas:
        for _ in range(3):  # warm up: connection, template loaders
            hulp.meet(client, url, 0, voor)
        queries, tijden, grootte = hulp.meet(client, url, args.herhalingen, voor)
        tijden.sort()
        rijen.append(
            {
                "naam": naam,
                "noot": noot,
                "mediaan": statistics.median(tijden),
                "p90": tijden[max(0, math.ceil(len(tijden) * 0.9) - 1)],
                "queries": queries,
                "bytes": grootte,
            }
        )
        print(f"  {naam}: {rijen[-1]['mediaan']:.0f} ms", file=sys.stderr, flush=True)
    omvang = (
        f"{Activiteit.objects.count():,} activiteiten, "
        f"{Statusupdate.objects.count():,} statusupdates"
    )
    print(json.dumps({"omvang": omvang, "rijen": rijen}))


# --- the parent: one child per database, gunicorn, the table ---------------------------------


def in_kind(env: dict, *extra: str) -> dict:
    uit = subprocess.run(
        [sys.executable, __file__, "--kind", *extra],
        env=env,
        check=True,
        capture_output=True,
        text=True,
    )
    sys.stderr.write(uit.stderr)
    return json.loads(uit.stdout.strip().splitlines()[-1])


def grootte(n: int) -> str:
    return f"{n / 1e6:.2f} MB" if n >= 1e6 else f"{n / 1e3:.0f} kB"


def cel(rij: dict) -> str:
    noot = f" ({rij['noot']})" if rij["noot"] else ""
    return (
        f"{rij['mediaan']:,.0f} / {rij['p90']:,.0f} ms, {rij['queries']} q, "
        f"{grootte(rij['bytes'])}{noot}"
    )


def tabel(resultaten: dict) -> str:
    schalen = list(resultaten)
    regels = [
        "| pagina (mediaan / p90, queries, bytes) | " + " | ".join(schalen) + " |",
        "| --- |" + " --- |" * len(schalen),
        "| omvang | " + " | ".join(resultaten[s]["omvang"] for s in schalen) + " |",
    ]
    for i, rij in enumerate(resultaten[schalen[0]]["rijen"]):
        cellen = [cel(resultaten[s]["rijen"][i]) for s in schalen]
        regels.append(f"| {rij['naam']} | " + " | ".join(cellen) + " |")
    return "\n".join(regels)


def doorvoer(env: dict, args) -> str:
    ingelogd = {"Cookie": in_kind(env, "--sessie")["cookie"]}
    urls = [
        ("triviale view `/health/`", TRIVIAAL, {}),
        ("`/` uit de cache", "/", {}),
        ("`/api/v1/statusupdates/`", "/api/v1/statusupdates/", {}),
        ("`/dashboard/` (bestuurder)", "/dashboard/", ingelogd),
    ]
    with belasting.gunicorn(env, args.workers) as basis:
        for _ in range(4 * args.workers):  # every worker has served each page once
            for _naam, url, headers in urls:
                belasting.ophalen(basis + url, headers)
        per_seconde = [
            belasting.verzoeken_per_seconde(basis + url, args.duur, args.verbindingen, headers)
            for _naam, url, headers in urls
        ]
    regels = [
        f"gunicorn {args.workers} workers, {belasting.generator()}, {args.verbindingen} "
        f"verbindingen, {args.duur} s per URL, database {args.doorvoer}, load average "
        f"{os.getloadavg()[0]:.1f} op {os.cpu_count()} cores:",
        "",
        "| URL | verzoeken/s | verhouding tot de triviale view |",
        "| --- | --- | --- |",
    ]
    for (naam, _url, _headers), n in zip(urls, per_seconde, strict=True):
        regels.append(f"| {naam} | {n:,.1f} | {n / per_seconde[0]:.2f} |")
    return "\n".join(regels)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", action="append", metavar="SCHAAL=DATABASE_URL", default=[])
    parser.add_argument("--redis", default="redis://127.0.0.1:6379/3", help="cache (CACHE_URL)")
    parser.add_argument("--herhalingen", type=int, default=20)
    parser.add_argument("--url", action="append", help="meer pagina's, als bestuurder")
    parser.add_argument("--doorvoer", help="SCHAAL voor gunicorn (standaard de laatste)")
    parser.add_argument("--geen-doorvoer", action="store_true", help="alleen de paginatabel")
    parser.add_argument("--geen-paginas", action="store_true", help="alleen de doorvoer")
    parser.add_argument("--workers", type=int, default=4)
    parser.add_argument("--verbindingen", type=int, default=16)
    parser.add_argument("--duur", type=int, default=10, help="seconden per URL")
    parser.add_argument("--kind", action="store_true", help=argparse.SUPPRESS)
    parser.add_argument("--sessie", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.kind:
        kind(args)
        return 0
    if not args.db:
        parser.error("geef minstens één --db SCHAAL=DATABASE_URL (bouw ze met schaal.py)")
    databases = dict(d.split("=", 1) for d in args.db)
    static_root = tempfile.mkdtemp(prefix="almelo-bench-static-")
    omgevingen = {
        s: omgeving(url, args.redis, static_root, i) for i, (s, url) in enumerate(databases.items())
    }
    eerste = next(iter(omgevingen.values()))
    manage = [sys.executable, str(belasting.BASIS / "manage.py")]
    subprocess.run([*manage, "collectstatic", "--noinput", "-v0"], env=eerste, check=True)
    resultaten = {}
    belasting_voor = os.getloadavg()[0]
    for schaal, env in {} if args.geen_paginas else omgevingen.items():
        print(f"{schaal} …", file=sys.stderr, flush=True)
        extra = [f"--herhalingen={args.herhalingen}"] + [f"--url={u}" for u in args.url or []]
        resultaten[schaal] = in_kind(env, *extra)
    if resultaten:
        print(
            f"{args.herhalingen} keer per pagina na 3 keer opwarmen; load average "
            f"{belasting_voor:.1f} → {os.getloadavg()[0]:.1f} op {os.cpu_count()} cores\n"
        )
        print(tabel(resultaten))
    if not args.geen_doorvoer:
        args.doorvoer = args.doorvoer or list(databases)[-1]
        print()
        print(doorvoer(omgevingen[args.doorvoer], args))
    return 0


if __name__ == "__main__":
    sys.exit(main())
