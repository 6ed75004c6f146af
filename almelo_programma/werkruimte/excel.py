"""The period's update sheet as .xlsx: export, and an all-or-nothing import.

The workbook has two sheets to fill in, with the yellow columns in the same places (I–M):
"Bijwerken" lists the activities of the period's year the user may edit, "Deelsporen woondeal"
the woondeal sub-tracks they may edit (sub-tracks have no year; they belong to a woondeal).
A third sheet, "Uitleg", explains how to fill them in.

Import: every row of both sheets is validated first (``activiteiten.services.valideer_update``,
the rules of every status update); errors are reported per sheet, row and column in Dutch; then
all new updates — activities and sub-tracks — are saved in one transaction through
``statusupdates_bulk_create`` and ``deelspoorupdates_bulk_create`` (followers are told, the
history records the author), or none are. Rows left empty, and rows equal to the item's latest
update, change nothing. A sheet without the sub-track tab (an older download) imports as before.
"""

import datetime
import io
import uuid
from dataclasses import dataclass, field

from django.core.exceptions import ValidationError
from django.db import transaction
from django.db.models import Subquery
from django.utils import timezone
from openpyxl import Workbook, load_workbook
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.worksheet.datavalidation import DataValidation

from activiteiten.constants import Status
from activiteiten.models import Rapportageperiode, Statusupdate
from activiteiten.selectors import laatste_update_subquery
from activiteiten.services import (
    statusupdates_bulk_create,
    valideer_rapportagedatum,
    valideer_update,
)
from doelen.selectors import programma_get
from woondeals.models import DeelspoorUpdate
from woondeals.services import deelspoorupdates_bulk_create

from .selectors import bewerkbare_activiteiten, bewerkbare_deelsporen

BLAD = "Bijwerken"
DEELSPOREN_BLAD = "Deelsporen woondeal"
INVUL_KOLOMMEN = [
    ("Nieuwe status", "status"),
    ("Nieuwe voortgang (%)", "voortgang"),
    ("Toelichting", "toelichting"),
    ("Rapportagedatum", "rapportagedatum"),
    ("Publiceren (ja/nee)", "gepubliceerd"),
]
# (header, attribute) — the first eight columns are information, the last five are filled in.
KOLOMMEN = [
    ("Sleutel (niet wijzigen)", "sleutel"),
    ("Lijn", "lijn"),
    ("Jaar", "jaar"),
    ("Activiteit", "titel"),
    ("Trekker", "trekker"),
    ("Huidige status", "huidige_status"),
    ("Huidige voortgang (%)", "huidige_voortgang"),
    ("Laatste update", "laatste_datum"),
    *INVUL_KOLOMMEN,
]
# The sub-track sheet: the same attributes in the same columns, so the letters match (column C
# holds the woondeal where the activity sheet has the year).
DEELSPOOR_KOLOMMEN = [
    ("Sleutel (niet wijzigen)", "sleutel"),
    ("Lijn", "lijn"),
    ("Woondeal", "jaar"),
    ("Deelspoor", "titel"),
    *KOLOMMEN[4:],
]
KOLOM = {attr: i for i, (_, attr) in enumerate(KOLOMMEN)}  # the same for both sheets
INVUL = tuple(attr for _, attr in INVUL_KOLOMMEN)
STATUS_OP_TEKST = {s.label.lower(): s.value for s in Status} | {s.value: s.value for s in Status}
JA = {"ja", "j", "yes", "true", "1", "waar"}
NEE = {"nee", "n", "no", "false", "0", "onwaar", ""}
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


def _letter(attr: str) -> str:
    return chr(ord("A") + KOLOM[attr])


def _met_toelichting(qs, model=Statusupdate, fk="activiteit"):
    sub = laatste_update_subquery(model, fk)
    return qs.annotate(laatste_toelichting=Subquery(sub.values("toelichting")[:1]))


def _naam(user) -> str:
    return (user.get_full_name() or user.get_username()) if user else ""


def _huidig(item, labels) -> list:
    return [
        str(labels.get(item.laatste_status, "Nog geen update")),
        item.laatste_voortgang,
        item.laatste_datum,
        *[None] * len(INVUL),
    ]


def _vul_blad(ws, kolommen, rijen) -> None:
    ws.append([kop for kop, _ in kolommen])
    vet = Font(bold=True)
    invul = PatternFill("solid", fgColor="FFF2CC")
    for cel in ws[1]:
        cel.font = vet
        cel.alignment = Alignment(wrap_text=True, vertical="top")
    for rij in rijen:
        ws.append(rij)
    laatste_rij = max(ws.max_row, 2)
    for attr in INVUL:
        for rij in range(1, laatste_rij + 1):
            ws[f"{_letter(attr)}{rij}"].fill = invul
    for rij in range(2, laatste_rij + 1):
        ws[f"{_letter('laatste_datum')}{rij}"].number_format = "DD-MM-YYYY"
        ws[f"{_letter('rapportagedatum')}{rij}"].number_format = "DD-MM-YYYY"
    keuzes = DataValidation(
        type="list",
        formula1='"' + ",".join(str(s.label) for s in Status) + '"',
        allow_blank=True,
        errorTitle="Onbekende status",
        error="Kies een status uit de lijst.",
    )
    ws.add_data_validation(keuzes)
    keuzes.add(f"{_letter('status')}2:{_letter('status')}{laatste_rij}")
    for attr, breedte in [
        ("sleutel", 38),
        ("jaar", 12),
        ("titel", 50),
        ("toelichting", 50),
        ("trekker", 22),
    ]:
        ws.column_dimensions[_letter(attr)].width = breedte
    ws.freeze_panes = "E2"


