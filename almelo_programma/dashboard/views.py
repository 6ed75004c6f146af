"""The 2026 dashboard for aldermen: thin views over ``selectors`` and ``grafieken``."""

import tempfile
from functools import wraps
from typing import NamedTuple

from django.core.paginator import Paginator
from django.http import FileResponse, Http404
from django.shortcuts import get_object_or_404, redirect, render
from django.utils import timezone

from activiteiten.selectors import periode_list
from almelo_programma.dashboard.models import Bestuursrapportage, RapportStatus
from almelo_programma.kern.rechten import intern_vereist
from almelo_programma.kern.tijdlijn import tijdlijn_pagina
from doelen.models import Doel
from doelen.selectors import programma_get

from . import pdf, selectors, services
from .grafieken import grafieken_toevoegen, indicator_grafieken_toevoegen
from .uitwisseling import dashboard_xlsx_naar

AANDACHT_TOP = 10  # the most urgent, on the dashboard itself
AANDACHT_PER_PAGINA = 50

XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"


def stand_context(request):
    """(stand, keuzes, programma, perioden) for ``?stand=``; stand is None for a bad key."""
    programma = programma_get()
    perioden = periode_list()
    keuzes = selectors.standen(programma, perioden, timezone.localdate())
    stand = selectors.stand_kiezen(request.GET.get("stand"), keuzes)
    return stand, keuzes, programma, perioden


def _ongeldige_stand(request, keuzes):
    context = {"keuzes": keuzes, "gevraagd": request.GET.get("stand", "")}
    return render(request, "dashboard/ongeldige_stand.html", context, status=400)


class Keuze(NamedTuple):
    stand: selectors.Stand
    keuzes: list
    programma: object
    perioden: list


def met_stand(view):
    """Resolve ``?stand=`` for a dashboard view: a bad key gets the 400 page, otherwise the view
    is called with ``keuze`` (stand, keuzes, programma, perioden)."""

    @wraps(view)
    def wrapper(request, *args, **kwargs):
        stand, keuzes, programma, perioden = stand_context(request)
        if stand is None:
            return _ongeldige_stand(request, keuzes)
        return view(request, *args, keuze=Keuze(stand, keuzes, programma, perioden), **kwargs)

    return wrapper


def _dashboard(keuze: Keuze, *, aandacht_top: int | None = None) -> selectors.Dashboard:
    return selectors.dashboard_get(
        stand=keuze.stand,
        keuzes=keuze.keuzes,
        programma=keuze.programma,
        perioden=keuze.perioden,
        aandacht_top=aandacht_top,
    )


def besluiten_op(obj, stand):
    """The decisions linked to ``obj`` (a line, activity, sub-track, indicator or goal) taken
    on or before the reference date, newest first."""
    return obj.besluiten.filter(datum__lte=stand.peildatum).order_by("-datum", "kenmerk")


def _detail(
    request, keuze: Keuze, lees, slug: str, template: str, naam: str, onbekend: str,
    *, met_tijdlijn: bool = False,
):  # fmt: skip
    """A drill-down page: ``lees(slug=…, stand=…)`` gives the object (404 ``onbekend`` if none);
    ``met_tijdlijn``: with one page of its updates up to the reference date (``tijdlijn``)."""
    obj = lees(slug=slug, stand=keuze.stand)
    if obj is None:
        raise Http404(onbekend)
    context = {naam: obj, "stand": keuze.stand, "besluiten": besluiten_op(obj, keuze.stand)}
    if met_tijdlijn:
        context["tijdlijn"] = tijdlijn_pagina(request, selectors.tijdlijn(obj, stand=keuze.stand))
    return render(request, template, context)


@intern_vereist
@met_stand
def dashboard(request, *, keuze):
    gegevens = grafieken_toevoegen(_dashboard(keuze, aandacht_top=AANDACHT_TOP))
    return render(
        request,
        "dashboard/dashboard.html",
        {
            "d": gegevens,
            "stand": keuze.stand,
            "aandacht_top": gegevens.aandacht,
            "scorekaart": selectors.scorekaart(gegevens),
        },
    )


@intern_vereist
@met_stand
def aandacht(request, *, keuze):
    """Everything that needs attention, a page at a time (the dashboard shows the top)."""
    items, periode = selectors.aandacht_op(stand=keuze.stand, perioden=keuze.perioden)
    pagina = Paginator(items, AANDACHT_PER_PAGINA).get_page(request.GET.get("pagina"))
    zoekparameters = request.GET.copy()
    zoekparameters.pop("pagina", None)
    context = {
        "pagina": pagina,
        "zoekparameters": zoekparameters.urlencode(),
        "periode": periode,
        "stand": keuze.stand,
        "afspraken_te_laat": selectors.afspraken_te_laat_op(keuze.stand),
    }
    return render(request, "dashboard/aandacht.html", context)


