"""The one way a cell goes into a sheet the portal produces, and the limits on sheets it reads.

**Formula injection.** A text that starts with ``=``, ``+``, ``-``, ``@``, a tab or a carriage
return (or the full-width ``＝ ＋ － ＠``) is a formula to Excel and LibreOffice when it arrives
in a CSV, and a live formula in an .xlsx written by openpyxl (which turns every ``"=…"`` string
into a formula). Every spreadsheet and CSV of the portal writes its cells through this module:

- ``xlsx_cel`` / ``xlsx_rij``: such a text is written as an *inline string* (data type ``s``,
  never ``f``) with Excel's own "quote prefix" style, so it is shown as the text it is and stays
  text when someone edits the cell; numbers and dates stay numbers and dates;
- ``csv_tekstwaarde``: such a text gets a leading ``'`` (the OWASP advice for CSV); so does a
  text that already starts with ``'`` followed by one of those characters or another ``'``, so
  that ``csv_terug`` can take exactly one quote off on import and an exported then re-imported
  sheet reads back what was exported, round after round.

**Upload limits** (``blad_controleren``, ``rijen_begrensd``): a file above
``IMPORT_MAX_BYTES``, an .xlsx whose members would unpack to more than
``IMPORT_MAX_ONGECOMPRIMEERD`` bytes or with a member compressed more than
``IMPORT_MAX_VERHOUDING`` times (a zip bomb), and a sheet of more than ``IMPORT_MAX_RIJEN``
rows are refused with a Dutch message before the rows are used. The zip's directory is read
before openpyxl opens anything; Python's ``zipfile`` never unpacks more than a member's declared
size (and then fails its CRC check), so the declared sizes are a safe upper bound.
"""

import zipfile
from collections.abc import Iterable, Iterator

from django.conf import settings
from django.core.exceptions import ValidationError
from openpyxl.cell import Cell

from .getallen import nl_getal

GEVAARLIJK = frozenset("=+-@\t\r\uff1d\uff0b\uff0d\uff20")
CITAAT = "'"
MAX_FOUTEN_GETOOND = 50  # the errors an import page lists; the rest is counted


def is_formuleachtig(tekst: str) -> bool:
    """True when a spreadsheet would read ``tekst`` as a formula."""
    return bool(tekst) and tekst[0] in GEVAARLIJK


def csv_tekstwaarde(tekst: str) -> str:
    """``tekst`` as a CSV field that no spreadsheet executes (see the module docstring)."""
    if is_formuleachtig(tekst) or (
        tekst[:1] == CITAAT and (tekst[1:2] == CITAAT or is_formuleachtig(tekst[1:]))
    ):
        return CITAAT + tekst
    return tekst


def csv_terug(waarde):
    """The text ``csv_tekstwaarde`` was given: one added quote taken off (other values as is)."""
    if (
        isinstance(waarde, str)
        and waarde[:1] == CITAAT
        and (waarde[1:2] == CITAAT or is_formuleachtig(waarde[1:]))
    ):
        return waarde[1:]
    return waarde


def xlsx_cel(ws, waarde) -> Cell:
    """A cell for ``ws.append`` (normal and write-only sheets): text is never a formula."""
    cel = Cell(ws, row=1, column=1, value=waarde)  # as WriteOnlyCell; append places it
    if isinstance(waarde, str) and is_formuleachtig(waarde):
        cel.data_type = "s"  # openpyxl made "=…" a formula ("f")
        cel.quotePrefix = True
    return cel


def xlsx_rij(ws, waarden: Iterable) -> list:
    """One row of ``xlsx_cel`` cells (cells already made, e.g. styled ones, pass through)."""
    return [w if isinstance(w, Cell) else xlsx_cel(ws, w) for w in waarden]


# --- limits on what is read ---------------------------------------------------------------------


class TeGrootBestand(ValueError):
    """The upload breaks one of the limits; ``str()`` is the Dutch message for the user."""


def _mb(aantal: int) -> str:
    if aantal < 1_000_000:
        return f"{nl_getal(aantal / 1000)} kB"
    return f"{nl_getal(aantal / 1_000_000, 1)} MB"


def grootte_controleren(grootte: int) -> None:
    if grootte > settings.IMPORT_MAX_BYTES:
        raise TeGrootBestand(
            f"Het bestand is {_mb(grootte)}; de grens is {_mb(settings.IMPORT_MAX_BYTES)}. "
            "Lees het in delen in."
        )


