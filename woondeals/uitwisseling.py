"""Import and export of the project list as .xlsx or CSV, in a plan-capacity column layout.

Columns (first row holds the headers; their order does not matter on import):

============================  ======================================================  ==========
Column                        Meaning                                                 Import
============================  ======================================================  ==========
Projectcode                   the project's code in the portal (its slug)             optional
Plannaam                      name of the plan / project                              required
Gemeente                      always "Almelo" (export only)                           ignored
Wijk                          district                                                optional
Gebiedsontwikkeling           name of an existing area development                    optional
Planstatus                    ``hard`` or ``zacht`` (harde/zachte plancapaciteit)     required
Fase                          initiatief, haalbaarheid, definitie, realisatie,        required
                              opgeleverd
Start bouw (jaar)             expected start of construction                          hard: req.
Oplevering (jaar)             expected completion                                     hard: req.
Sociale huur                  homes per segment (whole numbers, empty = 0)            required
Middenhuur                                                                            required
Betaalbare koop                                                                       required
Vrije sector                                                                          required
Totaal                        check: must equal the sum of the four segments          optional
Corporatie / ontwikkelaar     name of an existing partner                             optional
Gepubliceerd                  ja / nee                                                optional
Gestart (alle jaren)          homes started, from the realisations (export only)      ignored
Opgeleverd (alle jaren)       homes completed, from the realisations (export only)    ignored
X (RD), Y (RD)                location in RD New (EPSG:28992), metres                 optional
Breedtegraad, Lengtegraad     location in WGS84 (EPSG:4326), degrees                  optional
============================  ======================================================  ==========

A location is either pair (both columns of a pair, or neither); with both pairs filled in they
must agree within ``LOCATIE_MARGE_M`` metres (the export writes both). RD is converted to WGS84
on import; the point must lie inside the municipality of Almelo. Empty location columns leave a
project's stored location as it is.

An import is all-or-nothing: a row with a known Projectcode updates that project, other rows
create projects; if any row has an error, nothing is written and every error is reported per
row, in Dutch.
"""

import csv
import io
import math
from dataclasses import dataclass, field

from django.core.exceptions import ValidationError
from django.db import transaction

from almelo_programma.kern import excel
from almelo_programma.kern.csvbestand import EXCEL, CsvFormaat, csv_tekst
from almelo_programma.kern.importtaken import importtaak_uitvoeren
from almelo_programma.kern.uitwisseling import (
    MAX_FOUTEN_GETOOND,
    TeGrootBestand,
    blad_controleren,
    csv_terug,
    fouten_ingekort,
    fouten_telling,
    rijen_begrensd,
    xlsx_rij,
)
from netwerk.models import Partner

from . import geo, services
from .constants import Planstatus, ProjectFase
from .models import Gebiedsontwikkeling, Projectimport, Woningbouwproject, Woondeal

KOLOMMEN = [
    "Projectcode",
    "Plannaam",
    "Gemeente",
    "Wijk",
    "Gebiedsontwikkeling",
    "Planstatus",
    "Fase",
    "Start bouw (jaar)",
    "Oplevering (jaar)",
    "Sociale huur",
    "Middenhuur",
    "Betaalbare koop",
    "Vrije sector",
    "Totaal",
    "Corporatie / ontwikkelaar",
    "Gepubliceerd",
    "Gestart (alle jaren)",
    "Opgeleverd (alle jaren)",
    "X (RD)",
    "Y (RD)",
    "Breedtegraad",
    "Lengtegraad",
]
LOCATIE_MARGE_M = 5
VERPLICHT = [
    "Plannaam",
    "Planstatus",
    "Fase",
    "Sociale huur",
    "Middenhuur",
    "Betaalbare koop",
    "Vrije sector",
]
SEGMENT_KOLOMMEN = {
    "Sociale huur": "sociale_huur",
    "Middenhuur": "middenhuur",
    "Betaalbare koop": "betaalbare_koop",
    "Vrije sector": "vrije_sector",
}
VELD_NAAR_KOLOM = {
    "slug": "Projectcode",
    "naam": "Plannaam",
    "wijk": "Wijk",
    "planstatus": "Planstatus",
    "fase": "Fase",
    "verwacht_startjaar": "Start bouw (jaar)",
    "verwacht_opleverjaar": "Oplevering (jaar)",
    "totaal": "Totaal",
    "breedtegraad": "Locatie",
    "lengtegraad": "Locatie",
    **{v: k for k, v in SEGMENT_KOLOMMEN.items()},
}


