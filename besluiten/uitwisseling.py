"""Export and import of the decision list as .xlsx (or CSV on import).

Columns (the first row holds the headers; on import their order does not matter):

=====================  =============================================================  =========
Column                 Meaning                                                        Import
=====================  =============================================================  =========
Kenmerk                the reference number; a known one updates that decision         required
Soort                  collegebesluit, raadsbesluit, motie, toezegging, … (or label)   required
Datum                  date of the decision (DD-MM-JJJJ or a date cell)                required
Titel                                                                                  required
Samenvatting                                                                           optional
Link                   URL in the council information system                           optional
Openbaar               ja / nee                                                        optional
Doelen                 goal codes, e.g. "A, C"                                         optional
Lijnen                 line codes, e.g. "A1, A4"                                       optional
Eigenaar               user name of the owner (motie/toezegging)                       optional
Termijn                due date (motie/toezegging)                                     optional
Status                 open, in behandeling, afgedaan (motie/toezegging; empty: open)  optional
Wijze van afdoening    how it was settled (required when afgedaan)                     optional
Afdoeningsdatum        date settled (required when afgedaan)                           optional
=====================  =============================================================  =========

An import is all-or-nothing: every row is checked first (the model's own rules included); if any
row has an error nothing is written and every error is reported per row, in Dutch. The links to
activities, indicators, the woondeal, projects and subsidies are kept in the portal and are not
touched by an import.
"""

import datetime
import io
from dataclasses import dataclass, field

from django.contrib.auth import get_user_model
from django.core.exceptions import ValidationError
from django.db import transaction
from django.http import HttpResponse
from openpyxl import Workbook
from openpyxl.styles import Font

from activiteiten.models import Activiteitenlijn
from almelo_programma.kern import excel
from doelen.models import Doel
from woondeals.uitwisseling import BladFout, lees_blad

from . import services
from .constants import AFSPRAAK_SOORTEN, AfdoeningStatus, BesluitSoort
from .models import Besluit

KOLOMMEN = [
    "Kenmerk", "Soort", "Datum", "Titel", "Samenvatting", "Link", "Openbaar", "Doelen",
    "Lijnen", "Eigenaar", "Termijn", "Status", "Wijze van afdoening", "Afdoeningsdatum",
]  # fmt: skip
VERPLICHT = ["Kenmerk", "Soort", "Datum", "Titel"]
VELD_NAAR_KOLOM = {
    "kenmerk": "Kenmerk", "soort": "Soort", "datum": "Datum", "titel": "Titel",
    "samenvatting": "Samenvatting", "url": "Link", "openbaar": "Openbaar", "doelen": "Doelen",
    "lijnen": "Lijnen", "eigenaar": "Eigenaar", "termijn": "Termijn", "status": "Status",
    "wijze_van_afdoening": "Wijze van afdoening", "afdoeningsdatum": "Afdoeningsdatum",
}  # fmt: skip
EXTRA_RIJEN = 500
DATUM_KOLOMMEN = ("Datum", "Termijn", "Afdoeningsdatum")


# --- export -----------------------------------------------------------------------------------


def export_rijen(besluiten, *, met_eigenaar: bool = True) -> list[list]:
    """Header plus one row per decision; ``besluiten`` as read by ``besluit_list``. The goals
    are read once for all rows (a fixed number of queries). Without ``met_eigenaar`` (the
    public download) the owner's column stays empty: the public side names no person."""
    besluiten = list(besluiten)
    per_besluit: dict[int, list[str]] = {}
    koppelingen = Besluit.doelen.through.objects.filter(besluit_id__in=[b.pk for b in besluiten])
    for besluit_id, code in koppelingen.values_list("besluit_id", "doel__code"):
        per_besluit.setdefault(besluit_id, []).append(code)
    rijen = [list(KOLOMMEN)]
    for b in besluiten:
        rijen.append(
            [
                b.kenmerk,
                b.soort,
                b.datum,
                b.titel,
                b.samenvatting,
                b.url,
                "ja" if b.openbaar else "nee",
                ", ".join(sorted(per_besluit.get(b.pk, []))),
                ", ".join(lijn.code for lijn in b.lijnen.all()),
                b.eigenaar.get_username() if met_eigenaar and b.eigenaar_id else "",
                b.termijn,
                b.status,
                b.wijze_van_afdoening,
                b.afdoeningsdatum,
            ]
        )
    return rijen


def als_xlsx(rijen: list[list]) -> bytes:
    wb = Workbook()
    ws = wb.active
    ws.title = "Besluiten"
    for rij in rijen:
        ws.append(rij)
    for cel in ws[1]:
        cel.font = Font(bold=True)
    for kolom in DATUM_KOLOMMEN:
        letter = chr(ord("A") + KOLOMMEN.index(kolom))
        for cel in ws[letter][1:]:
            cel.number_format = "DD-MM-YYYY"
    for letter, breedte in (("A", 16), ("B", 20), ("C", 12), ("D", 50), ("E", 50)):
        ws.column_dimensions[letter].width = breedte
    ws.freeze_panes = "B2"
    _invulregels(ws, laatste_rij=ws.max_row + EXTRA_RIJEN)
    uit = io.BytesIO()
    wb.save(uit)
    return uit.getvalue()