def exporteer(*, gebruiker, periode: Rapportageperiode | None) -> bytes:
    """All activities of the period's year and all woondeal sub-tracks the user may edit, one
    row each, on two sheets."""
    qs = bewerkbare_activiteiten(gebruiker)
    if periode is not None:
        qs = qs.filter(jaar=periode.jaar)
    labels = dict(Status.choices)
    wb = Workbook()
    ws = wb.active
    ws.title = BLAD
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
            for act in qs
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
            for spoor in bewerkbare_deelsporen(gebruiker).select_related("woondeal__lijn__trekker")
        ),
    )
    sporen.column_dimensions[_letter("jaar")].width = 30
    uitleg = wb.create_sheet("Uitleg")
    for regel in UITLEG:
        uitleg.append([regel])
    buffer = io.BytesIO()
    wb.save(buffer)
    return buffer.getvalue()


@dataclass
class Fout:
    rij: int
    kolom: str  # letter
    kolomnaam: str
    bericht: str
    blad: str = ""  # empty for an error in the file as a whole

    def __str__(self):
        if not self.blad:
            return self.bericht
        plek = f"Tabblad {self.blad}, rij {self.rij}, kolom {self.kolom} ({self.kolomnaam})"
        return f"{plek}: {self.bericht}"


@dataclass
class Importresultaat:
    fouten: list[Fout] = field(default_factory=list)
    aantal: int = 0
    ongewijzigd: int = 0

    @property
    def ok(self) -> bool:
        return not self.fouten


def _tekst(waarde) -> str:
    if waarde is None:
        return ""
    return str(waarde).strip()


def _datum(waarde) -> datetime.date:
    if isinstance(waarde, datetime.datetime):
        return waarde.date()
    if isinstance(waarde, datetime.date):
        return waarde
    tekst = _tekst(waarde)
    for formaat in ("%d-%m-%Y", "%Y-%m-%d", "%d/%m/%Y", "%d-%m-%y"):
        try:
            return datetime.datetime.strptime(tekst, formaat).date()
        except ValueError:
            continue
    raise ValueError


@dataclass
class _Soort:
    """What differs between the activity sheet and the sub-track sheet."""

    blad: str
    kolommen: list
    model: type  # the status update model
    fk: str  # its field pointing at the item
    onbekend: str  # the error for a key that is unknown or not the user's


SOORTEN = [
    _Soort(
        BLAD,
        KOLOMMEN,
        Statusupdate,
        "activiteit",
        "Onbekende activiteit, of een activiteit die u niet mag bijwerken. Wijzig de sleutel niet.",
    ),
    _Soort(
        DEELSPOREN_BLAD,
        DEELSPOOR_KOLOMMEN,
        DeelspoorUpdate,
        "deelspoor",
        "Onbekend deelspoor, of een deelspoor dat u niet mag bijwerken. Wijzig de sleutel niet.",
    ),
]


def _rijen(blad) -> list[tuple]:
    return [
        tuple(rij) + (None,) * (len(KOLOMMEN) - len(rij))
        for rij in blad.iter_rows(values_only=True)
    ]


def _activiteit_sleutel(tekst: str):
    try:
        return uuid.UUID(tekst)
    except ValueError:
        return None