# --- export -----------------------------------------------------------------------------------


def export_rijen(projecten) -> list[list]:
    """Header plus one row per project; ``projecten`` annotated as by ``project_list``."""
    rijen = [list(KOLOMMEN)]
    for p in projecten:
        locatie = ["", "", "", ""]
        if p.heeft_locatie:
            x, y = geo.wgs84_naar_rd(p.breedtegraad, p.lengtegraad)
            locatie = [round(x, 2), round(y, 2), float(p.breedtegraad), float(p.lengtegraad)]
        rijen.append(
            [
                p.slug,
                p.naam,
                "Almelo",
                p.wijk,
                p.gebiedsontwikkeling.naam if p.gebiedsontwikkeling_id else "",
                p.planstatus,
                p.fase,
                p.verwacht_startjaar,
                p.verwacht_opleverjaar,
                p.sociale_huur,
                p.middenhuur,
                p.betaalbare_koop,
                p.vrije_sector,
                p.totaal,
                p.ontwikkelaar.naam if p.ontwikkelaar_id else "",
                "ja" if p.gepubliceerd else "nee",
                p.gestart_totaal,
                p.opgeleverd_totaal,
                *locatie,
            ]
        )
    return rijen


def als_xlsx(rijen: list[list]) -> bytes:
    from openpyxl import Workbook
    from openpyxl.styles import Font

    wb = Workbook()
    ws = wb.active
    ws.title = "Plancapaciteit"
    for rij in rijen:
        ws.append(xlsx_rij(ws, rij))  # text is never a formula
    for cel in ws[1]:
        cel.font = Font(bold=True)
    ws.freeze_panes = "A2"
    _invulregels(ws, laatste_rij=ws.max_row + EXTRA_RIJEN)
    uit = io.BytesIO()
    wb.save(uit)
    return uit.getvalue()


def als_csv(rijen: list[list], formaat: CsvFormaat = EXCEL) -> str:
    """Semicolon-separated with a BOM, as Dutch Excel opens it (or ``formaat``)."""
    return csv_tekst(rijen, formaat)


EXTRA_RIJEN = 500  # rows below the list where new projects may be added, checked too


def _invulregels(ws, *, laatste_rij: int) -> None:
    """Excel's own checks on the columns the import reads, with its rules and Dutch messages."""
    from openpyxl.utils import get_column_letter

    def bereik(kolom):
        letter = get_column_letter(KOLOMMEN.index(kolom) + 1)
        return f"{letter}2:{letter}{laatste_rij}"

    excel.keuzelijst(
        ws,
        bereik("Planstatus"),
        Planstatus.values,
        titel="Planstatus",
        fout="Kies hard (harde plancapaciteit) of zacht (zachte plancapaciteit).",
    )
    excel.keuzelijst(
        ws,
        bereik("Fase"),
        ProjectFase.values,
        titel="Fase",
        fout="Kies een fase uit de lijst: " + ", ".join(ProjectFase.values) + ".",
    )
    for kolom in ("Start bouw (jaar)", "Oplevering (jaar)"):
        excel.geheel_getal(
            ws,
            bereik(kolom),
            minimum=services.JAAR_MIN,
            maximum=services.JAAR_MAX,
            titel=kolom,
            fout=services.jaar_fout(services.JAAR_MAX + 1),
        )
    for kolom in (*SEGMENT_KOLOMMEN, "Totaal"):
        excel.geheel_getal(
            ws,
            bereik(kolom),
            minimum=0,
            maximum=100_000,
            titel=kolom,
            fout="Vul een geheel aantal woningen van 0 of meer in.",
        )
    excel.keuzelijst(
        ws, bereik("Gepubliceerd"), excel.JA_NEE, titel="Gepubliceerd", fout="Vul 'ja' of 'nee' in."
    )


# --- import -----------------------------------------------------------------------------------


@dataclass
class ImportResultaat:
    aangemaakt: int = 0
    bijgewerkt: int = 0
    ongewijzigd: int = 0
    fouten: list[str] = field(default_factory=list)

    @property
    def gelukt(self) -> bool:
        return not self.fouten

    @property
    def getoonde_fouten(self) -> list[str]:
        """The errors a page lists: the first ``MAX_FOUTEN_GETOOND``."""
        return self.fouten[:MAX_FOUTEN_GETOOND]

    @property
    def fouten_telling(self) -> str:
        return fouten_telling(len(self.fouten))

    @property
    def fouten_ingekort(self) -> str:
        return fouten_ingekort(len(self.fouten))


