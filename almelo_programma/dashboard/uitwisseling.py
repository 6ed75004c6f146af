"""The dashboard's figures as an .xlsx workbook (openpyxl): the same numbers as the page.

Written in openpyxl's write-only mode, row by row, to a file: the attention sheet, the one
that grows with the data, comes from an iterator over the database (``aandacht_stroom``), so
memory stays flat however many rows it has."""

from __future__ import annotations

from collections.abc import Iterable
from io import BytesIO

from django.utils import timezone
from django.utils.functional import Promise
from openpyxl import Workbook
from openpyxl.styles import Font
from openpyxl.utils import get_column_letter

from activiteiten.constants import Status
from almelo_programma.kern.uitwisseling import xlsx_cel, xlsx_rij
from woondeals.constants import NORM_BETAALBAAR, NORM_SOCIALE_HUUR

from .selectors import Dashboard

VET = Font(bold=True)


def _cel(waarde):
    """Lazy translations become plain text; Decimals stay numbers."""
    return str(waarde) if isinstance(waarde, Promise) else waarde


def _rij(ws, waarden) -> None:
    """Append a row; text is never a formula (``kern.uitwisseling``)."""
    ws.append(xlsx_rij(ws, [_cel(w) for w in waarden]))


def _lokaal(moment):
    """Excel has no time zones: local (Amsterdam) wall-clock time."""
    return timezone.localtime(moment).replace(tzinfo=None) if moment else None


def _blad(wb, titel, kop, rijen: Iterable, breedtes: Iterable[int] = ()):
    """A sheet with a bold, frozen header row and ``rijen`` written one by one (write-only:
    widths are set before the rows; from ``breedtes``, else from the header and, for a list of
    rows, their contents)."""
    ws = wb.create_sheet(titel)
    if not breedtes:
        inhoud = [kop, *rijen] if isinstance(rijen, list) else [kop]
        breedtes = [
            min(60, max(10, max(len(str(rij[k] or "")) for rij in inhoud if k < len(rij)) + 2))
            for k in range(len(kop))
        ]
    for nummer, breedte in enumerate(breedtes, start=1):
        ws.column_dimensions[get_column_letter(nummer)].width = breedte
    ws.freeze_panes = "A2"
    koppen = []
    for k in kop:
        cel = xlsx_cel(ws, _cel(k))  # text is never a formula (kern.uitwisseling)
        cel.font = VET
        koppen.append(cel)
    ws.append(koppen)
    for rij in rijen:
        _rij(ws, rij)
    return ws


def _met_demokolom(rijen: list[list], is_demo: bool) -> list[list]:
    """Rows of figures computed from the housing projects, with a "Demo" cell: "ja" when a
    project counted is demo (norm rows are settings, not figures, and stay empty)."""
    return [[*rij, "ja" if is_demo and not str(rij[0]).startswith("Norm") else ""] for rij in rijen]


def dashboard_xlsx(d: Dashboard) -> bytes:
    """The workbook's bytes, with ``d.aandacht`` as the attention sheet (small dashboards and
    tests; the download uses ``dashboard_xlsx_naar``)."""
    uit = BytesIO()
    dashboard_xlsx_naar(uit, d, d.aandacht)
    return uit.getvalue()


