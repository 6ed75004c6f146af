"""Excel export and import of the decision list: a round trip changes nothing, a changed sheet
updates and adds, and a sheet with one bad row writes nothing and names every error per row."""

import datetime
import io

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from openpyxl import load_workbook

from besluiten.models import Besluit
from besluiten.uitwisseling import KOLOMMEN, als_xlsx

pytestmark = pytest.mark.django_db
XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"


def _export(client, query=""):
    response = client.get(f"/werkruimte/besluiten/besluiten.xlsx{query}")
    assert response.status_code == 200
    assert response["Content-Type"] == XLSX
    ws = load_workbook(io.BytesIO(response.content)).active
    return [list(r) for r in ws.iter_rows(values_only=True)]


def _import(client, rijen, naam="besluiten.xlsx"):
    inhoud = rijen if isinstance(rijen, bytes) else als_xlsx(rijen)
    bestand = SimpleUploadedFile(naam, inhoud)
    return client.post("/werkruimte/besluiten/importeren/", {"bestand": bestand})


def _staat():
    return [
        (b.kenmerk, b.soort, b.datum, b.titel, b.openbaar, b.status, b.termijn, b.eigenaar_id,
         sorted(lijn.code for lijn in b.lijnen.all()))
        for b in Besluit.objects.order_by("kenmerk")
    ]  # fmt: skip


def test_export_has_every_decision_with_its_columns(client, gebruikers, besluiten):
    client.force_login(gebruikers["wethouder"])
    rijen = _export(client)
    assert rijen[0] == KOLOMMEN
    per_kenmerk = {r[0]: dict(zip(KOLOMMEN, r, strict=True)) for r in rijen[1:]}
    assert set(per_kenmerk) == {"RB 2025-114", "CB 2025-7", "TZ 2025-3"}
    tz = per_kenmerk["TZ 2025-3"]
    assert tz["Eigenaar"] == "trekker.wonen"
    assert tz["Termijn"].date() == datetime.date(2025, 6, 1)
    assert tz["Status"] == "open" and tz["Lijnen"] == "A1" and tz["Openbaar"] == "ja"
    assert per_kenmerk["CB 2025-7"]["Openbaar"] == "nee"
    # the filters of the list apply to the download too
    assert [r[0] for r in _export(client, "?soort=toezegging")[1:]] == ["TZ 2025-3"]


def test_round_trip_changes_nothing_and_edits_are_applied(client, gebruikers, besluiten):
    client.force_login(gebruikers["programmamanager"])
    rijen = _export(client)
    voor = _staat()
    response = _import(client, rijen)
    assert response.status_code == 302
    assert _staat() == voor

    kop = rijen[0]
    tz = next(r for r in rijen if r[0] == "TZ 2025-3")
    tz[kop.index("Status")] = "afgedaan"
    tz[kop.index("Wijze van afdoening")] = "Raadsinformatiebrief 2025-40."
    tz[kop.index("Afdoeningsdatum")] = "15-06-2025"
    nieuw = [None] * len(kop)
    for kolom, waarde in {
        "Kenmerk": "M 2025-9", "Soort": "Motie", "Datum": "02-02-2025",
        "Titel": "Motie betaalbare starterswoningen", "Openbaar": "ja", "Lijnen": "A1, A2",
        "Doelen": "A", "Eigenaar": "wethouder", "Termijn": "01-12-2025",
    }.items():  # fmt: skip
        nieuw[kop.index(kolom)] = waarde
    rijen.append(nieuw)
    response = _import(client, rijen)
    assert response.status_code == 302
    tz_db = Besluit.objects.get(kenmerk="TZ 2025-3")
    assert tz_db.status == "afgedaan" and tz_db.afdoeningsdatum == datetime.date(2025, 6, 15)
    motie = Besluit.objects.get(kenmerk="M 2025-9")
    assert motie.soort == "motie" and motie.status == "open" and motie.openbaar
    assert sorted(lijn.code for lijn in motie.lijnen.all()) == ["A1", "A2"]
    assert [d.code for d in motie.doelen.all()] == ["A"]
    assert motie.eigenaar == gebruikers["wethouder"]
    # an import leaves the links it does not carry alone
    assert besluiten["activiteit"] in Besluit.objects.get(kenmerk="RB 2025-114").activiteiten.all()


def test_bad_rows_write_nothing_and_are_named_in_dutch(client, gebruikers, besluiten):
    client.force_login(gebruikers["programmamanager"])
    rijen = _export(client)
    kop = rijen[0]
    voor = _staat()
    tz = next(r for r in rijen if r[0] == "TZ 2025-3")
    tz[kop.index("Titel")] = "Gewijzigd, maar er zit een fout in het bestand"
    rb_rij = next(i for i, r in enumerate(rijen) if r[0] == "RB 2025-114") + 1
    rijen[rb_rij - 1][kop.index("Status")] = "afgedaan"  # a council decision has no status
    slecht = [None] * len(kop)
    for kolom, waarde in {
        "Kenmerk": "X 1", "Soort": "besluitje", "Datum": "31-02-2025", "Titel": "",
        "Lijnen": "Z9", "Eigenaar": "onbekend", "Openbaar": "misschien",
    }.items():  # fmt: skip
        slecht[kop.index(kolom)] = waarde
    rijen.append(slecht)
    rijen.append(list(rijen[1]))  # the first decision twice
    response = _import(client, rijen)
    assert response.status_code == 400
    html = response.content.decode()
    assert "Er is niets opgeslagen" in html
    n = len(rijen) - 1
    for verwacht in (
        f"Rij {rb_rij}: Status: Alleen een motie of toezegging heeft een status.",
        f"Rij {n}: Soort: &#x27;besluitje&#x27; is onbekend",
        f"Rij {n}: Datum: &#x27;31-02-2025&#x27; is geen datum",
        f"Rij {n}: Lijnen: onbekende code(s) Z9.",
        f"Rij {n}: Eigenaar: &#x27;onbekend&#x27; is geen gebruiker van het portaal.",
        f"Rij {n}: Openbaar: vul &#x27;ja&#x27; of &#x27;nee&#x27; in",
        f"Rij {n}: Titel: verplicht.",
        f"Rij {n + 1}: Kenmerk: &#x27;{rijen[1][0]}&#x27; staat ook op rij 2.",
    ):
        assert verwacht in html, verwacht
    assert _staat() == voor
    assert not Besluit.objects.filter(kenmerk="X 1").exists()


def test_csv_import_and_unreadable_files(client, gebruikers, besluiten):
    client.force_login(gebruikers["programmamanager"])
    csv = (
        "\ufeffKenmerk;Soort;Datum;Titel;Openbaar\r\n"
        "RIB 2025-12;raadsinformatiebrief;03-03-2025;Stand van de woondeal;ja\r\n"
    ).encode()
    assert _import(client, csv, naam="lijst.csv").status_code == 302
    assert Besluit.objects.get(kenmerk="RIB 2025-12").soort == "raadsinformatiebrief"
    response = _import(client, b"geen excel", naam="lijst.xlsx")
    assert response.status_code == 400
    assert "geen leesbaar .xlsx-bestand" in response.content.decode()
    response = _import(client, b"Titel\r\nIets\r\n", naam="lijst.csv")
    assert "Kolom(men) ontbreken: Kenmerk, Soort, Datum." in response.content.decode()
