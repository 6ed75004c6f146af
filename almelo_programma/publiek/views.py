"""The public side: only published items, never personal data (see ``selectors.py``).

Every page is about one programme, the request's (``request.programma``: the programme in the
URL, or the current one at the unprefixed addresses). A detail page asked for under the wrong
programme (an old bookmark of an item of a programme that is no longer the current one) redirects
to the programme the item belongs to (``elders_of_404``). The agenda is the municipality's and
the same for every programme.

Pages for anonymous visitors are cached (``cache.py``); each view reads through the public
selectors with a fixed number of queries.
"""

from django.conf import settings
from django.core.paginator import Paginator
from django.http import Http404, JsonResponse
from django.shortcuts import get_object_or_404, render
from django.urls import reverse
from django.utils import timezone

from activiteiten.api.filters import ActiviteitPaginaFilter
from activiteiten.models import Activiteit, Activiteitenlijn
from almelo_programma.kern.programmas import programma_van, van_programma
from almelo_programma.kern.tijdlijn import tijdlijn_pagina
from almelo_programma.programmakeuze import naar_programma
from besluiten.selectors import openbare_besluiten_bij
from doelen.models import Doel, Effectindicator
from doelen.selectors import indicator_list, indicator_voortgang
from evaluatie.selectors import evaluatie_get
from evaluatie.uitwisseling import evaluatie_pdf as evaluatie_pdf_maken
from evaluatie.uitwisseling import pdf_antwoord
from woondeals.selectors import kaart_gebied_list, kaart_geojson, kaart_project_list
from woondeals.views import kaart_context

from . import selectors
from . import toegankelijkheid as verklaring
from .cache import publiek_gecached
from .grafieken import indicator_grafiek, woningbouw_grafiek, woningbouw_per_jaar_grafiek

PER_PAGINA = 25


def elders_of_404(request, openbaar, slug: str, melding: str):
    """The public row ``slug`` of ``openbaar`` (a queryset of every programme) was not found in
    the request's programme: redirect to the same page of the programme it belongs to, or 404."""
    obj = openbaar.filter(slug=slug).first()
    programma = programma_van(obj) if obj is not None else None
    if programma is None or programma.pk == getattr(request.programma, "pk", None):
        raise Http404(melding)
    return naar_programma(request, programma)


@publiek_gecached
def home(request):
    return render(request, "publiek/home.html", selectors.home_context(request.programma))


@publiek_gecached
def doel_detail(request, slug):
    programma = request.programma
    doel = (
        van_programma(Doel.objects.select_related("programma"), programma).filter(slug=slug).first()
    )
    if doel is None:
        return elders_of_404(request, Doel.objects.all(), slug, "Dit doel bestaat niet.")
    indicatoren = [
        i for i in selectors.openbare_indicatoren(programma=programma) if i.doel_id == doel.pk
    ]
    updates = list(
        selectors.openbare_statusupdates(programma=programma).filter(activiteit__lijn__doel=doel)[
            :10
        ]
    )
    return render(
        request,
        "publiek/doel.html",
        {
            "doel": doel,
            "indicatoren": indicatoren,
            "lijnen": selectors.openbare_lijnen(doel=doel),
            "updates": updates,
            "besluiten": openbare_besluiten_bij(doelen=doel),
        },
    )


@publiek_gecached
def indicator_detail(request, slug):
    indicator = (
        indicator_list(programma=request.programma, alleen_gepubliceerd=True)
        .select_related("voorganger__doel__programma")
        .filter(slug=slug)
        .first()
    )
    if indicator is None:
        return elders_of_404(
            request, Effectindicator.objects.all(), slug, "Deze effectindicator bestaat niet."
        )
    metingen = indicator.metingen_zichtbaar
    laatste = metingen[0] if metingen else None
    return render(
        request,
        "publiek/indicator.html",
        {
            "indicator": indicator,
            "metingen": metingen,
            "laatste": laatste,
            "voortgang": indicator_voortgang(indicator, laatste),
            "grafiek": indicator_grafiek(indicator),
            "besluiten": openbare_besluiten_bij(indicatoren=indicator),
            # the same effect in the next programme(s): its series goes on there
            "opvolgers": list(indicator.opvolgers.select_related("doel__programma")),
        },
    )


@publiek_gecached
def lijn_detail(request, slug):
    programma = request.programma
    lijn = selectors.openbare_lijn(slug, programma=programma)
    if lijn is None:
        return elders_of_404(
            request, Activiteitenlijn.objects.all(), slug, "Deze activiteitenlijn bestaat niet."
        )
    updates = list(
        selectors.openbare_statusupdates(programma=programma).filter(activiteit__lijn=lijn)[:20]
    )
    bijdragen = list(selectors.openbare_bijdragen(programma=programma, lijn=lijn))
    context = {
        "lijn": lijn,
        "updates": updates,
        "bijdragen": bijdragen,
        "besluiten": openbare_besluiten_bij(lijnen=lijn),
    }
    return render(request, "publiek/lijn.html", context)