def dashboard_xlsx_naar(bestand, d: Dashboard, aandacht: Iterable) -> None:
    """Write the workbook to ``bestand`` (a file or path); ``aandacht``: every item that needs
    attention, most urgent first (an iterator: the rows are written as they come)."""
    wb = Workbook(write_only=True)
    info = wb.create_sheet("Stand")
    info.column_dimensions["A"].width = 16
    info.column_dimensions["B"].width = 60
    naam = d.programma.naam if d.programma else "Programma Stedelijke Ontwikkeling"
    titel = xlsx_cel(info, f"{naam} — dashboard")
    titel.font = VET
    info.append([titel])
    if d.programma:
        _rij(info, ["Programma", f"{d.programma.naam} ({d.programma.periode})"])
    _rij(info, ["Stand per", d.stand.peildatum])
    _rij(info, ["Omschrijving", d.stand.label])
    _rij(info, ["Let op", "Cijfers gemarkeerd als demo zijn verzonnen voorbeeldgegevens."])

    statussen = list(Status)
    rijen = []
    for doel in d.doelen:
        rijen.append(
            [f"Doel {doel.code}", doel.titel, doel.samenvatting.voortgang]
            + [doel.samenvatting.aantallen.get(s.value, 0) for s in statussen]
            + ["ja" if doel.samenvatting.is_demo else ""]
        )
        for lijn in doel.lijnen_lijst:
            rijen.append(
                [lijn.code, lijn.naam, lijn.samenvatting.voortgang]
                + [lijn.samenvatting.aantallen.get(s.value, 0) for s in statussen]
                + ["ja" if lijn.samenvatting.is_demo else ""]
            )
    _blad(
        wb,
        "Doelen en lijnen",
        ["Code", "Naam", "Voortgang (%)"] + [s.label for s in statussen] + ["Demo"],
        rijen,
    )

    rijen = []
    for doel in d.doelen:
        for ind in doel.indicatoren_lijst:
            m = ind.laatste
            rijen.append(
                [
                    ind.nummer,
                    doel.code,
                    ind.tekst,
                    ind.get_soort_display(),
                    ind.eenheid,
                    ind.basiswaarde,
                    ind.streefwaarde,
                    m.datum if m else None,
                    (
                        m.waarde
                        if m and m.waarde is not None
                        else (m.get_beoordeling_display() if m else "Nog geen meting")
                    ),
                    getattr(ind, "voortgang", None),
                    "ja" if m and m.is_demo else "",
                ]
            )
    _blad(
        wb,
        "Indicatoren",
        [
            "Nr",
            "Doel",
            "Indicator",
            "Soort",
            "Eenheid",
            "Basis",
            "Doel 2026",
            "Laatste meting",
            "Waarde / beoordeling",
            "Voortgang (%)",
            "Demo",
        ],
        rijen,
    )

    _blad(
        wb,
        "Aandacht nodig",
        ["Soort", "Onderdeel", "Context", "Status", "Waarom", "Trekker", "Laatste update", "Demo"],
        (
            [
                i.soort,
                i.titel,
                i.context,
                i.status_label,
                "; ".join(i.redenen),
                i.trekker,
                i.datum,
                "ja" if i.is_demo else "",
            ]
            for i in aandacht
        ),
        breedtes=[12, 50, 40, 16, 60, 24, 16, 8],
    )

    r = d.woningbouw_jaren
    _blad(
        wb,
        "Woningbouw per jaar",
        [
            "Jaar",
            "In aanbouw genomen",
            "Opgeleverd",
            "In aanbouw (cumulatief)",
            "Opgeleverd (cumulatief)",
            "Doel",
            "Demo",
        ],
        _met_demokolom(
            [
                [j, g, o, gc, oc, d.woningbouw.cijfers.doel]
                for j, g, o, gc, oc in zip(
                    r.jaren,
                    r.gestart,
                    r.opgeleverd,
                    r.gestart_cumulatief,
                    r.opgeleverd_cumulatief,
                    strict=True,
                )
            ],
            d.woningbouw.is_demo,
        ),
    )

    c = d.woningbouw.cijfers
    zacht = d.woningbouw.zachte_plannen
    segmenten = [
        ("Sociale huur", "sociale_huur"),
        ("Middenhuur", "middenhuur"),
        ("Betaalbare koop", "betaalbare_koop"),
        ("Vrije sector", "vrije_sector"),
    ]
    rijen = [
        [label, getattr(c.alle_plannen, veld), getattr(c.harde_plannen, veld), getattr(zacht, veld)]
        for label, veld in segmenten
    ]
    rijen.append(["Totaal", c.alle_plannen.totaal, c.harde_plannen.totaal, zacht.totaal])
    rijen.append(
        [
            "Aandeel sociale huur (%)",
            c.alle_plannen.aandeel_sociale_huur,
            c.harde_plannen.aandeel_sociale_huur,
            zacht.aandeel_sociale_huur,
        ]
    )
    rijen.append(["Norm sociale huur (%)", NORM_SOCIALE_HUUR, NORM_SOCIALE_HUUR, NORM_SOCIALE_HUUR])
    rijen.append(
        [
            "Aandeel betaalbaar (%)",
            c.alle_plannen.aandeel_betaalbaar,
            c.harde_plannen.aandeel_betaalbaar,
            zacht.aandeel_betaalbaar,
        ]
    )
    rijen.append(
        [
            "Norm betaalbaar (%)",
            round(NORM_BETAALBAAR, 1),
            round(NORM_BETAALBAAR, 1),
            round(NORM_BETAALBAAR, 1),
        ]
    )
    _blad(
        wb,
        "Plannen",
        ["Segment", "Alle plannen", "Harde plannen", "Zachte plannen", "Demo"],
        _met_demokolom(rijen, d.woningbouw.is_demo),
    )
    _blad(
        wb,
        "Plannen per fase",
        ["Fase", "Hard", "Zacht", "Totaal", "Demo"],
        _met_demokolom(
            [[r.label, r.hard, r.zacht, r.totaal] for r in d.woningbouw.pijplijn],
            d.woningbouw.is_demo,
        ),
    )
    _blad(
        wb,
        "Netwerk",
        ["Soort", "Titel", "Datum", "Status / locatie"],
        [["Bijeenkomst", b.titel, _lokaal(b.start), b.locatie] for b in d.bijeenkomsten]
        + [
            ["Lobbydossier", x.titel, _lokaal(x.history_date), x.get_status_display()]
            for x in d.lobby
        ],
    )
    wb.save(bestand)
