"""A restore checks the archive and the database before it writes anything, in Dutch."""

import json
import zipfile

import pytest

from almelo_programma.archief import ArchiefFout, archief_herstellen, archief_maken, tellingen

pytestmark = pytest.mark.django_db


@pytest.fixture
def archief(programma, tmp_path, settings):
    settings.MEDIA_ROOT = str(tmp_path / "media")
    pad = tmp_path / "archief.zip"
    archief_maken(pad)
    return pad


def herschrijf(pad, tmp_path, *, manifest=None, bestanden=None):
    """A copy of the archive at ``pad`` with a changed manifest and/or files."""
    nieuw = tmp_path / "gewijzigd.zip"
    with zipfile.ZipFile(pad) as oud, zipfile.ZipFile(nieuw, "w") as zf:
        for naam in oud.namelist():
            data = oud.read(naam)
            if naam == "manifest.json" and manifest is not None:
                data = json.dumps(manifest(json.loads(data))).encode()
            if bestanden and naam in bestanden:
                data = bestanden[naam]
            zf.writestr(naam, data)
    return nieuw


def test_the_manifest_counts_every_row(archief):
    with zipfile.ZipFile(archief) as zf:
        manifest = json.loads(zf.read("manifest.json"))
    assert {m["model"]: m["aantal"] for m in manifest["modellen"]} == tellingen()
    assert manifest["migraties"]["doelen"][0] == "0001_initial"


def test_restore_into_a_database_with_programme_data_is_refused(archief):
    voor = tellingen()
    with pytest.raises(ArchiefFout, match="De database is niet leeg: er staan al gegevens in"):
        archief_herstellen(archief)
    assert tellingen() == voor


def test_another_format_version_is_refused(archief, tmp_path):
    def versie_2(m):
        return {**m, "formaatversie": 2}

    with pytest.raises(ArchiefFout, match="formaatversie 2; deze versie van het portaal leest"):
        archief_herstellen(herschrijf(archief, tmp_path, manifest=versie_2))


def test_a_damaged_file_is_refused(archief, tmp_path):
    with zipfile.ZipFile(archief) as zf:
        bestand = next(n for n in zf.namelist() if n.startswith("data/"))
    kapot = herschrijf(archief, tmp_path, bestanden={bestand: b"[]"})
    with pytest.raises(ArchiefFout, match=f"beschadigd: de controlesom van {bestand} klopt niet"):
        archief_herstellen(kapot)


def test_another_schema_is_refused(archief, tmp_path):
    def ouder(m):
        migraties = {**m["migraties"], "doelen": m["migraties"]["doelen"][:-1]}
        return {**m, "migraties": migraties}

    with pytest.raises(ArchiefFout, match="databaseschema past niet bij het archief .*doelen"):
        archief_herstellen(herschrijf(archief, tmp_path, manifest=ouder))


def test_something_else_than_an_archive_is_refused(tmp_path):
    pad = tmp_path / "geen.zip"
    pad.write_bytes(b"geen zip")
    with pytest.raises(ArchiefFout, match="geen leesbaar zip-archief"):
        archief_herstellen(pad)