class BladFout(Exception):
    """The sheet as a whole cannot be read."""


def lees_blad(naam: str, inhoud: bytes) -> list[list]:
    """Rows of an .xlsx (first sheet, streamed) or .csv (``;`` or ``,``) file as lists of values,
    within the upload limits (``kern.uitwisseling``: size, unpacked size, rows)."""
    naam = naam.lower()
    if not naam.endswith((".xlsx", ".csv")):
        raise BladFout("Kies een .xlsx- of .csv-bestand.")
    try:
        blad_controleren(io.BytesIO(inhoud), is_xlsx=naam.endswith(".xlsx"))
        if naam.endswith(".xlsx"):
            return _xlsx_rijen(inhoud)
        return _csv_rijen(inhoud)
    except TeGrootBestand as exc:
        raise BladFout(str(exc)) from None


def _xlsx_rijen(inhoud: bytes) -> list[list]:
    from openpyxl import load_workbook

    try:
        wb = load_workbook(io.BytesIO(inhoud), read_only=True, data_only=True)
    except Exception as exc:  # noqa: BLE001 - any parse failure is a bad sheet
        raise BladFout("Het bestand is geen leesbaar .xlsx-bestand.") from exc
    try:
        ws = wb.worksheets[0]
        rijen = ws.iter_rows(values_only=True, max_col=len(KOLOMMEN) + 10)
        return [list(r) for r in rijen_begrensd(rijen)]
    finally:
        wb.close()


def _csv_rijen(inhoud: bytes) -> list[list]:
    try:
        tekst = inhoud.decode("utf-8-sig")
    except UnicodeDecodeError:
        tekst = inhoud.decode("cp1252", errors="replace")
    eerste = tekst.split("\n", 1)[0]
    scheiding = ";" if eerste.count(";") >= eerste.count(",") else ","
    # the quote the export put before formula-like text comes off (kern.uitwisseling)
    return [
        [csv_terug(w) for w in r]
        for r in rijen_begrensd(csv.reader(io.StringIO(tekst), delimiter=scheiding))
    ]


def _tekst(waarde) -> str:
    if waarde is None:
        return ""
    if isinstance(waarde, float) and waarde.is_integer():
        waarde = int(waarde)
    return str(waarde).strip()


def _geheel(waarde, kolom: str, *, leeg):
    tekst = _tekst(waarde)
    if tekst == "":
        return leeg
    try:
        getal = float(tekst.replace(",", "."))
    except ValueError:
        raise ValueError(f"{kolom}: '{tekst}' is geen geheel getal.") from None
    if not getal.is_integer() or getal < 0:
        raise ValueError(f"{kolom}: '{tekst}' is geen geheel getal van 0 of meer.")
    return int(getal)


def _keuze(waarde, kolom: str, keuzes) -> str:
    tekst = _tekst(waarde).lower()
    for value, label in keuzes.choices:
        if tekst in (value, str(label).lower()):
            return value
    toegestaan = ", ".join(v for v, _ in keuzes.choices)
    if not tekst:
        return ""
    raise ValueError(f"{kolom}: '{_tekst(waarde)}' is onbekend; kies uit {toegestaan}.")


def _ja_nee(waarde, kolom: str) -> bool:
    tekst = _tekst(waarde).lower()
    if tekst in ("", "nee", "n", "false", "0", "onwaar"):
        return False
    if tekst in ("ja", "j", "true", "1", "waar"):
        return True
    raise ValueError(f"{kolom}: vul 'ja' of 'nee' in, niet '{_tekst(waarde)}'.")


def _decimaal(waarde, kolom: str) -> float | None:
    tekst = _tekst(waarde)
    if tekst == "":
        return None
    if "," in tekst and "." not in tekst:
        tekst = tekst.replace(",", ".")  # Dutch decimal comma
    try:
        getal = float(tekst)
    except ValueError:
        getal = math.nan
    if not math.isfinite(getal):
        raise ValueError(f"{kolom}: '{_tekst(waarde)}' is geen getal.")
    return getal


