"""Export: the update sheet of a user for a reporting period, in one programme."""

import io

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font, PatternFill

from activiteiten.constants import Status
from activiteiten.models import Rapportageperiode
from almelo_programma.kern import excel
from almelo_programma.kern.uitwisseling import xlsx_cel, xlsx_rij
from doelen.selectors import huidig_programma

from ..selectors import bewerkbare_activiteiten, bewerkbare_deelsporen
from .blad import BLAD, DEELSPOOR_KOLOMMEN, DEELSPOREN_BLAD, INVUL, KOLOM, KOLOMMEN, letter

CHUNK = 200  # rows read from the database at a time

UITLEG = [
    "Dit bestand heeft twee tabbladen om in te vullen:",
    "- 'Bijwerken': de activiteiten van dit jaar die u mag bijwerken, één per rij;",
    "- 'Deelsporen woondeal': de deelsporen van de woondeal die u mag bijwerken, één per rij.",
    "Vul per rij de gele kolommen in: nieuwe status, voortgang (0–100), toelichting,",
    "rapportagedatum (leeg = vandaag) en of de update openbaar wordt (ja/nee).",
    "Een toelichting is verplicht bij 'Aandacht nodig', 'Vertraagd' en 'Gestopt';",
    "'Afgerond' hoort bij 100%. Laat een rij leeg als er niets te melden is.",
    "Wijzig de sleutel niet. Bij een fout wordt niets opgeslagen, ook niet op het andere",
    "tabblad: u ziet per tabblad, rij en kolom wat er mis is.",
]


def _naam(user) -> str:
    return (user.get_full_name() or user.get_username()) if user else ""


def _huidig(item, labels) -> list:
    return [
        str(labels.get(item.laatste_status, "Nog geen update")),
        item.laatste_voortgang,
        item.laatste_datum,
        *[None] * len(INVUL),
    ]


def _vul_blad(ws, kolommen, rijen, *, breedte_jaar: int = 12) -> None:
    """Write the header and ``rijen`` (an iterator) to the write-only sheet ``ws``: each row
    goes to disk as it is written, so memory does not grow with the number of rows. Layout
    (widths, frozen panes) comes first: a write-only sheet writes it before the rows."""
    for attr, breedte in [
        ("sleutel", 38),
        ("jaar", breedte_jaar),
        ("titel", 50),
        ("toelichting", 50),
        ("trekker", 22),
    ]:
        ws.column_dimensions[letter(attr)].width = breedte
    ws.freeze_panes = "E2"
    vet = Font(bold=True)
    kop_uitlijning = Alignment(wrap_text=True, vertical="top")
    invul = PatternFill("solid", fgColor="FFF2CC")
    invul_kolommen = {KOLOM[attr] for attr in INVUL}
    datum_kolommen = {KOLOM["laatste_datum"], KOLOM["rapportagedatum"]}

    def cel(kolom: int, waarde, *, kop: bool = False):
        c = xlsx_cel(ws, waarde)  # text is never a formula
        if kolom in invul_kolommen:
            c.fill = invul
        if kop:
            c.font, c.alignment = vet, kop_uitlijning
        elif kolom in datum_kolommen:
            c.number_format = "DD-MM-YYYY"
        return c

    ws.append([cel(k, titel, kop=True) for k, (titel, _) in enumerate(kolommen)])
    laatste_rij = 1
    for rij in rijen:
        ws.append([cel(k, waarde) for k, waarde in enumerate(rij)])
        laatste_rij += 1
    _invulregels(ws, max(laatste_rij, 2))


def _invulregels(ws, laatste_rij: int) -> None:
    """Excel's own checks on the yellow columns, with the import's rules and Dutch messages."""

    def bereik(attr):
        return f"{letter(attr)}2:{letter(attr)}{laatste_rij}"

    excel.keuzelijst(
        ws,
        bereik("status"),
        [str(s.label) for s in Status],
        titel="Nieuwe status",
        fout="Kies een status uit de lijst.",
    )
    excel.geheel_getal(
        ws,
        bereik("voortgang"),
        minimum=0,
        maximum=100,
        titel="Nieuwe voortgang",
        fout="De voortgang is een geheel getal van 0 tot en met 100.",
    )
    excel.datum(
        ws,
        bereik("rapportagedatum"),
        titel="Rapportagedatum",
        fout="Geef een datum als dd-mm-jjjj (leeg = vandaag).",
    )
    excel.keuzelijst(
        ws,
        bereik("gepubliceerd"),
        excel.JA_NEE,
        titel="Publiceren",
        fout="Vul 'ja' of 'nee' in.",
    )


def exporteer(*, gebruiker, periode: Rapportageperiode | None, programma=None) -> bytes:
    """All activities of the period's year and all woondeal sub-tracks of ``programma`` the
    user may edit, one row each, on two sheets: the workbook's bytes (for small sheets and
    tests). ``programma``: by default the current one."""
    buffer = io.BytesIO()
    exporteer_naar(buffer, gebruiker=gebruiker, periode=periode, programma=programma)
    return buffer.getvalue()


def exporteer_naar(
    bestand, *, gebruiker, periode: Rapportageperiode | None, programma=None
) -> None:
    """Write the update sheet of ``gebruiker`` in ``programma`` (by default the current one) to
    ``bestand`` (a file or path) in openpyxl's write-only mode, reading the rows in chunks:
    memory stays flat however many rows. Only the items of that programme the user may edit
    (with the roles they hold in it) are on it."""
    if programma is None:
        programma = huidig_programma()
    qs = bewerkbare_activiteiten(gebruiker, programma=programma)
    if periode is not None:
        qs = qs.filter(jaar=periode.jaar)
    labels = dict(Status.choices)
    wb = Workbook(write_only=True)
    ws = wb.create_sheet(BLAD)
    _vul_blad(
        ws,
        KOLOMMEN,
        (
            [
                str(act.uuid),
                act.lijn.code,
                act.jaar,
                act.titel,
                _naam(act.trekker or act.lijn.trekker),
                *_huidig(act, labels),
            ]
            for act in qs.iterator(chunk_size=CHUNK)
        ),
    )
    sporen = wb.create_sheet(DEELSPOREN_BLAD)
    _vul_blad(
        sporen,
        DEELSPOOR_KOLOMMEN,
        (
            [
                spoor.slug,
                spoor.woondeal.lijn.code if spoor.woondeal.lijn else "",
                f"{spoor.woondeal.regio} — {spoor.woondeal.gemeente}",
                str(spoor),
                _naam(
                    spoor.trekker or (spoor.woondeal.lijn.trekker if spoor.woondeal.lijn else None)
                ),
                *_huidig(spoor, labels),
            ]
            for spoor in bewerkbare_deelsporen(gebruiker, programma=programma)
            .select_related("woondeal__lijn__trekker")
            .iterator(chunk_size=CHUNK)
        ),
        breedte_jaar=30,
    )
    uitleg = wb.create_sheet("Uitleg")
    for regel in UITLEG:
        uitleg.append(xlsx_rij(uitleg, [regel]))
    wb.save(bestand)
