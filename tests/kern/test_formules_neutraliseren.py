"""The one neutralising writer (kern.uitwisseling): formula-like text becomes inert text in
.xlsx and CSV, numbers stay numbers, and a CSV read back gives what was written, round after
round."""

import datetime
import io
from decimal import Decimal

import pytest
from openpyxl import Workbook

from almelo_programma.kern.csvbestand import EXCEL, RFC4180, csv_cel, csv_tekst
from almelo_programma.kern.uitwisseling import csv_tekstwaarde, csv_terug, xlsx_rij
from tests.kern.helpers import FORMULES, csv_velden, xlsx_tekstcellen

TEKSTEN = [*FORMULES, "'=al geciteerd", "''", "'", "gewone tekst", "'gewoon", "", "-", "3-4"]


@pytest.mark.parametrize("tekst", FORMULES)
def test_csv_prefixes_formula_text_with_a_quote(tekst):
    assert csv_tekstwaarde(tekst) == "'" + tekst
    assert csv_cel(tekst) == "'" + tekst


@pytest.mark.parametrize("tekst", TEKSTEN)
def test_csv_round_trip_does_not_grow_quotes(tekst):
    waarde = tekst
    for _ in range(3):  # export, import, export again …
        waarde = csv_terug(csv_tekstwaarde(waarde))
    assert waarde == tekst


def test_plain_text_is_left_alone_and_a_hand_typed_quote_stays():
    assert csv_tekstwaarde("gewone tekst") == "gewone tekst"
    assert csv_terug("'gewoon") == "'gewoon"  # not added by the portal: not taken off


@pytest.mark.parametrize("formaat", [EXCEL, RFC4180])
def test_numbers_stay_numbers_in_csv(formaat):
    rij = csv_velden(csv_tekst([[-5, -2.5, Decimal("-1.25"), 0, True]], formaat), formaat.scheiding)
    komma = formaat.decimaalteken
    assert rij == [["-5", f"-2{komma}5", f"-1{komma}25", "0", "ja"]]


def test_xlsx_writes_formula_text_as_string_and_keeps_numbers_and_dates():
    wb = Workbook()
    ws = wb.active
    datum = datetime.date(2026, 3, 1)
    ws.append(xlsx_rij(ws, [*FORMULES, -5, Decimal("2.5"), datum, "tekst"]))
    uit = io.BytesIO()
    wb.save(uit)
    teksten = xlsx_tekstcellen(uit.getvalue())["Sheet"]
    assert set(FORMULES) <= teksten
    assert ws["A1"].quotePrefix  # stays text when someone edits the cell in Excel
    from openpyxl import load_workbook

    gelezen = load_workbook(io.BytesIO(uit.getvalue())).active
    n = len(FORMULES)
    assert [c.value for c in gelezen[1][n : n + 2]] == [-5, 2.5]
    assert [c.data_type for c in gelezen[1][n : n + 3]] == ["n", "n", "d"]
    assert gelezen[1][n + 2].value.date() == datum
