"""Benchmark: import a filled-in update sheet of 2,000 activities.

    .venv/bin/python benchmarks/import_2000.py            # SQLite (a throw-away test database)
    DATABASE_URL=postgres://… .venv/bin/python benchmarks/import_2000.py

Creates a fresh test database (never touches var/db.sqlite3), loads the programme, adds 2,000
activities, exports the sheet as a programme manager, fills in every row and times the import
(validation of all rows + saving 2,000 status updates with their history in one transaction;
the programme's woondeal sub-tracks are filled in and imported along).
"""

import io
import os
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "almelo_programma.settings")
os.environ.setdefault("CELERY_BROKER_URL", "memory://")

import django  # noqa: E402

django.setup()

from django.db import connection  # noqa: E402
from django.test.utils import setup_test_environment  # noqa: E402
from openpyxl import load_workbook  # noqa: E402

AANTAL = 2000


def main():
    setup_test_environment()
    naam = connection.creation.create_test_db(verbosity=0, keepdb=False)
    try:
        from django.contrib.auth.models import Group, User

        from activiteiten.models import Activiteit, Activiteitenlijn, Statusupdate
        from activiteiten.selectors import te_rapporteren_periode
        from almelo_programma.kern import rechten as roles
        from almelo_programma.laden import laad_programma
        from almelo_programma.werkruimte import uitwisseling

        laad_programma()
        pm = User.objects.create_user("bench.pm", password="x")
        pm.groups.add(Group.objects.get(name=roles.PROGRAMMAMANAGER))
        periode = te_rapporteren_periode()
        lijnen = list(Activiteitenlijn.objects.all())
        Activiteit.objects.bulk_create(
            Activiteit(
                lijn=lijnen[i % len(lijnen)],
                jaar=periode.jaar,
                titel=f"Benchmark-activiteit {i}",
                slug=f"bench-{i}",
            )
            for i in range(AANTAL)
        )
        t0 = time.perf_counter()
        inhoud = uitwisseling.exporteer(gebruiker=pm, periode=periode)
        t_export = time.perf_counter() - t0
        wb = load_workbook(io.BytesIO(inhoud))
        ws = wb[uitwisseling.BLAD]
        for i, rij in enumerate(ws.iter_rows(min_row=2)):
            rij[uitwisseling.KOLOM["status"]].value = "Vertraagd" if i % 10 == 0 else "Op schema"
            rij[uitwisseling.KOLOM["voortgang"]].value = i % 100
            rij[uitwisseling.KOLOM["toelichting"]].value = f"Benchmark-toelichting {i}"
            rij[uitwisseling.KOLOM["gepubliceerd"]].value = "ja"
        sporen = wb[uitwisseling.DEELSPOREN_BLAD]  # the woondeal sub-tracks are imported along
        for i, rij in enumerate(sporen.iter_rows(min_row=2)):
            rij[uitwisseling.KOLOM["status"]].value = "Op schema"
            rij[uitwisseling.KOLOM["voortgang"]].value = 10 + i
        aantal_sporen = sporen.max_row - 1
        buffer = io.BytesIO()
        wb.save(buffer)
        buffer.seek(0)
        t0 = time.perf_counter()
        resultaat = uitwisseling.importeer(buffer, gebruiker=pm)
        t_import = time.perf_counter() - t0
        assert resultaat.ok, resultaat.fouten[:5]
        assert Statusupdate.objects.count() >= AANTAL
        print(f"database: {connection.vendor}")
        print(f"export van {AANTAL} activiteiten + {aantal_sporen} deelsporen: {t_export:.2f} s")
        print(f"import van {resultaat.aantal} rijen (valideren + opslaan): {t_import:.2f} s")
    finally:
        connection.creation.destroy_test_db(naam, verbosity=0)


if __name__ == "__main__":
    main()
