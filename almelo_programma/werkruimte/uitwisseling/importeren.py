"""Import: every row of both tabs checked first, then all new updates saved at once, or none.

A sheet is imported into one programme (the page's, or the one its background job recorded):
a row of an item of another programme is refused with a row error naming that programme, and
the roles that count are those held in the sheet's programme."""

import datetime
import io
import uuid
from dataclasses import dataclass, field

from django.core.exceptions import ValidationError
from django.db import transaction
from django.db.models import Subquery
from django.utils import timezone
from openpyxl import load_workbook

from activiteiten.constants import Status
from activiteiten.models import Activiteit, Statusupdate
from activiteiten.selectors import laatste_update_subquery
from activiteiten.services import (
    rapportagedatum_valideren,
    statusupdate_valideren,
    statusupdates_bulk_create,
)
from almelo_programma.kern.importtaken import importtaak_uitvoeren
from almelo_programma.kern.programmas import GEARCHIVEERD, is_gearchiveerd
from almelo_programma.kern.uitwisseling import (
    MAX_FOUTEN_GETOOND,
    TeGrootBestand,
    blad_controleren,
    fouten_ingekort,
    fouten_telling,
    rijen_begrensd,
)
from doelen.selectors import huidig_programma
from woondeals.models import Deelspoor, DeelspoorUpdate
from woondeals.services import deelspoorupdates_bulk_create

from ..models import Bijwerkimport
from ..selectors import bewerkbare_activiteiten, bewerkbare_deelsporen
from .blad import BLAD, DEELSPOOR_KOLOMMEN, DEELSPOREN_BLAD, INVUL, KOLOM, KOLOMMEN, letter

STATUS_OP_TEKST = {s.label.lower(): s.value for s in Status} | {s.value: s.value for s in Status}
JA = {"ja", "j", "yes", "true", "1", "waar"}
NEE = {"nee", "n", "no", "false", "0", "onwaar", ""}


def _met_toelichting(qs, model=Statusupdate, fk="activiteit"):
    sub = laatste_update_subquery(model, fk)
    return qs.annotate(laatste_toelichting=Subquery(sub.values("toelichting")[:1]))


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

    @property
    def getoonde_fouten(self) -> list[Fout]:
        """The errors a page lists: the first ``MAX_FOUTEN_GETOOND``."""
        return self.fouten[:MAX_FOUTEN_GETOOND]

    @property
    def fouten_telling(self) -> str:
        return fouten_telling(len(self.fouten))

    @property
    def fouten_ingekort(self) -> str:
        return fouten_ingekort(len(self.fouten))


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
    elders: str  # the error for a key of an item of another programme ({programma}, {hier})


SOORTEN = [
    _Soort(
        BLAD,
        KOLOMMEN,
        Statusupdate,
        "activiteit",
        "Onbekende activiteit, of een activiteit die u niet mag bijwerken. Wijzig de sleutel niet.",
        "Deze activiteit hoort bij het programma '{programma}', niet bij '{hier}'. Werk haar "
        "bij met het bijwerkblad van dat programma.",
    ),
    _Soort(
        DEELSPOREN_BLAD,
        DEELSPOOR_KOLOMMEN,
        DeelspoorUpdate,
        "deelspoor",
        "Onbekend deelspoor, of een deelspoor dat u niet mag bijwerken. Wijzig de sleutel niet.",
        "Dit deelspoor hoort bij het programma '{programma}', niet bij '{hier}'. Werk het bij "
        "met het bijwerkblad van dat programma.",
    ),
]


def _rijen(blad) -> list[tuple]:
    """The sheet's rows, streamed (read-only workbook); ``TeGrootBestand`` past the row limit.
    Only the sheet's columns are kept, so a row of 16,384 cells costs no more than one of 13."""
    return [
        tuple(rij[: len(KOLOMMEN)]) + (None,) * (len(KOLOMMEN) - len(rij))
        for rij in rijen_begrensd(blad.iter_rows(values_only=True, max_col=len(KOLOMMEN)))
    ]


def _activiteit_sleutel(tekst: str):
    try:
        return uuid.UUID(tekst)
    except ValueError:
        return None


VOORTGANG_ELKE = 200  # rows between two progress reports of a background import


def _elders(model, veld: str, sleutels: set, programma) -> dict:
    """Of ``sleutels`` not found among the user's items: those of an item of another
    programme, with that programme's name (one query)."""
    if not sleutels or programma is None:
        return {}
    pad = model.PROGRAMMA_PAD
    return dict(
        model.objects.filter(**{f"{veld}__in": sleutels})
        .exclude(**{pad: programma})
        .values_list(veld, f"{pad}__naam")
    )


