"""The one way the portal writes a CSV download.

Two formats, chosen with ``?formaat=``:

- ``excel`` (default): what Dutch Excel opens correctly by double-click — ``;`` between fields,
  a decimal comma (``12,5``), UTF-8 with a BOM;
- ``rfc4180``: for other tools — ``,`` between fields, a decimal point, UTF-8 without a BOM,
  ``text/csv; header=present`` (RFC 4180).

Both end lines with CRLF and quote fields that need it. A text cell that a spreadsheet would read
as a formula gets a leading ``'`` (``kern.uitwisseling.csv_tekstwaarde``); numbers do not.
"""

import csv
import io
from dataclasses import dataclass
from decimal import Decimal

from django.http import HttpResponse

from .uitwisseling import csv_tekstwaarde


@dataclass(frozen=True)
class CsvFormaat:
    naam: str
    scheiding: str
    decimaalteken: str
    bom: bool
    content_type: str


EXCEL = CsvFormaat("excel", ";", ",", True, "text/csv; charset=utf-8")
RFC4180 = CsvFormaat("rfc4180", ",", ".", False, "text/csv; charset=utf-8; header=present")
FORMATEN = {f.naam: f for f in (EXCEL, RFC4180)}


class OnbekendFormaat(ValueError):
    pass


def csv_formaat(request) -> CsvFormaat:
    """The format a request asks for (``?formaat=excel`` or ``rfc4180``; default excel)."""
    naam = request.GET.get("formaat", EXCEL.naam)
    if naam not in FORMATEN:
        raise OnbekendFormaat(naam)
    return FORMATEN[naam]


def csv_cel(waarde, formaat: CsvFormaat = EXCEL) -> str:
    if waarde is None:
        return ""
    if isinstance(waarde, bool):
        return "ja" if waarde else "nee"
    if isinstance(waarde, float | Decimal):
        return str(waarde).replace(".", formaat.decimaalteken)
    if isinstance(waarde, int):
        return str(waarde)
    return csv_tekstwaarde(str(waarde))


def csv_tekst(rijen, formaat: CsvFormaat = EXCEL) -> str:
    """``rijen`` (the header first) as CSV text in ``formaat``."""
    uit = io.StringIO()
    if formaat.bom:
        uit.write("\ufeff")
    writer = csv.writer(uit, delimiter=formaat.scheiding, lineterminator="\r\n")
    for rij in rijen:
        writer.writerow([csv_cel(w, formaat) for w in rij])
    return uit.getvalue()


def csv_response(request, bestandsnaam: str, rijen) -> HttpResponse:
    """A CSV download of ``rijen`` (header first) in the format the request asks for; an
    unknown ``?formaat=`` gets a 400 with a Dutch message."""
    try:
        formaat = csv_formaat(request)
    except OnbekendFormaat:
        keuzes = " of ".join(FORMATEN)
        return HttpResponse(
            f"Onbekend formaat. Kies formaat={keuzes}.",
            status=400,
            content_type="text/plain; charset=utf-8",
        )
    return HttpResponse(
        csv_tekst(rijen, formaat),
        content_type=formaat.content_type,
        headers={"Content-Disposition": f'attachment; filename="{bestandsnaam}"'},
    )
