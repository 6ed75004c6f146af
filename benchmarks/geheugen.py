"""Benchmark: the memory of one worker after serving the largest pages (issue 16: under 200 MB).

One process, as a gunicorn worker is one: Django in production mode on the given database, the
largest pages and downloads requested in turn as an alderman and a programme manager, then the
process's peak resident memory (``ru_maxrss``) and its current one.

    DATABASE_URL=postgres://…/almelo_bench_1m .venv/bin/python benchmarks/geheugen.py
"""

import os
import resource
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "almelo_programma.settings")
for naam, waarde in {
    "DJANGO_DEBUG": "false",
    "SECRET_KEY": "benchmark-only-secret-key-not-for-production-0123456789",
    "ALLOWED_HOSTS": "testserver",
    "SECURE_SSL_REDIRECT": "false",
    "TWEE_FACTOR_VERPLICHT": "false",
    "API_LIMIET_ANONIEM": "100000000/min",
    "API_LIMIET_GEBRUIKER": "100000000/min",
    "CELERY_BROKER_URL": "memory://",
    "LOG_LEVEL": "WARNING",
    "STATIC_ROOT": "/tmp/almelo-bench-static",
}.items():
    os.environ.setdefault(naam, waarde)


def mb_nu() -> float:
    with open("/proc/self/status") as fh:
        regel = next(r for r in fh if r.startswith("VmRSS:"))
    return int(regel.split()[1]) / 1024


def main() -> int:
    import django

    django.setup()
    from django.core.management import call_command

    call_command("collectstatic", interactive=False, verbosity=0)  # production mode's manifest
    from django.contrib.auth import get_user_model
    from django.db.models import Count
    from django.test import Client, override_settings

    from activiteiten.models import Activiteit, Activiteitenlijn

    gebruikers = get_user_model().objects
    bestuurder, pm, anoniem = Client(), Client(), Client()
    bestuurder.force_login(gebruikers.get(username="wethouder"))
    pm.force_login(gebruikers.get(username="programmamanager"))
    drukste = Activiteit.objects.annotate(n=Count("statusupdates")).order_by("-n").first()
    grootste = Activiteitenlijn.objects.annotate(n=Count("activiteiten")).order_by("-n").first()
    paginas = [
        (bestuurder, "/dashboard/"),
        (bestuurder, "/dashboard/export.xlsx"),
        (bestuurder, "/dashboard/aandacht/"),
        (bestuurder, "/dashboard/evaluatie/"),
        (bestuurder, "/dashboard/evaluatie/eindevaluatie.xlsx"),
        (pm, "/werkruimte/?jaar="),
        (pm, "/werkruimte/excel/export/"),
        (pm, f"/werkruimte/lijnen/{grootste.slug}/"),
        (pm, f"/werkruimte/activiteiten/{drukste.slug}/"),
        (anoniem, "/"),
        (anoniem, drukste.get_absolute_url()),
        (anoniem, "/activiteiten.csv"),
        (anoniem, "/api/v1/activiteiten/?per_pagina=200"),
        (anoniem, "/api/v1/statusupdates/?per_pagina=200"),
    ]
    start = mb_nu()
    with override_settings(PUBLIEK_CACHE_SECONDEN=0):
        for _ in range(2):
            for client, url in paginas:
                antwoord = client.get(url)
                inhoud = b"".join(antwoord) if antwoord.streaming else antwoord.content
                grootte = len(inhoud) / 1e3
                print(f"  {antwoord.status_code} {grootte:9.0f} kB  {mb_nu():6.0f} MB  {url}")
    piek = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"na opstarten {start:.0f} MB; piek {piek:.0f} MB; nu {mb_nu():.0f} MB (doel: < 200 MB)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