def importeer(bestand, *, gebruiker, programma=None, voortgang=None) -> Importresultaat:
    """Validate every row of both sheets, then save all new updates in one transaction, or
    nothing. ``programma``: the programme the sheet is imported into (by default the current
    one); an archived programme takes nothing. ``voortgang(rijen)``, when given, hears how many
    rows have been checked."""
    resultaat = Importresultaat()
    if programma is None:
        programma = huidig_programma()
    if is_gearchiveerd(programma):
        resultaat.fouten.append(Fout(0, "-", "bestand", GEARCHIVEERD))
        return resultaat
    try:
        blad_controleren(bestand, is_xlsx=True)  # size, unpacked size: before openpyxl
    except TeGrootBestand as exc:
        resultaat.fouten.append(Fout(0, "-", "bestand", str(exc)))
        return resultaat
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
    try:
        bladen = {s.blad: _rijen(wb[s.blad]) for s in SOORTEN if s.blad in wb.sheetnames}
    except TeGrootBestand as exc:
        resultaat.fouten.append(Fout(0, "-", "bestand", str(exc)))
        return resultaat
    finally:
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
                bewerkbare_activiteiten(gebruiker, programma=programma).filter(
                    uuid__in=act_sleutels
                )
            )
        }
        if act_sleutels
        else {},
        DEELSPOREN_BLAD: {
            s.slug: s
            for s in _met_toelichting(
                bewerkbare_deelsporen(gebruiker, programma=programma).filter(
                    slug__in=spoor_sleutels
                ),
                DeelspoorUpdate,
                "deelspoor",
            )
        }
        if spoor_sleutels
        else {},
    }
    # keys of items of another programme: refused with a row error that names it
    elders = {
        BLAD: _elders(Activiteit, "uuid", act_sleutels - set(items[BLAD]), programma),
        DEELSPOREN_BLAD: _elders(
            Deelspoor, "slug", spoor_sleutels - set(items[DEELSPOREN_BLAD]), programma
        ),
    }
    nieuw = {soort.blad: [] for soort in SOORTEN}
    gezien = {}  # (sheet, key) -> row number, to refuse a key twice
    gecontroleerd = 0
    for soort in SOORTEN:
        for nummer, rij in enumerate(bladen.get(soort.blad, [])[1:], start=2):
            gecontroleerd += 1
            if voortgang and gecontroleerd % VOORTGANG_ELKE == 0:
                voortgang(gecontroleerd)
            regel = _controleer_rij(
                soort,
                nummer,
                rij,
                items[soort.blad],
                programma,
                gebruiker,
                resultaat,
                gezien,
                elders=elders[soort.blad],
            )
            if regel is not None:
                nieuw[soort.blad].append(regel)
    if resultaat.fouten:
        return resultaat
    with transaction.atomic():
        statusupdates_bulk_create(regels=nieuw[BLAD], door=gebruiker, programma=programma)
        deelspoorupdates_bulk_create(
            regels=nieuw[DEELSPOREN_BLAD], door=gebruiker, programma=programma
        )
    resultaat.aantal = sum(len(regels) for regels in nieuw.values())
    return resultaat


def importtaak_verwerken(taak_id: int) -> None:
    """The background import of a large sheet (``werkruimte.Bijwerkimport``)."""

    def importeren(taak, voortgang):
        bestand = io.BytesIO(bytes(taak.inhoud))
        resultaat = importeer(
            bestand,
            gebruiker=taak.aangevraagd_door,
            programma=taak.programma,
            voortgang=voortgang,
        )
        return resultaat.fouten, _samenvatting(resultaat)

    importtaak_uitvoeren(Bijwerkimport, taak_id, importeren)


def _samenvatting(resultaat: Importresultaat) -> str:
    if resultaat.aantal:
        return f"{resultaat.aantal} statusupdate(s) opgeslagen uit het bestand."
    return "Niets gewijzigd: het bestand bevat geen nieuwe voortgang."


def _controleer_rij(
    soort, nummer, rij, items, programma, gebruiker, resultaat, gezien, *, elders=None
) -> dict | None:
    """Check one row; add its errors to ``resultaat``; return the new update's keyword
    arguments, or None (an empty or unchanged row, or a row with errors)."""
    begin = len(resultaat.fouten)

    def fout(attr, bericht):
        resultaat.fouten.append(
            Fout(nummer, letter(attr), soort.kolommen[KOLOM[attr]][0], bericht, soort.blad)
        )

    waarden = {attr: rij[KOLOM[attr]] for attr in INVUL}
    if all(_tekst(v) == "" for v in waarden.values()):
        return None
    tekst = _tekst(rij[KOLOM["sleutel"]])
    sleutel = _activiteit_sleutel(tekst) if soort.blad == BLAD else tekst
    item = items.get(sleutel) if sleutel else None
    if item is None:
        if sleutel and elders and sleutel in elders:
            fout("sleutel", soort.elders.format(programma=elders[sleutel], hier=programma.naam))
        else:
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
            # the rules of every status update (activiteiten.services.statusupdate_bouwen)
            statusupdate_valideren(soort.model(auteur=gebruiker, **regel), programma=programma)
        else:
            rapportagedatum_valideren(datum, programma=programma)
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