def upload_valideren(bestand):
    """For a form's ``clean_<file field>``: the upload within ``IMPORT_MAX_BYTES`` (checked on
    the size Django counted while storing it, before anything reads it)."""
    try:
        grootte_controleren(bestand.size)
    except TeGrootBestand as exc:
        raise ValidationError(str(exc), code="te_groot") from None
    return bestand


def zip_controleren(bestand) -> None:
    """Refuse an .xlsx (a zip) that would unpack to too much, before anyone unpacks it.
    ``bestand`` is a binary file object; its position is restored. A file that is no zip at
    all passes: the reader reports it as unreadable."""
    positie = bestand.tell()
    try:
        with zipfile.ZipFile(bestand) as zf:
            leden = zf.infolist()
    except (zipfile.BadZipFile, OSError, ValueError):
        return
    finally:
        bestand.seek(positie)
    totaal = sum(lid.file_size for lid in leden)
    if totaal > settings.IMPORT_MAX_ONGECOMPRIMEERD:
        raise TeGrootBestand(
            f"Uitgepakt zou dit Excel-bestand {_mb(totaal)} zijn; de grens is "
            f"{_mb(settings.IMPORT_MAX_ONGECOMPRIMEERD)}. Lees het in delen in."
        )
    for lid in leden:
        if lid.file_size > 1_000_000 and (
            lid.file_size > settings.IMPORT_MAX_VERHOUDING * max(lid.compress_size, 1)
        ):
            raise TeGrootBestand(
                "Dit Excel-bestand is verdacht sterk gecomprimeerd (meer dan "
                f"{settings.IMPORT_MAX_VERHOUDING} keer) en wordt niet gelezen. Sla het opnieuw "
                "op vanuit Excel of LibreOffice."
            )


def bestandsgrootte(bestand) -> int:
    """The size of an uploaded file (``.size``) or of any seekable binary file."""
    grootte = getattr(bestand, "size", None)
    if grootte is None:
        positie = bestand.tell()
        grootte = bestand.seek(0, 2)
        bestand.seek(positie)
    return grootte


def blad_controleren(bestand, *, is_xlsx: bool) -> None:
    """All checks that can be made before a row is read; raise ``TeGrootBestand``."""
    grootte_controleren(bestandsgrootte(bestand))
    if is_xlsx:
        zip_controleren(bestand)


def rijen_begrensd(rijen: Iterable, *, kop: int = 1) -> Iterator:
    """``rijen`` as they come (streamed), with ``TeGrootBestand`` as soon as there are more than
    ``IMPORT_MAX_RIJEN`` rows besides the ``kop`` header rows."""
    grens = settings.IMPORT_MAX_RIJEN + kop
    for nummer, rij in enumerate(rijen, start=1):
        if nummer > grens:
            raise TeGrootBestand(
                f"Het bestand heeft meer dan {nl_getal(settings.IMPORT_MAX_RIJEN)} rijen; dat is "
                "de grens. Lees het in delen in."
            )
        yield rij


def fouten_telling(aantal: int) -> str:
    """ "1 fout", "100.000 fouten"."""
    return f"{nl_getal(aantal)} fout" + ("" if aantal == 1 else "en")


def fouten_ingekort(aantal: int) -> str:
    """What a page says when it lists only part of ``aantal`` errors ("" when it lists all)."""
    if aantal <= MAX_FOUTEN_GETOOND:
        return ""
    return (
        f"Hieronder staan de eerste {MAX_FOUTEN_GETOOND} van {nl_getal(aantal)} fouten; "
        "verbeter die en lees het bestand opnieuw in."
    )


def rijen_tellen(bestand, *, is_xlsx: bool) -> int | None:
    """The rows of all sheets of an .xlsx (or the lines of a CSV), streamed, to decide whether
    an import runs in the background. None when the file breaks a limit or cannot be read:
    the import itself then says why, at once."""
    positie = bestand.tell()
    try:
        blad_controleren(bestand, is_xlsx=is_xlsx)
        if not is_xlsx:
            return sum(1 for _ in rijen_begrensd(bestand, kop=1))
        from openpyxl import load_workbook

        wb = load_workbook(bestand, read_only=True, data_only=True)
        try:
            return sum(
                sum(1 for _ in rijen_begrensd(ws.iter_rows(values_only=True, max_col=1)))
                for ws in wb.worksheets
            )
        finally:
            wb.close()
    except Exception:  # noqa: BLE001 - too large or unreadable: the import reports it
        return None
    finally:
        bestand.seek(positie)