@publiek_gecached
def activiteit_detail(request, slug):
    programma = request.programma
    activiteit = selectors.openbare_activiteiten(programma=programma).filter(slug=slug).first()
    if activiteit is None:
        return elders_of_404(
            request, Activiteit.objects.openbaar(), slug, "Deze activiteit bestaat niet."
        )
    updates = tijdlijn_pagina(
        request, selectors.openbare_statusupdates(programma=programma).filter(activiteit=activiteit)
    )
    context = {
        "activiteit": activiteit,
        "updates": updates,
        "bijdrage": selectors.openbare_bijdragen().filter(activiteit=activiteit).first(),
        "besluiten": openbare_besluiten_bij(activiteiten=activiteit),
    }
    return render(request, "publiek/activiteit.html", context)


def activiteiten_filter(request) -> ActiviteitPaginaFilter:
    """The public activity list's filter, with the lines and years of the request's programme."""
    programma = request.programma
    filterset = ActiviteitPaginaFilter(
        request.GET or None, queryset=selectors.openbare_activiteiten(programma=programma)
    )
    filterset.filters["lijn"].queryset = van_programma(
        Activiteitenlijn.objects.order_by("code"), programma
    )
    jaren = getattr(programma, "jaren", [])
    filterset.filters["jaar"].extra["choices"] = [(jaar, str(jaar)) for jaar in jaren]
    return filterset


@publiek_gecached
def activiteiten(request):
    filterset = activiteiten_filter(request)
    pagina = Paginator(filterset.qs, PER_PAGINA).get_page(request.GET.get("pagina"))
    zoekparameters = request.GET.copy()
    zoekparameters.pop("pagina", None)
    return render(
        request,
        "publiek/activiteiten.html",
        {
            "filter": filterset,
            "pagina": pagina,
            "zoekparameters": zoekparameters.urlencode(),
        },
    )


@publiek_gecached
def agenda(request):
    nu = timezone.now()
    alle = list(selectors.openbare_bijeenkomsten())
    return render(
        request,
        "publiek/agenda.html",
        {
            "komend": [b for b in alle if b.start and b.start >= nu],
            "eerder": [b for b in reversed(alle) if b.start and b.start < nu],
            "ongepland": [b for b in alle if b.start is None],
        },
    )


@publiek_gecached
def bijeenkomst_detail(request, slug):
    bijeenkomst = get_object_or_404(selectors.openbare_bijeenkomsten(), slug=slug)
    return render(request, "publiek/bijeenkomst.html", {"bijeenkomst": bijeenkomst})


@publiek_gecached
def woningbouw(request):
    cijfers = selectors.openbare_woningbouwcijfers()
    return render(
        request,
        "publiek/woningbouw.html",
        {
            "programma": request.programma,
            "cijfers": cijfers,
            "woningbouw_demo": selectors.woningbouw_is_demo(),
            "grafiek_totaal": woningbouw_grafiek(cijfers),
            "grafiek_per_jaar": woningbouw_per_jaar_grafiek(cijfers),
            "deelsporen": list(selectors.openbare_deelsporen(programma=request.programma)),
            **kaart_context(request.GET, openbaar=True, project_url=lambda p: f"#project-{p.slug}"),
        },
    )


def _openbare_project_url(project) -> str:
    return reverse("publiek:woningbouw") + f"#project-{project.slug}"


@publiek_gecached
def projecten_geojson(request):
    """Open data: the published projects with a location, and the outlines of the area
    developments they belong to, as a GeoJSON FeatureCollection (RFC 7946, WGS84)."""
    data = kaart_geojson(
        kaart_project_list(selectors.openbare_projecten()),
        kaart_gebied_list(openbaar=True).filter(contour__isnull=False),
        project_url=_openbare_project_url,
    )
    return JsonResponse(data, content_type="application/geo+json")


@publiek_gecached
def toegankelijkheid(request):
    context = {
        "v": verklaring.verklaring(),
        "site_url": settings.SITE_URL.rstrip("/"),
        "programma": request.programma,
    }
    return render(request, "publiek/toegankelijkheid.html", context)


def _openbare_evaluatie(request):
    """The programme's end evaluation once vastgesteld (its snapshot of published data)."""
    ev = evaluatie_get(request.programma)
    return ev if ev is not None and ev.is_vastgesteld else None


@publiek_gecached
def evaluatie(request):
    ev = _openbare_evaluatie(request)
    context = {
        "evaluatie": ev,
        "w": ev.openbare_momentopname if ev else None,
        "intern": False,
    }
    return render(request, "evaluatie/openbaar.html", context)


@publiek_gecached
def evaluatie_pdf(request):
    ev = _openbare_evaluatie(request)
    if ev is None:
        raise Http404("De eindevaluatie is nog niet vastgesteld.")
    return pdf_antwoord(evaluatie_pdf_maken(ev, ev.openbare_momentopname, openbaar=True))