def _paar(rij: dict, eerste: str, tweede: str) -> tuple[float, float] | None:
    a, b = _decimaal(rij.get(eerste), eerste), _decimaal(rij.get(tweede), tweede)
    if (a is None) != (b is None):
        raise ValueError(f"{eerste} en {tweede}: vul ze allebei in of laat ze allebei leeg.")
    return None if a is None else (a, b)


def _locatie(rij: dict) -> dict:
    """The row's point as model fields (WGS84), from X/Y (RD New) or latitude/longitude; no
    fields when both pairs are empty. ``ValueError`` with a Dutch message otherwise."""
    rd = _paar(rij, "X (RD)", "Y (RD)")
    wgs84 = _paar(rij, "Breedtegraad", "Lengtegraad")
    if rd is None and wgs84 is None:
        return {}
    if rd is not None:
        x, y = rd
        if not (0 <= x <= 300_000 and 289_000 <= y <= 629_000):
            raise ValueError(
                f"X (RD) en Y (RD): ({_tekst(x)}, {_tekst(y)}) zijn geen RD-coördinaten in "
                "Nederland (meters, X 0–300000, Y 289000–629000)."
            )
        punt = geo.rd_naar_wgs84(x, y)
        if wgs84 is not None:
            afstand = math.dist(rd, geo.wgs84_naar_rd(*wgs84))
            if afstand > LOCATIE_MARGE_M:
                raise ValueError(
                    f"X/Y (RD) en breedte-/lengtegraad wijzen naar plekken {afstand:.0f} m uit "
                    "elkaar. Vul één van beide paren in, of corrigeer ze."
                )
        bron = "X (RD) en Y (RD)"
    else:
        punt = wgs84
        bron = "Breedtegraad en Lengtegraad"
    if not geo.in_almelo(*punt):
        raise ValueError(f"{bron}: deze plek ligt buiten de gemeente Almelo.")
    return {"breedtegraad": geo.afgerond(punt[0]), "lengtegraad": geo.afgerond(punt[1])}


def _rij_velden(rij: dict, gebieden: dict, partners: dict) -> tuple[dict, int | None, list[str]]:
    fouten, velden = [], {}
    velden["naam"] = _tekst(rij.get("Plannaam"))
    velden["wijk"] = _tekst(rij.get("Wijk"))
    pogingen = [
        ("planstatus", lambda: _keuze(rij.get("Planstatus"), "Planstatus", Planstatus)),
        ("fase", lambda: _keuze(rij.get("Fase"), "Fase", ProjectFase)),
        (
            "verwacht_startjaar",
            lambda: _geheel(rij.get("Start bouw (jaar)"), "Start bouw (jaar)", leeg=None),
        ),
        (
            "verwacht_opleverjaar",
            lambda: _geheel(rij.get("Oplevering (jaar)"), "Oplevering (jaar)", leeg=None),
        ),
        ("gepubliceerd", lambda: _ja_nee(rij.get("Gepubliceerd"), "Gepubliceerd")),
    ]
    for kolom, veld in SEGMENT_KOLOMMEN.items():
        pogingen.append((veld, lambda k=kolom: _geheel(rij.get(k), k, leeg=0)))
    for veld, functie in pogingen:
        try:
            velden[veld] = functie()
        except ValueError as exc:
            fouten.append(str(exc))
    try:
        velden.update(_locatie(rij))
    except ValueError as exc:
        fouten.append(str(exc))
    totaal = None
    try:
        totaal = _geheel(rij.get("Totaal"), "Totaal", leeg=None)
    except ValueError as exc:
        fouten.append(str(exc))
    gebied = _tekst(rij.get("Gebiedsontwikkeling"))
    if gebied:
        if gebied.lower() in gebieden:
            velden["gebiedsontwikkeling"] = gebieden[gebied.lower()]
        else:
            fouten.append(f"Gebiedsontwikkeling: '{gebied}' bestaat niet in het portaal.")
    else:
        velden["gebiedsontwikkeling"] = None
    partner = _tekst(rij.get("Corporatie / ontwikkelaar"))
    if partner:
        if partner.lower() in partners:
            velden["ontwikkelaar"] = partners[partner.lower()]
        else:
            fouten.append(f"Corporatie / ontwikkelaar: '{partner}' is geen bekende partner.")
    else:
        velden["ontwikkelaar"] = None
    return velden, totaal, fouten


