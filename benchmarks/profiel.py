"""Where a page's time goes: SQL time against the rest (Python, templates), per request.

    DATABASE_URL=postgres://postgres@127.0.0.1:5432/almelo_bench_100 \\
        .venv/bin/python benchmarks/profiel.py /dashboard/ /werkruimte/ --herhalingen 10

A database built by ``schaal.py``; production mode (no template debugging), the public cache
off. Each page is requested once to warm up, then ``--herhalingen`` times; for every request the
SQL time (the sum of the queries' execution times, measured around each query, like
django-debug-toolbar's SQL panel) and the wall time are taken, and the medians printed, with the
number of queries and the slowest query of the last request (``--sql`` prints them all). On a
shared machine the wall time varies with the load; the SQL time much less.
"""

import argparse
import os
import statistics
import time

os.environ.setdefault("DJANGO_DEBUG", "false")
os.environ.setdefault("SECRET_KEY", "benchmark-only-secret-key-not-for-production-0123456789")
os.environ.setdefault("ALLOWED_HOSTS", "127.0.0.1,localhost,testserver")
os.environ.setdefault("SECURE_SSL_REDIRECT", "false")
os.environ.setdefault("PUBLIEK_CACHE_SECONDEN", "0")

import hulp  # noqa: E402, F401  sets up Django
from django.db import connection  # noqa: E402


class Klok:
    """Times every SQL query run (a Django execute wrapper)."""

    def __init__(self):
        self.queries: list[tuple[float, str]] = []

    def __call__(self, execute, sql, params, many, context):
        start = time.perf_counter()
        try:
            return execute(sql, params, many, context)
        finally:
            self.queries.append(((time.perf_counter() - start) * 1000, sql))

    @property
    def totaal(self) -> float:
        return sum(ms for ms, _ in self.queries)


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("urls", nargs="+")
    parser.add_argument("--herhalingen", type=int, default=10)
    parser.add_argument("--gebruiker", default="programmamanager", help="leeg: anoniem")
    parser.add_argument("--sql", action="store_true", help="alle queries van de laatste keer")
    args = parser.parse_args()

    from django.contrib.auth import get_user_model
    from django.test import Client

    client = Client()
    if args.gebruiker:
        client.force_login(get_user_model().objects.get(username=args.gebruiker))
    print(f"{'pagina':40} {'wand ms':>9} {'SQL ms':>8} {'queries':>8} {'kB':>7}  traagste query")
    for url in args.urls:
        assert client.get(url).status_code == 200, url
        wand, sql = [], []
        for _ in range(args.herhalingen):
            klok = Klok()
            start = time.perf_counter()
            with connection.execute_wrapper(klok):
                response = client.get(url)
                inhoud = b"".join(response) if response.streaming else response.content
            wand.append((time.perf_counter() - start) * 1000)
            sql.append(klok.totaal)
        traagste = max(klok.queries, default=(0.0, ""))
        print(
            f"{url:40} {statistics.median(wand):9.1f} {statistics.median(sql):8.1f} "
            f"{len(klok.queries):8} {len(inhoud) / 1024:7.0f}  {traagste[0]:.1f} ms: "
            f"{traagste[1][:90]}"
        )
        if args.sql:
            for ms, tekst in klok.queries:
                print(f"    {ms:7.1f} ms  {tekst[:200]}")


if __name__ == "__main__":
    main()
