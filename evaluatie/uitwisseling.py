"""The end evaluation as a document: a tagged PDF (the Bestuursrapportage's renderer) and an
.xlsx workbook, both made from the same structure as the page (``selectors.inhoud`` or the
stored snapshot)."""

from __future__ import annotations

from io import BytesIO

from django.http import HttpResponse
from django.template.loader import render_to_string
from django.utils import timezone
from openpyxl import Workbook

from almelo_programma.kern.pdf import pdf_van_html
from almelo_programma.kern.uitwisseling import xlsx_rij


def evaluatie_pdf(evaluatie, w: dict, *, openbaar: bool) -> bytes:
    html = render_to_string(
        "evaluatie/evaluatie_pdf.html",
        {
            "evaluatie": evaluatie,
            "w": w,
            "intern": not openbaar,
            "gemaakt_op": timezone.now(),
        },
    )
    return pdf_van_html(html)


def pdf_antwoord(inhoud: bytes) -> HttpResponse:
    antwoord = HttpResponse(inhoud, content_type="application/pdf")
    antwoord["Content-Disposition"] = 'attachment; filename="eindevaluatie.pdf"'
    return antwoord


def _blad(wb, titel: str, kop: list[str], rijen) -> None:
    """A sheet written through the portal's one neutralising writer: text is never a formula."""
    ws = wb.create_sheet(titel)
    ws.append(xlsx_rij(ws, kop))
    for rij in rijen:
        ws.append(xlsx_rij(ws, rij))


def evaluatie_xlsx(w: dict, evaluatie) -> bytes:
    wb = Workbook(write_only=True)
    _blad(
        wb, "Effecten",
        ["Nr", "Doel", "Effect", "Soort", "Meting", "Beoordeling", "Streefwaarde", "Basiswaarde",
         "Eenheid", "Datum meting", "Trend", "Berekend oordeel", "Oordeel programmamanager",
         "Reden", "Geldend oordeel", "Demo"],
        (
            [i["nummer"], i["doel"], i["tekst"], i["soort"], i["waarde"], i["beoordeling"],
             i["streefwaarde"], i["basiswaarde"], i["eenheid"], i["datum"], i["trend"],
             i["berekend_label"], (i["correctie"] or {}).get("oordeel_label", ""),
             (i["correctie"] or {}).get("reden", ""), i["oordeel_label"],
             "ja" if i["is_demo"] else "nee"]
            for i in w["indicatoren"]
        ),
    )  # fmt: skip
    _blad(
        wb, "Activiteiten",
        ["Doel", "Lijn", "Naam", "Jaar", *w["statussen"], "Demo"],
        (
            [doel["code"], lijn["code"], lijn["naam"], rij["jaar"], *rij["aantallen"],
             "ja" if lijn["is_demo"] else "nee"]
            for doel in w["doelen"]
            for lijn in doel["lijnen"]
            for rij in lijn["rijen"]
        ),
    )  # fmt: skip
    _blad(
        wb, "Deelsporen", ["Nr", "Deelspoor", "Status", "Voortgang (%)", "Demo"],
        ([s["nummer"], s["naam"], s["status"], s["voortgang"], "ja" if s["is_demo"] else "nee"]
         for s in w["deelsporen"]),
    )  # fmt: skip
    wb_ = w["woningbouw"]
    _blad(
        wb, "Woningbouw", ["Cijfer", "Waarde"],
        [["Doel extra nieuwbouwwoningen", wb_["doel"]], ["Opgeleverd", wb_["opgeleverd"]],
         ["In aanbouw genomen", wb_["gestart"]], ["In plannen", wb_["in_plannen"]],
         ["In harde plannen", wb_["harde_plannen"]],
         ["Aandeel sociale huur in plannen (%)", wb_["aandeel_sociale_huur"]],
         ["Aandeel betaalbaar in plannen (%)", wb_["aandeel_betaalbaar"]],
         ["Demo", "ja" if wb_["is_demo"] else "nee"]],
    )  # fmt: skip
    teksten = [
        ["Programma", "Conclusies", w["teksten"]["conclusies"]],
        ["Programma", "Wat werkte", w["teksten"]["wat_werkte"]],
        ["Programma", "Wat werkte niet", w["teksten"]["wat_niet_werkte"]],
    ]
    for doel in w["doelen"]:
        teksten += [[f"Doel {doel['code']}", "Conclusie", doel["conclusie"]],
                    [f"Doel {doel['code']}", "Lessen", doel["lessen"]]]  # fmt: skip
        for lijn in doel["lijnen"]:
            teksten += [[f"Lijn {lijn['code']}", "Conclusie", lijn["conclusie"]],
                        [f"Lijn {lijn['code']}", "Lessen", lijn["lessen"]]]  # fmt: skip
    _blad(wb, "Conclusies", ["Onderdeel", "Soort", "Tekst"], teksten)
    status = evaluatie.get_status_display()
    if evaluatie.is_vastgesteld:
        status += f" op {evaluatie.vastgesteld_op:%d-%m-%Y}, kenmerk {evaluatie.besluitkenmerk}"
    _blad(
        wb,
        "Over",
        ["Gegeven", "Waarde"],
        [["Status", status], ["Berekend op", w["berekend_op"]], ["Oordeelregel", w["regel"]]],
    )
    uit = BytesIO()
    wb.save(uit)
    return uit.getvalue()
