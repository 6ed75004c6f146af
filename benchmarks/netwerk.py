"""Benchmark: SQL queries and response time of the netwerk lists at 1× and 10× demo data.

    .venv/bin/python benchmarks/netwerk.py            # SQLite test database, throwaway
    DATABASE_URL=postgres://… .venv/bin/python benchmarks/netwerk.py

Builds a fresh test database per scale with ``laad_programma`` + ``laad_demo(schaal=…)`` +
``laad_netwerk_demo``, then requests each list page as the B-line lead 20 times.
"""

import random
import statistics

import hulp
from django.contrib.auth import get_user_model
from django.db import connection
from django.test import Client

URLS = [
    "/werkruimte/netwerk/partners/",
    "/werkruimte/netwerk/bijeenkomsten/",
    "/werkruimte/netwerk/lobby/",
    "/werkruimte/netwerk/enquetes/",
    "/werkruimte/netwerk/acties/",
]


def meet(schaal: int) -> list[tuple[str, int, float]]:
    from almelo_programma.laden import laad_demo, laad_programma
    from netwerk.demo import laad_netwerk_demo
    from netwerk.models import Bijeenkomst, Partner

    with hulp.testdatabase():
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
            queries, tijden, _ = hulp.meet(client, url, 20)
            resultaten.append((url, queries, statistics.median(tijden)))
        return resultaten


def main():
    print(f"database: {connection.vendor}")
    for schaal in (1, 10):
        for url, queries, ms in meet(schaal):
            print(f"  {url:40} {queries:3d} queries  {ms:7.1f} ms (mediaan van 20)")


if __name__ == "__main__":
    main()
