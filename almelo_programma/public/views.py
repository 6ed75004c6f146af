"""The public side: only published items, never personal data.

These pages are the foundation's plain overview; the public-page issue extends them.
"""

from django.db.models import Prefetch
from django.http import Http404
from django.shortcuts import get_object_or_404, render
from django.utils import timezone

from activiteiten.models import Activiteit, Statusupdate
from activiteiten.selectors import lijnen_met_samenvatting
from doelen.models import Doel
from doelen.selectors import (
    indicatoren_met_metingen,
    laatste_meting,
    programma_get,
)
from netwerk.models import Bijeenkomst
from woondeals.models import Woningbouwproject
from woondeals.selectors import woningbouwcijfers


def home(request):
    indicatoren = list(indicatoren_met_metingen(alleen_gepubliceerd=True))
    for ind in indicatoren:
        ind.laatste = laatste_meting(ind)
    lijnen = lijnen_met_samenvatting(alleen_gepubliceerd=True, alleen_openbaar=True)
    doelen = list(Doel.objects.order_by("code"))
    for doel in doelen:
        doel.indicatoren_lijst = [i for i in indicatoren if i.doel_id == doel.pk]
        doel.lijnen_lijst = [lijn for lijn in lijnen if lijn.doel_id == doel.pk]
    context = {
        "programma": programma_get(),
        "doelen": doelen,
        "cijfers": woningbouwcijfers(Woningbouwproject.objects.filter(gepubliceerd=True)),
        "bijeenkomsten": Bijeenkomst.objects.filter(openbaar=True, start__gte=timezone.now())[:5],
    }
    return render(request, "publiek/home.html", context)


def doel_detail(request, slug):
    doel = get_object_or_404(Doel, slug=slug)
    indicatoren = list(indicatoren_met_metingen(alleen_gepubliceerd=True).filter(doel=doel))
    for ind in indicatoren:
        ind.laatste = laatste_meting(ind)
    lijnen = [
        lijn
        for lijn in lijnen_met_samenvatting(alleen_gepubliceerd=True, alleen_openbaar=True)
        if lijn.doel_id == doel.pk
    ]
    return render(
        request,
        "publiek/doel.html",
        {"doel": doel, "indicatoren": indicatoren, "lijnen": lijnen},
    )


def indicator_detail(request, slug):
    indicator = get_object_or_404(indicatoren_met_metingen(alleen_gepubliceerd=True), slug=slug)
    return render(
        request,
        "publiek/indicator.html",
        {"indicator": indicator, "metingen": indicator.metingen_zichtbaar},
    )


def lijn_detail(request, slug):
    lijnen = lijnen_met_samenvatting(alleen_gepubliceerd=True, alleen_openbaar=True)
    lijn = next((lijn for lijn in lijnen if lijn.slug == slug), None)
    if lijn is None:
        raise Http404("Deze activiteitenlijn bestaat niet.")
    return render(request, "publiek/lijn.html", {"lijn": lijn})


def activiteit_detail(request, slug):
    activiteit = get_object_or_404(
        Activiteit.objects.select_related("lijn__doel").prefetch_related(
            Prefetch(
                "statusupdates",
                queryset=Statusupdate.objects.filter(gepubliceerd=True),
                to_attr="updates_openbaar",
            )
        ),
        slug=slug,
        openbaar=True,
    )
    return render(request, "publiek/activiteit.html", {"activiteit": activiteit})


def bijeenkomst_detail(request, slug):
    bijeenkomst = get_object_or_404(Bijeenkomst, slug=slug, openbaar=True)
    return render(request, "publiek/bijeenkomst.html", {"bijeenkomst": bijeenkomst})
