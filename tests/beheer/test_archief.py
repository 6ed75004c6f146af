"""Back-up and restore: the portable archive round trip (``exporteer_archief`` →
``importeer_archief`` into an empty migrated database) gives the same rows and the same pages.

Runs the commands as an operator would, in subprocesses, each against its own database: a
PostgreSQL database next to the test database when ``DATABASE_URL`` points at PostgreSQL,
otherwise SQLite files in a temporary folder.
"""

import difflib
import json
import os
import subprocess
import sys
import uuid
import zipfile
from pathlib import Path

import pytest
from django.conf import settings

ROOT = Path(settings.BASE_DIR)


class Omgeving:
    """Databases for the round trip, and ``manage.py`` run against one of them."""

    def __init__(self, tmp_path: Path):
        self.tmp = tmp_path
        self.url = os.environ.get("DATABASE_URL", "")
        self.postgres = self.url.startswith(("postgres://", "postgresql://"))
        self.namen: list[str] = []

    def database(self, naam: str) -> str:
        if not self.postgres:
            return f"sqlite:///{self.tmp / naam}.sqlite3"
        import psycopg

        db = f"{settings.DATABASES['default']['NAME']}_{naam}_{uuid.uuid4().hex[:6]}"
        with psycopg.connect(self._beheer_url(), autocommit=True) as conn:
            conn.execute(f'CREATE DATABASE "{db}"')
        self.namen.append(db)
        return self.url.rsplit("/", 1)[0] + "/" + db

    def _beheer_url(self) -> str:
        return self.url.rsplit("/", 1)[0] + "/postgres"

    def opruimen(self):
        if self.postgres and self.namen:
            import psycopg

            with psycopg.connect(self._beheer_url(), autocommit=True) as conn:
                for db in self.namen:
                    conn.execute(f'DROP DATABASE IF EXISTS "{db}" WITH (FORCE)')

    def manage(self, database: str, media: Path, *args, check=True) -> subprocess.CompletedProcess:
        env = {k: v for k, v in os.environ.items() if k not in ("CACHE_URL",)}
        env.update(
            DATABASE_URL=database,
            MEDIA_ROOT=str(media),
            CELERY_BROKER_URL="memory://",
            DJANGO_SETTINGS_MODULE="almelo_programma.settings",
        )
        uitkomst = subprocess.run(
            [sys.executable, "manage.py", *args],
            cwd=ROOT,
            env=env,
            capture_output=True,
            text=True,
            timeout=900,
        )
        if check:
            assert uitkomst.returncode == 0, uitkomst.stderr[-3000:]
        return uitkomst

    def momentopname(self, database: str, media: Path) -> dict:
        pad = self.tmp / f"momentopname-{uuid.uuid4().hex[:6]}.json"
        code = f"from tests.beheer.momentopname import main; main({str(pad)!r})"
        self.manage(database, media, "shell", "--no-imports", "-c", code)
        return json.loads(pad.read_text(encoding="utf-8"))


def _verschil(voor, na, namen) -> str:
    eerste = namen[0]
    regels = difflib.unified_diff(
        voor[eerste][1].splitlines(), na[eerste][1].splitlines(), lineterm="", n=1
    )
    return f"{len(namen)} pagina's verschillen ({', '.join(namen[:10])}); {eerste}:\n" + "\n".join(
        list(regels)[:40]
    )


@pytest.fixture(scope="module")
def omgeving(tmp_path_factory):
    omgeving = Omgeving(tmp_path_factory.mktemp("archief"))
    yield omgeving
    omgeving.opruimen()


PDF = b"%PDF-1.4 Bestuursrapportage (test)\n"


@pytest.fixture(scope="module")
def bron(omgeving):
    """A migrated database with the programme and its demo data, a report PDF in its media, and
    what its pages look like."""
    database, media = omgeving.database("bron"), omgeving.tmp / "media-bron"
    (media / "rapportages").mkdir(parents=True)
    (media / "rapportages" / "bestuursrapportage-test.pdf").write_bytes(PDF)
    omgeving.manage(database, media, "migrate", "--verbosity=0")
    omgeving.manage(database, media, "laad_programma", "--demo")
    return database, media, omgeving.momentopname(database, media)


def assert_zelfde(voor, na):
    assert voor["tellingen"] == na["tellingen"]
    assert voor["tellingen"]["woondeals.historicaldeelspoor"] > 0
    assert voor["tellingen"]["activiteiten.statusupdate"] > 0
    assert len(voor["paginas"]) > 40
    verschillend = [n for n in voor["paginas"] if voor["paginas"][n] != na["paginas"][n]]
    assert not verschillend, _verschil(voor["paginas"], na["paginas"], verschillend)


def test_archive_round_trip_gives_the_same_rows_and_pages(omgeving, bron):
    bron_db, media_bron, voor = bron
    doel, media_doel = omgeving.database("doel"), omgeving.tmp / "media-doel"
    omgeving.manage(doel, media_doel, "migrate", "--verbosity=0")

    archief = omgeving.tmp / "archief.zip"
    uit = omgeving.manage(bron_db, media_bron, "exporteer_archief", str(archief))
    assert "zonder wachtwoorden" in uit.stdout
    with zipfile.ZipFile(archief) as zf:
        manifest = json.loads(zf.read("manifest.json"))
        gebruikers = json.loads(zf.read(next(m["bestand"] for m in manifest["modellen"]
                                             if m["model"] == "auth.user")))  # fmt: skip
    assert manifest["formaatversie"] == 1
    assert {"doelen.historicalmeting", "woondeals.deelspoorupdate", "auth.user"} <= {
        m["model"] for m in manifest["modellen"]
    }
    assert all("password" not in rij["fields"] for rij in gebruikers)
    assert [m["pad"] for m in manifest["media"]] == ["rapportages/bestuursrapportage-test.pdf"]

    terug = omgeving.manage(doel, media_doel, "importeer_archief", str(archief))
    assert "hersteld" in terug.stdout

    na = omgeving.momentopname(doel, media_doel)
    assert_zelfde(voor, na)
    assert (media_doel / "rapportages" / "bestuursrapportage-test.pdf").read_bytes() == PDF

    # a second restore into the now filled database is refused, in Dutch, and changes nothing
    nogmaals = omgeving.manage(doel, media_doel, "importeer_archief", str(archief), check=False)
    assert nogmaals.returncode != 0
    assert "De database is niet leeg" in nogmaals.stderr
    assert omgeving.momentopname(doel, media_doel)["tellingen"] == na["tellingen"]


def test_database_backup_as_documented_restores_the_same_pages(omgeving, bron):
    """README "Back-up en herstel": pg_dump/pg_restore on PostgreSQL, sqlite3 .backup on SQLite."""
    bron_db, media, voor = bron
    if omgeving.postgres:
        dump = omgeving.tmp / "almelo.dump"
        doel = omgeving.database("pgdoel")
        subprocess.run(
            ["pg_dump", "--format=custom", f"--file={dump}", bron_db], check=True, timeout=300
        )
        subprocess.run(
            ["pg_restore", "--no-owner", "--exit-on-error", f"--dbname={doel}", str(dump)],
            check=True,
            timeout=300,
        )
    else:
        kopie = omgeving.tmp / "kopie.sqlite3"
        bron_pad = bron_db.removeprefix("sqlite:///")
        subprocess.run(["sqlite3", bron_pad, f".backup {kopie}"], check=True, timeout=300)
        doel = f"sqlite:///{kopie}"
    assert_zelfde(voor, omgeving.momentopname(doel, media))
