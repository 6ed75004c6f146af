"""The period's update sheet as .xlsx: export, and an all-or-nothing import.

Import: every row is validated first; errors are reported per row and column in Dutch; then
all new status updates are saved in one transaction through ``statusupdates_bulk_create`` (so
followers are told, and the history records the author), or none are. Rows left empty, and
rows equal to the activity's latest update, change nothing.
"""

import datetime
import io
import uuid
from dataclasses import dataclass, field

from django.core.exceptions import ValidationError
from django.db.models import Subquery
from django.utils import timezone
from openpyxl import Workbook, load_workbook
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.worksheet.datavalidation import DataValidation

from activiteiten.constants import Status
from activiteiten.models import Rapportageperiode, Statusupdate
from activiteiten.selectors import laatste_update_subquery
from activiteiten.services import statusupdates_bulk_create
from doelen.selectors import programma_get

from .selectors import bewerkbare_activiteiten

BLAD = "Bijwerken"
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
    ("Nieuwe status", "status"),
    ("Nieuwe voortgang (%)", "voortgang"),
    ("Toelichting", "toelichting"),
    ("Rapportagedatum", "rapportagedatum"),
    ("Publiceren (ja/nee)", "gepubliceerd"),
]
KOLOM = {attr: i for i, (_, attr) in enumerate(KOLOMMEN)}
INVUL = ("status", "voortgang", "toelichting", "rapportagedatum", "gepubliceerd")
STATUS_OP_TEKST = {s.label.lower(): s.value for s in Status} | {s.value: s.value for s in Status}
JA = {"ja", "j", "yes", "true", "1", "waar"}
NEE = {"nee", "n", "no", "false", "0", "onwaar", ""}


def _letter(attr: str) -> str:
    return chr(ord("A") + KOLOM[attr])


def _met_toelichting(qs):
    sub = laatste_update_subquery()
    return qs.annotate(laatste_toelichting=Subquery(sub.values("toelichting")[:1]))


def exporteer(*, gebruiker, periode: Rapportageperiode | None) -> bytes:
    """All activities of the period's year the user may edit, one row each."""
    qs = bewerkbare_activiteiten(gebruiker)
    if periode is not None:
        qs = qs.filter(jaar=periode.jaar)
    wb = Workbook()
    ws = wb.active
    ws.title = BLAD
    ws.append([kop for kop, _ in KOLOMMEN])
    vet = Font(bold=True)
    invul = PatternFill("solid", fgColor="FFF2CC")
    for cel in ws[1]:
        cel.font = vet
        cel.alignment = Alignment(wrap_text=True, vertical="top")
    labels = dict(Status.choices)
    for act in qs:
        trekker = act.trekker or act.lijn.trekker
        ws.append(
            [
                str(act.uuid),
                act.lijn.code,
                act.jaar,
                act.titel,
                (trekker.get_full_name() or trekker.get_username()) if trekker else "",
                str(labels.get(act.laatste_status, "Nog geen update")),
                act.laatste_voortgang,
                act.laatste_datum,
                None,
                None,
                None,
                None,
                None,
            ]
        )
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
    for attr, breedte in [("sleutel", 38), ("titel", 50), ("toelichting", 50), ("trekker", 22)]:
        ws.column_dimensions[_letter(attr)].width = breedte
    ws.freeze_panes = "E2"
    uitleg = wb.create_sheet("Uitleg")
    for regel in [
        "Vul per activiteit de gele kolommen in: nieuwe status, voortgang (0–100), toelichting,",
        "rapportagedatum (leeg = vandaag) en of de update openbaar wordt (ja/nee).",
        "Een toelichting is verplicht bij 'Aandacht nodig', 'Vertraagd' en 'Gestopt';",
        "'Afgerond' hoort bij 100%. Laat een rij leeg als er niets te melden is.",
        "Wijzig de sleutel niet. Bij een fout wordt niets opgeslagen:",
        "u ziet per rij en kolom wat er mis is.",
    ]:
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

    def __str__(self):
        return f"Rij {self.rij}, kolom {self.kolom} ({self.kolomnaam}): {self.bericht}"


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


