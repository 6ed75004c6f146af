"""The public side: only published items, never personal data (see ``selectors.py``).

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
from almelo_programma.kern.tijdlijn import tijdlijn_pagina
from doelen.models import Doel
from doelen.selectors import indicator_list, indicator_voortgang, programma_get
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


@publiek_gecached
def home(request):
    return render(request, "publiek/home.html", selectors.home_context())


@publiek_gecached
def doel_detail(request, slug):
    doel = get_object_or_404(Doel.objects.select_related("programma"), slug=slug)
    indicatoren = [i for i in selectors.openbare_indicatoren() if i.doel_id == doel.pk]
    updates = list(selectors.openbare_statusupdates().filter(activiteit__lijn__doel=doel)[:10])
    return render(
        request,
        "publiek/doel.html",
        {
            "doel": doel,
            "indicatoren": indicatoren,
            "lijnen": selectors.openbare_lijnen(doel=doel),
            "updates": updates,
        },
    )


@publiek_gecached
def indicator_detail(request, slug):
    indicator = get_object_or_404(indicator_list(alleen_gepubliceerd=True), slug=slug)
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
        },
    )


@publiek_gecached
def lijn_detail(request, slug):
    lijn = selectors.openbare_lijn(slug)
    if lijn is None:
        raise Http404("Deze activiteitenlijn bestaat niet.")
    updates = list(selectors.openbare_statusupdates().filter(activiteit__lijn=lijn)[:20])
    bijdragen = list(selectors.openbare_bijdragen(lijn=lijn))
    return render(
        request, "publiek/lijn.html", {"lijn": lijn, "updates": updates, "bijdragen": bijdragen}
    )


@publiek_gecached
def activiteit_detail(request, slug):
    activiteit = get_object_or_404(selectors.openbare_activiteiten(), slug=slug)
    updates = tijdlijn_pagina(
        request, selectors.openbare_statusupdates().filter(activiteit=activiteit)
    )
    bijdrage = selectors.openbare_bijdragen().filter(activiteit=activiteit).first()
    return render(
        request,
        "publiek/activiteit.html",
        {"activiteit": activiteit, "updates": updates, "bijdrage": bijdrage},
    )


def activiteiten_filter(request) -> ActiviteitPaginaFilter:
    return ActiviteitPaginaFilter(request.GET or None, queryset=selectors.openbare_activiteiten())


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
            "cijfers": cijfers,
            "woningbouw_demo": selectors.woningbouw_is_demo(),
            "grafiek_totaal": woningbouw_grafiek(cijfers),
            "grafiek_per_jaar": woningbouw_per_jaar_grafiek(cijfers),
            "deelsporen": list(selectors.openbare_deelsporen()),
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
    context = {"v": verklaring.verklaring(), "site_url": settings.SITE_URL.rstrip("/")}
    return render(request, "publiek/toegankelijkheid.html", context)


def _openbare_evaluatie():
    """The programme's end evaluation once vastgesteld (its snapshot of published data)."""
    ev = evaluatie_get(programma_get())
    return ev if ev is not None and ev.is_vastgesteld else None


@publiek_gecached
def evaluatie(request):
    ev = _openbare_evaluatie()
    context = {
        "evaluatie": ev,
        "w": ev.openbare_momentopname if ev else None,
        "intern": False,
    }
    return render(request, "evaluatie/openbaar.html", context)


@publiek_gecached
def evaluatie_pdf(request):
    ev = _openbare_evaluatie()
    if ev is None:
        raise Http404("De eindevaluatie is nog niet vastgesteld.")
    return pdf_antwoord(evaluatie_pdf_maken(ev, ev.openbare_momentopname, openbaar=True))
