"""The 2026 dashboard for aldermen: thin views over ``selectors`` and ``grafieken``.

Every page is about the programme of the request (``request.programma``: the one in the URL, or
the current one at the unprefixed addresses); a drill-down page of an object of another
programme sends the visitor to that programme's page (``naar_programma``), so it is never shown
under the wrong programme."""

import tempfile
from functools import wraps
from typing import NamedTuple

from django.core.paginator import Paginator
from django.http import FileResponse, Http404
from django.shortcuts import get_object_or_404, redirect, render
from django.utils import timezone

from activiteiten.models import Activiteit, Activiteitenlijn
from activiteiten.selectors import periode_list
from almelo_programma.dashboard.models import Bestuursrapportage, RapportStatus
from almelo_programma.kern.programmas import programma_van
from almelo_programma.kern.rechten import intern_vereist
from almelo_programma.kern.tijdlijn import tijdlijn_pagina
from almelo_programma.programmakeuze import naar_programma
from doelen.models import Doel, Effectindicator
from woondeals.models import Deelspoor

from . import pdf, selectors, services
from .grafieken import grafieken_toevoegen, indicator_grafieken_toevoegen
from .uitwisseling import dashboard_xlsx_naar

AANDACHT_TOP = 10  # the most urgent, on the dashboard itself
AANDACHT_PER_PAGINA = 50

XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"


def programma_van_pagina(request):
    """The programme the page is about, ``None`` when the portal has none yet (a lazy
    programme of nothing is false)."""
    return request.programma or None


def stand_context(request):
    """(stand, keuzes, programma, perioden) for ``?stand=``; stand is None for a bad key. The
    choices are the years of the page's programme (an archived one too) and their periods."""
    programma = programma_van_pagina(request)
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


def _elders(request, model, programma, onbekend: str, **zoek):
    """The answer for an object not found in ``programma``: a redirect to the same page of the
    programme it belongs to (an old bookmark), or 404 ``onbekend`` when there is none."""
    obj = model.objects.filter(**zoek).first()
    eigen = programma_van(obj) if obj is not None else None
    if eigen is not None and (programma is None or eigen.pk != programma.pk):
        return naar_programma(request, eigen)
    raise Http404(onbekend)


def _detail(
    request, keuze: Keuze, lees, model, slug: str, template: str, naam: str, onbekend: str,
    *, met_tijdlijn: bool = False,
):  # fmt: skip
    """A drill-down page: ``lees(programma=…, slug=…, stand=…)`` gives the object of the page's
    programme (of another programme: a redirect there; none at all: 404 ``onbekend``);
    ``met_tijdlijn``: with one page of its updates up to the reference date (``tijdlijn``)."""
    obj = lees(programma=keuze.programma, slug=slug, stand=keuze.stand)
    if obj is None:
        return _elders(request, model, keuze.programma, onbekend, slug=slug)
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
    items, periode = selectors.aandacht_op(
        programma=keuze.programma, stand=keuze.stand, perioden=keuze.perioden
    )
    pagina = Paginator(items, AANDACHT_PER_PAGINA).get_page(request.GET.get("pagina"))
    zoekparameters = request.GET.copy()
    zoekparameters.pop("pagina", None)
    context = {
        "pagina": pagina,
        "zoekparameters": zoekparameters.urlencode(),
        "periode": periode,
        "stand": keuze.stand,
        "afspraken_te_laat": selectors.afspraken_te_laat_op(keuze.stand, programma=keuze.programma),
    }
    return render(request, "dashboard/aandacht.html", context)


@intern_vereist
@met_stand
def doel_detail(request, slug, *, keuze):
    doel = get_object_or_404(Doel.objects.select_related("programma"), slug=slug)
    if keuze.programma is None or doel.programma_id != keuze.programma.pk:
        return naar_programma(request, doel.programma)
    doelen, _ = selectors.doelen_op(keuze.stand, programma=keuze.programma)
    doel = next(d for d in doelen if d.pk == doel.pk)
    indicator_grafieken_toevoegen(doel.indicatoren_lijst)
    context = {"doel": doel, "stand": keuze.stand, "besluiten": besluiten_op(doel, keuze.stand)}
    return render(request, "dashboard/doel.html", context)


