"""The Bestuursrapportage is a tagged PDF (PDF/UA-1): a structure tree with headings, tables and
figures, the document language and a title that viewers show, read back with pypdf."""

import datetime
import io

import pytest
from pypdf import PdfReader

from almelo_programma.dashboard import pdf
from almelo_programma.dashboard.models import Bestuursrapportage, RapportStatus
from doelen.models import Programma


@pytest.fixture(autouse=True)
def media_in_tmp(settings, tmp_path):
    settings.MEDIA_ROOT = str(tmp_path)


def _structuurtypen(element, typen: set, diepte=0) -> set:
    """The /S types of the structure elements below ``element`` (a dict or an array of kids)."""
    element = element.get_object()
    if isinstance(element, list):
        for kind in element:
            _structuurtypen(kind, typen, diepte)
        return typen
    if not hasattr(element, "get") or diepte > 40:
        return typen
    if "/S" in element:
        typen.add(str(element["/S"]))
    if "/K" in element:
        _structuurtypen(element["/K"], typen, diepte + 1)
    return typen


def test_bestuursrapportage_is_a_tagged_pdf_with_language_and_title(programma):
    rapport = Bestuursrapportage.objects.create(
        programma=Programma.objects.get(),
        stand="",
        stand_label="30 november 2026",
        peildatum=datetime.date(2026, 11, 30),
    )
    pdf.bestuursrapportage_maken(rapport_id=rapport.pk)
    rapport.refresh_from_db()
    assert rapport.status == RapportStatus.KLAAR, rapport.foutmelding
    with rapport.bestand.open("rb") as f:
        reader = PdfReader(io.BytesIO(f.read()))

    catalogus = reader.trailer["/Root"]
    assert catalogus["/Lang"] == "nl"
    assert bool(catalogus["/MarkInfo"]["/Marked"])
    assert bool(catalogus["/ViewerPreferences"]["/DisplayDocTitle"])
    assert reader.metadata.title == "Bestuursrapportage 30 november 2026"
    assert reader.xmp_metadata is not None  # PDF/UA identification lives in the XMP metadata
    assert b"pdfuaid" in reader.trailer["/Root"]["/Metadata"].get_object().get_data()

    typen = _structuurtypen(catalogus["/StructTreeRoot"]["/K"], set())
    assert {"/H1", "/H2", "/P", "/Table", "/TH", "/TD"} <= typen, typen
    assert "/Figure" in typen, typen  # the charts