def importeer(bestand, *, gebruiker) -> Importresultaat:
    """Validate every row of both sheets, then save all new updates in one transaction, or
    nothing."""
    resultaat = Importresultaat()
    try:
        wb = load_workbook(bestand, read_only=True, data_only=True)
    except Exception:  # noqa: BLE001 - any unreadable file gets the same Dutch message
        resultaat.fouten.append(Fout(0, "-", "bestand", "Dit is geen leesbaar Excel-bestand."))
        return resultaat
    if BLAD not in wb.sheetnames:
        resultaat.fouten.append(
            Fout(0, "-", "bestand", f"Het tabblad '{BLAD}' ontbreekt; gebruik het bijwerkblad.")
        )
        return resultaat
    bladen = {s.blad: _rijen(wb[s.blad]) for s in SOORTEN if s.blad in wb.sheetnames}
    wb.close()
    for soort in SOORTEN:
        rijen = bladen.get(soort.blad)
        if rijen is not None and (
            not rijen
            or [_tekst(c) for c in rijen[0][: len(soort.kolommen)]]
            != [k for k, _ in soort.kolommen]
        ):
            resultaat.fouten.append(
                Fout(
                    1,
                    "-",
                    "kopregel",
                    "De kolommen kloppen niet; gebruik het bijwerkblad.",
                    soort.blad,
                )
            )
    if resultaat.fouten:
        return resultaat

    # Look every key up at once: two queries, whatever the number of rows.
    act_sleutels = {_activiteit_sleutel(_tekst(r[0])) for r in bladen[BLAD][1:]} - {None}
    spoor_sleutels = {_tekst(r[0]) for r in bladen.get(DEELSPOREN_BLAD, [])[1:]} - {""}
    items = {
        BLAD: {
            a.uuid: a
            for a in _met_toelichting(
                bewerkbare_activiteiten(gebruiker).filter(uuid__in=act_sleutels)
            )
        }
        if act_sleutels
        else {},
        DEELSPOREN_BLAD: {
            s.slug: s
            for s in _met_toelichting(
                bewerkbare_deelsporen(gebruiker).filter(slug__in=spoor_sleutels),
                DeelspoorUpdate,
                "deelspoor",
            )
        }
        if spoor_sleutels
        else {},
    }
    programma = programma_get()
    nieuw = {soort.blad: [] for soort in SOORTEN}
    gezien = {}  # (sheet, key) -> row number, to refuse a key twice
    for soort in SOORTEN:
        for nummer, rij in enumerate(bladen.get(soort.blad, [])[1:], start=2):
            regel = _controleer_rij(
                soort, nummer, rij, items[soort.blad], programma, gebruiker, resultaat, gezien
            )
            if regel is not None:
                nieuw[soort.blad].append(regel)
    if resultaat.fouten:
        return resultaat
    with transaction.atomic():
        statusupdates_bulk_create(regels=nieuw[BLAD], door=gebruiker)
        deelspoorupdates_bulk_create(regels=nieuw[DEELSPOREN_BLAD], door=gebruiker)
    resultaat.aantal = sum(len(regels) for regels in nieuw.values())
    return resultaat


def _controleer_rij(
    soort, nummer, rij, items, programma, gebruiker, resultaat, gezien
) -> dict | None:
    """Check one row; add its errors to ``resultaat``; return the new update's keyword
    arguments, or None (an empty or unchanged row, or a row with errors)."""
    begin = len(resultaat.fouten)

    def fout(attr, bericht):
        resultaat.fouten.append(
            Fout(nummer, _letter(attr), soort.kolommen[KOLOM[attr]][0], bericht, soort.blad)
        )

    waarden = {attr: rij[KOLOM[attr]] for attr in INVUL}
    if all(_tekst(v) == "" for v in waarden.values()):
        return None
    tekst = _tekst(rij[KOLOM["sleutel"]])
    sleutel = _activiteit_sleutel(tekst) if soort.blad == BLAD else tekst
    item = items.get(sleutel) if sleutel else None
    if item is None:
        fout("sleutel", soort.onbekend)
        return None
    if (soort.blad, sleutel) in gezien:
        fout("sleutel", f"Deze sleutel staat ook in rij {gezien[(soort.blad, sleutel)]}.")
        return None
    gezien[(soort.blad, sleutel)] = nummer
    status = STATUS_OP_TEKST.get(_tekst(waarden["status"]).lower())
    if status is None:
        fout("status", "Kies een status: " + ", ".join(str(s.label) for s in Status) + ".")
    voortgang = None
    try:
        voortgang = int(_tekst(waarden["voortgang"]).rstrip("%").strip())
        if not 0 <= voortgang <= 100:
            raise ValueError
    except ValueError:
        fout("voortgang", "De voortgang is een geheel getal van 0 tot en met 100.")
        voortgang = None
    datum = timezone.localdate()
    if _tekst(waarden["rapportagedatum"]):
        try:
            datum = _datum(waarden["rapportagedatum"])
        except ValueError:
            fout("rapportagedatum", "Geef een datum als dd-mm-jjjj.")
    publiceren = _tekst(waarden["gepubliceerd"]).lower()
    if publiceren not in JA | NEE:
        fout("gepubliceerd", "Vul 'ja' of 'nee' in.")
    toelichting = _tekst(waarden["toelichting"])
    regel = {
        soort.fk: item,
        "status": status,
        "voortgang": voortgang,
        "toelichting": toelichting,
        "rapportagedatum": datum,
        "gepubliceerd": publiceren in JA,
    }
    try:
        if status is not None and voortgang is not None:
            # the rules of every status update (activiteiten.services.nieuwe_update)
            valideer_update(soort.model(auteur=gebruiker, **regel), programma=programma)
        else:
            valideer_rapportagedatum(datum, programma=programma)
    except ValidationError as exc:
        for attr, berichten in exc.message_dict.items():
            for bericht in berichten:
                fout(attr if attr in INVUL else "status", bericht)
    if len(resultaat.fouten) > begin:
        return None
    if (status, voortgang, toelichting) == (
        item.laatste_status,
        item.laatste_voortgang,
        item.laatste_toelichting or "",
    ):
        resultaat.ongewijzigd += 1
        return None
    return regel