@intern_vereist
@met_stand
def lijn_detail(request, slug, *, keuze):
    return _detail(
        request, keuze, selectors.lijn_get, Activiteitenlijn, slug, "dashboard/lijn.html", "lijn",
        "Deze activiteitenlijn bestaat niet.",
    )  # fmt: skip


@intern_vereist
@met_stand
def activiteit_detail(request, slug, *, keuze):
    return _detail(
        request, keuze, selectors.activiteit_get, Activiteit, slug, "dashboard/activiteit.html",
        "activiteit", "Deze activiteit bestaat niet.", met_tijdlijn=True,
    )  # fmt: skip


@intern_vereist
@met_stand
def deelspoor_detail(request, slug, *, keuze):
    return _detail(
        request, keuze, selectors.deelspoor_get, Deelspoor, slug, "dashboard/deelspoor.html",
        "deelspoor",
        "Dit deelspoor bestaat niet.", met_tijdlijn=True,
    )  # fmt: skip


def _indicator_met_grafieken(*, programma, slug, stand):
    ind = selectors.indicator_get(programma=programma, slug=slug, stand=stand)
    if ind is not None:
        indicator_grafieken_toevoegen([ind], klein=False)
    return ind


@intern_vereist
@met_stand
def indicator_detail(request, slug, *, keuze):
    return _detail(
        request, keuze, _indicator_met_grafieken, Effectindicator, slug,
        "dashboard/indicator.html", "ind",
        "Deze indicator bestaat niet.",
    )  # fmt: skip


@intern_vereist
@met_stand
def export_xlsx(request, *, keuze):
    """The dashboard as .xlsx, written row by row to a temporary file that the response streams
    (and removes when done): the attention sheet is read from the database in chunks."""
    d = _dashboard(keuze, aandacht_top=0)  # the attention rows come from the stream below
    aandacht = selectors.aandacht_stroom(
        programma=keuze.programma,
        peildatum=keuze.stand.peildatum,
        deelsporen=d.deelsporen,
        periode=d.laatste_deadline,
    )
    bestand = tempfile.TemporaryFile()  # noqa: SIM115 (FileResponse closes it)
    dashboard_xlsx_naar(bestand, d, aandacht)
    bestand.seek(0)
    return FileResponse(
        bestand,
        as_attachment=True,
        filename=_bestandsnaam(keuze),
        content_type=XLSX,
    )


def _bestandsnaam(keuze: Keuze) -> str:
    programma = f"{keuze.programma.slug}-" if keuze.programma else ""
    return f"dashboard-almelo-{programma}{keuze.stand.peildatum:%Y-%m-%d}.xlsx"


def _rapport(request, uuid, **filters):
    """The report ``uuid`` of the page's programme (404 if none); a report of another programme
    is answered by a redirect to its page under that programme (``HttpResponseRedirect``)."""
    rapport = get_object_or_404(
        Bestuursrapportage.objects.select_related("programma"), uuid=uuid, **filters
    )
    programma = programma_van_pagina(request)
    if programma is None or rapport.programma_id != programma.pk:
        return None, naar_programma(request, rapport.programma)
    return rapport, None


@intern_vereist
def rapportages(request):
    """Request a Bestuursrapportage PDF of the page's programme for a chosen moment, and list
    the programme's recent ones."""
    stand, keuzes, programma, _ = stand_context(request)
    fout = None
    if request.method == "POST":
        gekozen = selectors.stand_kiezen(request.POST.get("stand"), keuzes)
        if gekozen is None:
            fout = "Kies een stand uit de lijst."
        else:
            rapport = services.bestuursrapportage_aanvragen(
                programma=programma, stand=gekozen, door=request.user
            )
            return redirect(rapport)
    return render(
        request,
        "dashboard/rapportages.html",
        {
            "stand": stand or keuzes[0],
            "keuzes": keuzes,
            "fout": fout,
            "rapporten": selectors.rapportage_list(programma=programma)[:10],
        },
        status=400 if fout else 200,
    )


@intern_vereist
def rapportage_detail(request, uuid):
    rapport, elders = _rapport(request, uuid)
    if elders:
        return elders
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
    rapport, elders = _rapport(request, uuid, status=RapportStatus.KLAAR)
    if elders:
        return elders
    return FileResponse(
        rapport.bestand.open("rb"),
        as_attachment=True,
        filename=rapport.bestandsnaam,
        content_type="application/pdf",
    )