def importeer(bestand, *, gebruiker) -> Importresultaat:
    """Validate every row, then save all new updates in one transaction, or nothing."""
    resultaat = Importresultaat()

    def fout(rij, attr, bericht):
        resultaat.fouten.append(Fout(rij, _letter(attr), KOLOMMEN[KOLOM[attr]][0], bericht))

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
    rijen = list(wb[BLAD].iter_rows(values_only=True))
    wb.close()
    if not rijen or [_tekst(c) for c in rijen[0][: len(KOLOMMEN)]] != [k for k, _ in KOLOMMEN]:
        resultaat.fouten.append(
            Fout(1, "-", "kopregel", "De kolommen kloppen niet; gebruik het bijwerkblad.")
        )
        return resultaat

    sleutels = {}
    for nummer, rij in enumerate(rijen[1:], start=2):
        rij = tuple(rij) + (None,) * (len(KOLOMMEN) - len(rij))
        try:
            sleutels[nummer] = uuid.UUID(_tekst(rij[KOLOM["sleutel"]]))
        except ValueError:
            sleutels[nummer] = None
    activiteiten = {
        a.uuid: a
        for a in _met_toelichting(
            bewerkbare_activiteiten(gebruiker).filter(uuid__in=[s for s in sleutels.values() if s])
        )
    }
    programma = programma_get()
    vandaag = timezone.localdate()
    gezien = {}
    nieuw = []
    for nummer, rij in enumerate(rijen[1:], start=2):
        rij = tuple(rij) + (None,) * (len(KOLOMMEN) - len(rij))
        waarden = {attr: rij[KOLOM[attr]] for attr in INVUL}
        if all(_tekst(v) == "" for v in waarden.values()):
            continue
        sleutel = sleutels[nummer]
        act = activiteiten.get(sleutel) if sleutel else None
        if act is None:
            fout(
                nummer,
                "sleutel",
                "Onbekende activiteit, of een activiteit die u niet mag bijwerken. "
                "Wijzig de sleutel niet.",
            )
            continue
        if sleutel in gezien:
            fout(nummer, "sleutel", f"Deze activiteit staat ook in rij {gezien[sleutel]}.")
            continue
        gezien[sleutel] = nummer
        rij_fouten = len(resultaat.fouten)
        status = STATUS_OP_TEKST.get(_tekst(waarden["status"]).lower())
        if status is None:
            fout(
                nummer,
                "status",
                "Kies een status: " + ", ".join(str(s.label) for s in Status) + ".",
            )
        voortgang = None
        try:
            voortgang = int(_tekst(waarden["voortgang"]).rstrip("%").strip())
            if not 0 <= voortgang <= 100:
                raise ValueError
        except ValueError:
            fout(nummer, "voortgang", "De voortgang is een geheel getal van 0 tot en met 100.")
            voortgang = None
        datum = vandaag
        if _tekst(waarden["rapportagedatum"]):
            try:
                datum = _datum(waarden["rapportagedatum"])
            except ValueError:
                fout(nummer, "rapportagedatum", "Geef een datum als dd-mm-jjjj.")
        if programma and not programma.startjaar <= datum.year <= programma.eindjaar:
            fout(
                nummer,
                "rapportagedatum",
                f"De rapportagedatum moet binnen de looptijd van het programma liggen "
                f"({programma.startjaar}–{programma.eindjaar}).",
            )
        publiceren = _tekst(waarden["gepubliceerd"]).lower()
        if publiceren not in JA | NEE:
            fout(nummer, "gepubliceerd", "Vul 'ja' of 'nee' in.")
        toelichting = _tekst(waarden["toelichting"])
        if status is not None and voortgang is not None:
            update = Statusupdate(
                activiteit=act,
                status=status,
                voortgang=voortgang,
                toelichting=toelichting,
                rapportagedatum=datum,
            )
            try:
                update.clean()
            except ValidationError as exc:
                for attr, berichten in exc.message_dict.items():
                    for bericht in berichten:
                        fout(nummer, attr if attr in KOLOM else "status", bericht)
        if len(resultaat.fouten) > rij_fouten:
            continue
        if (status, voortgang, toelichting) == (
            act.laatste_status,
            act.laatste_voortgang,
            act.laatste_toelichting or "",
        ):
            resultaat.ongewijzigd += 1
            continue
        nieuw.append(
            {
                "activiteit": act,
                "status": status,
                "voortgang": voortgang,
                "toelichting": toelichting,
                "rapportagedatum": datum,
                "gepubliceerd": publiceren in JA,
            }
        )
    if resultaat.fouten:
        return resultaat
    statusupdates_bulk_create(regels=nieuw, door=gebruiker)
    resultaat.aantal = len(nieuw)
    return resultaat