def _fouttekst(exc: ValidationError) -> list[str]:
    uit = []
    for veld, berichten in exc.message_dict.items():
        kolom = VELD_NAAR_KOLOM.get(veld)
        for bericht in berichten:
            uit.append(f"{kolom}: {bericht}" if kolom else bericht)
    return uit


VOORTGANG_ELKE = 200  # rows between two progress reports of a background import


def projecten_importeren(*, naam: str, inhoud: bytes, voortgang=None) -> ImportResultaat:
    """Import a project list; all-or-nothing (see the module docstring for the columns).
    ``voortgang(rijen)``, when given, hears how many rows have been checked (before the
    writing transaction, so that others can see it)."""
    resultaat = ImportResultaat()
    try:
        rijen = lees_blad(naam, inhoud)
    except BladFout as exc:
        resultaat.fouten.append(str(exc))
        return resultaat
    rijen = [r for r in rijen if any(_tekst(v) for v in r)]
    if not rijen:
        resultaat.fouten.append("Het bestand is leeg.")
        return resultaat
    kop = [_tekst(v) for v in rijen[0]]
    ontbrekend = [k for k in VERPLICHT if k not in kop]
    if ontbrekend:
        resultaat.fouten.append(
            "De eerste rij mist de kolom(men): " + ", ".join(f"'{k}'" for k in ontbrekend) + "."
        )
        return resultaat
    if len(rijen) == 1:
        resultaat.fouten.append("Het bestand bevat geen projecten onder de kopregel.")
        return resultaat
    gebieden = {g.naam.lower(): g for g in Gebiedsontwikkeling.objects.all()}
    partners = {p.naam.lower(): p for p in Partner.objects.all()}
    bestaand = {
        p.slug: p
        for p in Woningbouwproject.objects.select_related("gebiedsontwikkeling", "ontwikkelaar")
    }
    woondeal = Woondeal.objects.first()
    gezien: dict[str, int] = {}
    # First every row's columns (no writes: progress is visible), then the saves in one go.
    gecontroleerd = []
    for nummer, waarden in enumerate(rijen[1:], start=2):
        if voortgang and (nummer - 1) % VOORTGANG_ELKE == 0:
            voortgang(nummer - 1)
        rij = dict(zip(kop, waarden, strict=False))
        velden, totaal, fouten = _rij_velden(rij, gebieden, partners)
        code = _tekst(rij.get("Projectcode"))
        if code and code in gezien:
            fouten.append(f"Projectcode '{code}' staat ook al op rij {gezien[code]}.")
        if code:
            gezien[code] = nummer
        gecontroleerd.append((nummer, code, velden, totaal, fouten))
    with transaction.atomic():
        for nummer, code, velden, totaal, fouten in gecontroleerd:
            if not fouten:
                try:
                    if code in bestaand:
                        project = bestaand[code]
                        if any(getattr(project, k) != v for k, v in velden.items()):
                            resultaat.bijgewerkt += 1
                        else:
                            resultaat.ongewijzigd += 1
                        services.project_update(project=project, opgegeven_totaal=totaal, **velden)
                    else:
                        services.project_create(
                            slug=code, opgegeven_totaal=totaal, woondeal=woondeal, **velden
                        )
                        resultaat.aangemaakt += 1
                except ValidationError as exc:
                    fouten.extend(_fouttekst(exc))
            resultaat.fouten.extend(f"Rij {nummer}: {f}" for f in fouten)
        if resultaat.fouten:
            transaction.set_rollback(True)
            resultaat.aangemaakt = resultaat.bijgewerkt = resultaat.ongewijzigd = 0
    return resultaat


def samenvatting(resultaat: ImportResultaat) -> str:
    """What a successful import did, in Dutch."""
    return (
        f"Import gelukt: {resultaat.aangemaakt} projecten toegevoegd, "
        f"{resultaat.bijgewerkt} bijgewerkt, {resultaat.ongewijzigd} ongewijzigd."
    )


def importtaak_verwerken(taak_id: int) -> None:
    """The background import of a large project list (``woondeals.Projectimport``)."""

    def importeren(taak, voortgang):
        resultaat = projecten_importeren(
            naam=taak.bestandsnaam, inhoud=bytes(taak.inhoud), voortgang=voortgang
        )
        return resultaat.fouten, samenvatting(resultaat)

    importtaak_uitvoeren(Projectimport, taak_id, importeren)
