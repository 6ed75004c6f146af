"""Scale builder for the page benchmark (``paginas.py``): a database with the programme and 1×,
10× or 100× the demo data, optionally topped up to a number of status updates with their history
rows by bulk SQL (PostgreSQL: ``INSERT … SELECT … generate_series``; a million in a few minutes).

    psql -h 127.0.0.1 -U postgres -c 'CREATE DATABASE almelo_bench_1m'
    DATABASE_URL=postgres://postgres@127.0.0.1:5432/almelo_bench_1m \\
        .venv/bin/python benchmarks/schaal.py --schaal 100 --statusupdates 1000000

Safe to run again on the same database: it migrates, loads the programme, loads the demo data
only when this scale is not there yet and adds only the status updates that are missing. The
added updates are spread over all activities (published four in five, report dates 2023–2026),
except the first ``--drukste`` (5,000), which all go to one public activity: the "activity page
with 5,000 updates" of the benchmark.
"""

import argparse
import time

import hulp  # sets up Django
from django.db import connection, transaction


def drukste_activiteit():
    """The public activity that receives the first ``--drukste`` added updates."""
    from activiteiten.models import Activiteit

    return Activiteit.objects.filter(openbaar=True).order_by("-jaar", "pk").first()


def statusupdates_aanvullen(totaal: int, drukste: int) -> int:
    """Add status updates (and a '+' history row each) until there are ``totaal``; returns how
    many were added."""
    from activiteiten.constants import Status
    from activiteiten.models import Statusupdate

    if connection.vendor != "postgresql":
        raise SystemExit("--statusupdates vraagt PostgreSQL (DATABASE_URL=postgres://…)")
    erbij = totaal - Statusupdate.objects.count()
    if erbij <= 0:
        return 0
    tabel = Statusupdate._meta.db_table
    historie = Statusupdate.history.model._meta
    kolommen = [f.column for f in Statusupdate._meta.concrete_fields if f.column != "id"]
    waarden = {
        "uuid": "gen_random_uuid()",
        "rapportagedatum": "DATE '2023-01-01' + d",
        "status": "({statussen})[1 + g %% {aantal_statussen}]",
        "voortgang": "CASE WHEN ({statussen})[1 + g %% {aantal_statussen}] = 'afgerond' "
        "THEN 100 ELSE g %% 100 END",
        "toelichting": "'Benchmark-update ' || g || ': ' || repeat('voortgang volgens plan ', 8)",
        "auteur_id": "NULL",
        "gepubliceerd": "g %% 5 <> 0",
        "is_demo": "true",
        "aangemaakt_op": "(DATE '2023-01-01' + d) + make_interval(secs => g %% 86400)",
        "gewijzigd_op": "(DATE '2023-01-01' + d) + make_interval(secs => g %% 86400)",
        "activiteit_id": "CASE WHEN g <= {drukste} THEN {drukste_id} "
        "ELSE ids[1 + g %% cardinality(ids)] END",
    }
    onbekend = set(kolommen) - set(waarden)
    if onbekend:
        raise SystemExit(f"schaal.py kent deze kolommen van {tabel} niet: {sorted(onbekend)}")
    statussen = "ARRAY[" + ",".join(f"'{s}'" for s in Status.values) + "]"
    params = {
        "statussen": statussen,
        "aantal_statussen": len(Status.values),
        "drukste": drukste,
        "drukste_id": drukste_activiteit().pk,
    }
    select = ", ".join(waarden[k].format(**params) for k in kolommen)
    historie_kolommen = [f.column for f in historie.concrete_fields if f.column != "history_id"]
    extra = {"history_date": "aangemaakt_op", "history_type": "'+'"}
    historie_select = ", ".join(
        k if k in kolommen or k == "id" else extra.get(k, "NULL") for k in historie_kolommen
    )
    with transaction.atomic(), connection.cursor() as cursor:
        cursor.execute(f"SELECT COALESCE(MAX(id), 0) FROM {tabel}")  # noqa: S608
        (vorige,) = cursor.fetchone()
        cursor.execute(
            f"INSERT INTO {tabel} ({', '.join(kolommen)}) "  # noqa: S608 - fixed names
            f"SELECT {select} FROM generate_series(1, %s) g "
            "CROSS JOIN LATERAL (SELECT ((g::bigint * 7919) %% 1400)::int AS d) datum "
            "CROSS JOIN (SELECT array_agg(id ORDER BY id) AS ids FROM activiteiten_activiteit) a",
            [erbij],
        )
        cursor.execute(
            f"INSERT INTO {historie.db_table} ({', '.join(historie_kolommen)}) "  # noqa: S608
            f"SELECT {historie_select} FROM {tabel} WHERE id > %s",
            [vorige],
        )
    from activiteiten.models import Activiteit
    from activiteiten.services import laatste_updates_bijwerken

    laatste_updates_bijwerken(Activiteit.objects.values_list("pk", flat=True))
    with connection.cursor() as cursor:
        cursor.execute(f"ANALYZE {tabel}")
        cursor.execute(f"ANALYZE {historie.db_table}")
    return erbij


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--schaal", type=int, default=1, help="demo data × (1, 10, 100)")
    parser.add_argument("--statusupdates", type=int, help="aanvullen tot zoveel statusupdates")
    parser.add_argument("--drukste", type=int, default=5000, help="updates van één activiteit")
    args = parser.parse_args()

    from activiteiten.models import Activiteit, Statusupdate

    start = time.perf_counter()
    hulp.demo_laden(args.schaal)
    print(f"demo-gegevens {args.schaal}×: {time.perf_counter() - start:.0f} s", flush=True)
    if args.statusupdates:
        start = time.perf_counter()
        erbij = statusupdates_aanvullen(args.statusupdates, args.drukste)
        print(f"{erbij} statusupdates met historie erbij: {time.perf_counter() - start:.0f} s")
    print(
        f"{connection.vendor} · {Activiteit.objects.count()} activiteiten · "
        f"{Statusupdate.objects.count()} statusupdates"
    )


if __name__ == "__main__":
    main()
