"""Benchmark of the housing pages: SQL queries and response time at 1× and 10× demo data.

Run: .venv/bin/python benchmarks/woningbouw.py   (uses a throw-away test database)
"""

import random
import statistics

import hulp
from django.contrib.auth import get_user_model
from django.test import Client

PAGINAS = [
    "/werkruimte/woningbouw/",
    "/werkruimte/woningbouw/projecten/",
    "/werkruimte/woningbouw/cijfers/",
    "/werkruimte/woningbouw/gebieden/",
    "/werkruimte/woningbouw/subsidies/",
    "/werkruimte/woningbouw/projecten/export.xlsx",
]


def main():
    from almelo_programma.laden import laad_demo, laad_programma
    from woondeals.demo import laad_woondeal_demo
    from woondeals.models import Woningbouwproject

    with hulp.testdatabase():
        laad_programma()
        for schaal in (1, 10):
            laad_demo(schaal=schaal)
            laad_woondeal_demo(random.Random(1), schaal)
            client = Client()
            client.force_login(get_user_model().objects.get(username="programmamanager"))
            n = Woningbouwproject.objects.count()
            print(f"\n{schaal}× demo data: {n} projects")
            for url in PAGINAS:
                queries, tijden, _ = hulp.meet(client, url, 5)
                print(f"  {url:50} {queries:3d} queries  {statistics.mean(tijden):7.1f} ms")


if __name__ == "__main__":
    main()