def _invulregels(ws, *, laatste_rij: int) -> None:
    def bereik(kolom):
        letter = chr(ord("A") + KOLOMMEN.index(kolom))
        return f"{letter}2:{letter}{laatste_rij}"

    excel.keuzelijst(
        ws, bereik("Soort"), BesluitSoort.values, titel="Soort", fout="Kies een soort uit de lijst."
    )
    excel.keuzelijst(
        ws,
        bereik("Status"),
        AfdoeningStatus.values,
        titel="Status",
        fout="Kies open, in_behandeling of afgedaan (alleen bij een motie of toezegging).",
    )
    excel.keuzelijst(
        ws, bereik("Openbaar"), excel.JA_NEE, titel="Openbaar", fout="Vul 'ja' of 'nee' in."
    )
    for kolom in DATUM_KOLOMMEN:
        excel.datum(ws, bereik(kolom), titel=kolom, fout="Vul een datum in (DD-MM-JJJJ).")


def besluiten_excel_response(besluiten, *, met_eigenaar: bool = True) -> HttpResponse:
    return HttpResponse(
        als_xlsx(export_rijen(besluiten, met_eigenaar=met_eigenaar)),
        content_type="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        headers={"Content-Disposition": 'attachment; filename="besluiten.xlsx"'},
    )


# --- import -----------------------------------------------------------------------------------


@dataclass
class ImportResultaat:
    nieuw: int = 0
    bijgewerkt: int = 0
    fouten: list[str] = field(default_factory=list)


def _tekst(waarde) -> str:
    if waarde is None:
        return ""
    if isinstance(waarde, float) and waarde.is_integer():
        waarde = int(waarde)
    return str(waarde).strip()


def _datum(waarde, kolom: str) -> datetime.date | None:
    if isinstance(waarde, datetime.datetime):
        return waarde.date()
    if isinstance(waarde, datetime.date):
        return waarde
    tekst = _tekst(waarde)
    if not tekst:
        return None
    for formaat in ("%d-%m-%Y", "%Y-%m-%d", "%d/%m/%Y"):
        try:
            return datetime.datetime.strptime(tekst, formaat).date()
        except ValueError:
            continue
    raise ValueError(f"{kolom}: '{tekst}' is geen datum; schrijf DD-MM-JJJJ.")


def _keuze(waarde, kolom: str, keuzes) -> str:
    tekst = _tekst(waarde).lower()
    if not tekst:
        return ""
    for value, label in keuzes.choices:
        if tekst in (value, str(label).lower()):
            return value
    toegestaan = ", ".join(keuzes.values)
    raise ValueError(f"{kolom}: '{_tekst(waarde)}' is onbekend; kies uit {toegestaan}.")


def _ja_nee(waarde, kolom: str) -> bool:
    tekst = _tekst(waarde).lower()
    if tekst in ("", "nee", "n", "false", "0", "onwaar"):
        return False
    if tekst in ("ja", "j", "true", "1", "waar"):
        return True
    raise ValueError(f"{kolom}: vul 'ja' of 'nee' in, niet '{_tekst(waarde)}'.")


def _codes(waarde, kolom: str, bekend: dict) -> list:
    codes = [c.strip().upper() for c in _tekst(waarde).replace(";", ",").split(",") if c.strip()]
    onbekend = [c for c in codes if c not in bekend]
    if onbekend:
        raise ValueError(f"{kolom}: onbekende code(s) {', '.join(onbekend)}.")
    return [bekend[c] for c in codes]


def _rij_velden(rij: dict, *, doelen, lijnen, gebruikers) -> tuple[dict, list[str]]:
    fouten: list[str] = []
    velden: dict = {
        "kenmerk": _tekst(rij.get("Kenmerk")),
        "titel": _tekst(rij.get("Titel")),
        "samenvatting": _tekst(rij.get("Samenvatting")),
        "url": _tekst(rij.get("Link")),
        "wijze_van_afdoening": _tekst(rij.get("Wijze van afdoening")),
    }
    pogingen = {
        "soort": lambda: _keuze(rij.get("Soort"), "Soort", BesluitSoort),
        "datum": lambda: _datum(rij.get("Datum"), "Datum"),
        "openbaar": lambda: _ja_nee(rij.get("Openbaar"), "Openbaar"),
        "doelen": lambda: _codes(rij.get("Doelen"), "Doelen", doelen),
        "lijnen": lambda: _codes(rij.get("Lijnen"), "Lijnen", lijnen),
        "termijn": lambda: _datum(rij.get("Termijn"), "Termijn"),
        "status": lambda: _keuze(rij.get("Status"), "Status", AfdoeningStatus),
        "afdoeningsdatum": lambda: _datum(rij.get("Afdoeningsdatum"), "Afdoeningsdatum"),
    }
    for veld, functie in pogingen.items():
        try:
            velden[veld] = functie()
        except ValueError as exc:
            fouten.append(str(exc))
    naam = _tekst(rij.get("Eigenaar"))
    velden["eigenaar"] = None
    if naam:
        if naam.lower() in gebruikers:
            velden["eigenaar"] = gebruikers[naam.lower()]
        else:
            fouten.append(f"Eigenaar: '{naam}' is geen gebruiker van het portaal.")
    if velden.get("soort") in AFSPRAAK_SOORTEN and not velden.get("status"):
        velden["status"] = AfdoeningStatus.OPEN
    return velden, fouten


