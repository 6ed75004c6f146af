"""The update sheet's import refuses what would exhaust the server — an oversized file, a zip
bomb, a sheet of 100,000 rows — quickly, in Dutch, without writing anything; and a sheet full of
errors gets a page that lists the first 50 and counts the rest."""

import re
import time
import tracemalloc

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile

from activiteiten.models import Statusupdate
from almelo_programma.werkruimte.uitwisseling import KOLOMMEN
from tests.kern.helpers import veel_rijen_xlsx, zipbom_xlsx
from tests.werkruimte.helpers import EXPORT, IMPORT
from woondeals.models import DeelspoorUpdate

pytestmark = pytest.mark.django_db

KOP = [k for k, _ in KOLOMMEN]


def _post(client, inhoud: bytes):
    bestand = SimpleUploadedFile("bijwerken.xlsx", inhoud)
    begin = time.monotonic()
    r = client.post(IMPORT, {"bestand": bestand})
    return r, time.monotonic() - begin


def _niets_geschreven():
    assert Statusupdate.objects.count() == 0
    assert DeelspoorUpdate.objects.count() == 0


def test_oversized_file_is_refused_before_it_is_read(werk, settings):
    settings.IMPORT_MAX_BYTES = 100_000
    r, _ = _post(werk.client(werk.pm), b"PK" + b"\0" * 150_000)
    assert r.status_code == 400
    tekst = r.content.decode()
    assert "Het bestand is 150 kB; de grens is 100 kB. Lees het in delen in." in tekst
    _niets_geschreven()


def test_zip_bomb_is_refused_before_openpyxl_unpacks_it(werk):
    c = werk.client(werk.pm)
    echt = b"".join(c.get(EXPORT).streaming_content)
    bom = zipbom_xlsx(echt, uitgepakt_mb=300)
    assert len(bom) < 2_000_000  # small on the wire …
    tracemalloc.start()
    r, duur = _post(c, bom)
    _, piek = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    assert r.status_code == 400
    assert re.search(
        r"Uitgepakt zou dit Excel-bestand 29\d,\d MB zijn; de grens is 20,0 MB\. Lees het in "
        "delen in.",
        r.content.decode(),
    )
    assert duur < 5 and piek < 50_000_000  # … and it is never unpacked
    _niets_geschreven()


def test_highly_compressed_member_is_refused(werk, settings):
    settings.IMPORT_MAX_ONGECOMPRIMEERD = 500_000_000  # only the ratio stops it
    c = werk.client(werk.pm)
    bom = zipbom_xlsx(b"".join(c.get(EXPORT).streaming_content), uitgepakt_mb=20)
    r, _ = _post(c, bom)
    assert r.status_code == 400
    assert "verdacht sterk gecomprimeerd (meer dan 200 keer)" in r.content.decode()
    _niets_geschreven()


def test_a_full_sheet_of_100000_rows_is_refused_by_its_unpacked_size(werk):
    rij = ["x", "A4", 2026, "t", "", "", None, None, "Op schema", 50]
    r, duur = _post(werk.client(werk.pm), veel_rijen_xlsx("Bijwerken", KOP, rij, 100_000))
    assert r.status_code == 400
    assert "de grens is 20,0 MB" in r.content.decode()
    assert duur < 5  # refused from the zip's directory, not by reading rows
    _niets_geschreven()


def test_a_slim_sheet_of_100000_rows_is_refused_at_the_row_limit(werk):
    r, duur = _post(werk.client(werk.pm), veel_rijen_xlsx("Bijwerken", KOP, ["x", 1], 100_000))
    assert r.status_code == 400
    assert "Het bestand heeft meer dan 10.000 rijen; dat is de grens." in r.content.decode()
    assert duur < 30  # it was 63 s for the whole sheet; a generous bound on a busy machine
    _niets_geschreven()


def test_many_errors_give_a_small_page_with_the_first_50(werk, settings):
    settings.IMPORT_MAX_RIJEN = 5_000
    settings.IMPORT_ACHTERGROND_RIJEN = 5_000  # checked while the browser waits
    rij = ["onbekende-sleutel", "A4", 2026, "t", "", "", None, None, "Op schema", 50]
    r, _ = _post(werk.client(werk.pm), veel_rijen_xlsx("Bijwerken", KOP, rij, 3_000))
    assert r.status_code == 400
    tekst = r.content.decode()
    assert "Niets opgeslagen: 3.000 fouten in het bestand" in tekst
    assert "Hieronder staan de eerste 50 van 3.000 fouten" in tekst
    assert tekst.count("Onbekende activiteit") == 50
    assert len(r.content) < 60_000
    _niets_geschreven()
