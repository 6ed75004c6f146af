"""The public side of the decision trail: the list of public decisions, a decision's page and
the Atom feed. Only ``openbaar`` decisions, never their owner (a person); a non-public item they
concern is left out (``openbaar_besluit_get``)."""

import datetime

from django.core.paginator import Paginator
from django.http import Http404
from django.shortcuts import render
from django.urls import reverse
from django.utils import timezone
from django.utils.feedgenerator import Atom1Feed

from activiteiten.models import Activiteitenlijn
from almelo_programma.kern.programmas import van_programma
from besluiten import selectors, uitwisseling
from besluiten.constants import AfdoeningStatus, BesluitSoort
from besluiten.models import Besluit

from .cache import publiek_gecached
from .feeds import ProgrammaFeed
from .views import elders_of_404

PER_PAGINA = 25
AANTAL_IN_FEED = 50


@publiek_gecached
def besluiten(request):
    filters = selectors.Filters.uit_request(request.GET)
    programma = request.programma
    besluiten = selectors.openbare_besluiten(filters, programma=programma)
    pagina = Paginator(besluiten, PER_PAGINA).get_page(request.GET.get("pagina"))
    zoekparameters = request.GET.copy()
    zoekparameters.pop("pagina", None)
    return render(
        request,
        "publiek/besluiten.html",
        {
            "pagina": pagina,
            "zoekparameters": zoekparameters.urlencode(),
            "filters": filters,
            "soorten": BesluitSoort.choices,
            "statussen": AfdoeningStatus.choices,
            "jaren": selectors.openbare_jaren(programma=programma),
            "lijnen": van_programma(Activiteitenlijn.objects.all(), programma).only(
                "code", "slug", "naam"
            ),
        },
    )


@publiek_gecached
def besluit_detail(request, slug):
    """A public decision of the request's programme; one of another programme redirects there
    (an old bookmark)."""
    try:
        besluit = selectors.openbaar_besluit_get(slug, programma=request.programma)
    except Http404:
        return elders_of_404(request, Besluit.objects.openbaar(), slug, "Dit besluit bestaat niet.")
    return render(request, "publiek/besluit.html", {"besluit": besluit})


@publiek_gecached
def besluiten_excel(request):
    """The public decisions (with the list's filters) as .xlsx, in the import's columns; the
    owner's column is empty."""
    filters = selectors.Filters.uit_request(request.GET)
    return uitwisseling.besluiten_excel_response(
        selectors.openbare_besluiten(filters, programma=request.programma), met_eigenaar=False
    )


class BesluitenFeed(ProgrammaFeed):
    feed_type = Atom1Feed
    titel = "Besluiten {naam} Almelo"
    subtitle = "Openbare besluiten, moties en toezeggingen over het programma."
    language = "nl"

    def link(self):
        return reverse("publiek:besluiten")

    def feed_url(self):
        return reverse("publiek:besluiten_feed")

    def items(self, programma):
        return selectors.openbare_besluiten(programma=programma)[:AANTAL_IN_FEED]

    def item_title(self, item):
        demo = "[Demo] " if item.is_demo else ""
        return f"{demo}{item.get_soort_display()} {item.kenmerk}: {item.titel}"

    def item_description(self, item):
        return item.samenvatting or item.titel

    def item_link(self, item):
        return item.get_absolute_url()

    def item_guid(self, item):
        return f"urn:uuid:{item.uuid}"

    item_guid_is_permalink = False

    def item_pubdate(self, item):
        return timezone.make_aware(datetime.datetime.combine(item.datum, datetime.time(12, 0)))

    def item_updateddate(self, item):
        return item.gewijzigd_op

    def item_categories(self, item):
        return [item.get_soort_display(), *(lijn.code for lijn in item.lijnen.all())]


besluiten_feed = publiek_gecached(BesluitenFeed())