def _modelfouten(exc: ValidationError) -> list[str]:
    if not hasattr(exc, "error_dict"):
        return list(exc.messages)
    return [
        f"{VELD_NAAR_KOLOM.get(veld, veld)}: {bericht}" if veld in VELD_NAAR_KOLOM else bericht
        for veld, berichten in exc.message_dict.items()
        for bericht in berichten
    ]


def besluiten_importeren(bestand, *, programma) -> ImportResultaat:
    """Check every row of ``bestand`` (an uploaded .xlsx or .csv), then create or update all
    decisions of ``programma`` in one transaction, or nothing. A row whose kenmerk belongs to a
    decision of another programme is an error (nothing of that programme is changed)."""
    resultaat = ImportResultaat()
    try:
        rijen = lees_blad(bestand.name, bestand.read())
    except BladFout as exc:
        resultaat.fouten.append(str(exc))
        return resultaat
    rijen = [r for r in rijen if any(_tekst(w) for w in r)]
    if not rijen:
        resultaat.fouten.append("Het bestand is leeg.")
        return resultaat
    kop = [_tekst(k) for k in rijen[0]]
    ontbrekend = [k for k in VERPLICHT if k not in kop]
    if ontbrekend:
        resultaat.fouten.append(f"Kolom(men) ontbreken: {', '.join(ontbrekend)}.")
        return resultaat
    doelen = {d.code: d for d in Doel.objects.filter(programma=programma)}
    lijnen = {
        lijn.code: lijn for lijn in Activiteitenlijn.objects.filter(doel__programma=programma)
    }
    gebruikers = {u.username.lower(): u for u in get_user_model().objects.all()}
    # every kenmerk is unique in the portal: one of another programme's decision is refused
    bestaand = {b.kenmerk: b for b in Besluit.objects.select_related("programma")}
    gezien: dict[str, int] = {}
    te_schrijven: list[tuple[Besluit | None, dict]] = []
    for nummer, waarden in enumerate(rijen[1:], start=2):
        rij = dict(zip(kop, waarden, strict=False))
        velden, fouten = _rij_velden(rij, doelen=doelen, lijnen=lijnen, gebruikers=gebruikers)
        for kolom in VERPLICHT:
            if not _tekst(rij.get(kolom)):
                fouten.append(f"{kolom}: verplicht.")
        kenmerk = velden["kenmerk"]
        if kenmerk and kenmerk in gezien:
            fouten.append(f"Kenmerk: '{kenmerk}' staat ook op rij {gezien[kenmerk]}.")
        gezien.setdefault(kenmerk, nummer)
        besluit = bestaand.get(kenmerk)
        if besluit is not None and besluit.programma_id != programma.pk:
            fouten.append(
                f"Kenmerk: '{kenmerk}' is een besluit van het programma "
                f"'{besluit.programma.naam}', niet van '{programma.naam}'; het wordt hier niet "
                "gewijzigd."
            )
            besluit = None
        if not fouten:
            # the model's own rules, without writing
            proef = Besluit(
                programma=programma,
                **{k: v for k, v in velden.items() if k not in ("doelen", "lijnen")},
            )
            proef.slug = besluit.slug if besluit else "proef"
            try:
                proef.full_clean(exclude=["slug", "kenmerk"] if besluit else ["slug"])
            except ValidationError as exc:
                fouten.extend(_modelfouten(exc))
        if fouten:
            resultaat.fouten.extend(f"Rij {nummer}: {fout}" for fout in fouten)
        else:
            te_schrijven.append((besluit, velden))
    if resultaat.fouten:
        return resultaat
    with transaction.atomic():
        for besluit, velden in te_schrijven:
            if besluit is None:
                services.besluit_create(programma=programma, **velden)
                resultaat.nieuw += 1
            else:
                velden.pop("kenmerk")
                services.besluit_update(besluit=besluit, data=velden)
                resultaat.bijgewerkt += 1
    return resultaat