@intern_vereist
@met_stand
def doel_detail(request, slug, *, keuze):
    doel = get_object_or_404(Doel, slug=slug)
    doelen, _ = selectors.doelen_op(keuze.stand)
    doel = next(d for d in doelen if d.pk == doel.pk)
    indicator_grafieken_toevoegen(doel.indicatoren_lijst)
    context = {"doel": doel, "stand": keuze.stand, "besluiten": besluiten_op(doel, keuze.stand)}
    return render(request, "dashboard/doel.html", context)


@intern_vereist
@met_stand
def lijn_detail(request, slug, *, keuze):
    return _detail(
        request, keuze, selectors.lijn_get, slug, "dashboard/lijn.html", "lijn",
        "Deze activiteitenlijn bestaat niet.",
    )  # fmt: skip


@intern_vereist
@met_stand
def activiteit_detail(request, slug, *, keuze):
    return _detail(
        request, keuze, selectors.activiteit_get, slug, "dashboard/activiteit.html",
        "activiteit", "Deze activiteit bestaat niet.", met_tijdlijn=True,
    )  # fmt: skip


@intern_vereist
@met_stand
def deelspoor_detail(request, slug, *, keuze):
    return _detail(
        request, keuze, selectors.deelspoor_get, slug, "dashboard/deelspoor.html", "deelspoor",
        "Dit deelspoor bestaat niet.", met_tijdlijn=True,
    )  # fmt: skip


def _indicator_met_grafieken(*, slug, stand):
    ind = selectors.indicator_get(slug=slug, stand=stand)
    if ind is not None:
        indicator_grafieken_toevoegen([ind], klein=False)
    return ind


@intern_vereist
@met_stand
def indicator_detail(request, slug, *, keuze):
    return _detail(
        request, keuze, _indicator_met_grafieken, slug, "dashboard/indicator.html", "ind",
        "Deze indicator bestaat niet.",
    )  # fmt: skip


@intern_vereist
@met_stand
def export_xlsx(request, *, keuze):
    """The dashboard as .xlsx, written row by row to a temporary file that the response streams
    (and removes when done): the attention sheet is read from the database in chunks."""
    d = _dashboard(keuze, aandacht_top=0)  # the attention rows come from the stream below
    aandacht = selectors.aandacht_stroom(
        peildatum=keuze.stand.peildatum, deelsporen=d.deelsporen, periode=d.laatste_deadline
    )
    bestand = tempfile.TemporaryFile()  # noqa: SIM115 (FileResponse closes it)
    dashboard_xlsx_naar(bestand, d, aandacht)
    bestand.seek(0)
    return FileResponse(
        bestand,
        as_attachment=True,
        filename=f"dashboard-almelo-{keuze.stand.peildatum:%Y-%m-%d}.xlsx",
        content_type=XLSX,
    )


@intern_vereist
def rapportages(request):
    """Request a Bestuursrapportage PDF for a chosen moment, and list recent ones."""
    stand, keuzes, *_ = stand_context(request)
    fout = None
    if request.method == "POST":
        gekozen = selectors.stand_kiezen(request.POST.get("stand"), keuzes)
        if gekozen is None:
            fout = "Kies een stand uit de lijst."
        else:
            rapport = services.bestuursrapportage_aanvragen(
                programma=request.programma, stand=gekozen, door=request.user
            )
            return redirect(rapport)
    return render(
        request,
        "dashboard/rapportages.html",
        {
            "stand": stand or keuzes[0],
            "keuzes": keuzes,
            "fout": fout,
            "rapporten": Bestuursrapportage.objects.select_related("aangevraagd_door")[:10],
        },
        status=400 if fout else 200,
    )


@intern_vereist
def rapportage_detail(request, uuid):
    rapport = get_object_or_404(Bestuursrapportage, uuid=uuid)
    if rapport.status == RapportStatus.BEZIG and pdf.vastgelopen_rapportages_afbreken(
        rapport_id=rapport.pk
    ):
        rapport.refresh_from_db()  # its worker died: "mislukt", with the retry button
    if request.method == "POST":
        services.bestuursrapportage_opnieuw(rapport=rapport)
        return redirect(rapport)
    return render(request, "dashboard/rapportage.html", {"rapport": rapport})


@intern_vereist
def rapportage_pdf(request, uuid):
    rapport = get_object_or_404(Bestuursrapportage, uuid=uuid, status=RapportStatus.KLAAR)
    return FileResponse(
        rapport.bestand.open("rb"),
        as_attachment=True,
        filename=rapport.bestandsnaam,
        content_type="application/pdf",
    )
