"""The werkruimte pages of the decision trail, mounted at /werkruimte/besluiten/ (namespace
``besluiten``): the list with filters, a decision, its forms, the Excel export and the import."""

import copy
from datetime import date

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.core.paginator import Paginator
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse

from activiteiten.models import Activiteitenlijn
from almelo_programma.kern.formulieren import formulier_status, formulier_verwerken, post_of_none
from almelo_programma.kern.programmas import van_programma

from . import selectors, services, uitwisseling
from .constants import AfdoeningStatus, BesluitSoort
from .forms import BesluitForm, ImportForm
from .models import Besluit
from .rechten import (
    bewerker_vereist,
    intern_vereist,
    mag_besluit_bewerken,
    mag_besluiten_bewerken,
)

PER_PAGINA = 50  # the register grows by about a hundred decisions a year


def filter_context(filters: selectors.Filters, *, jaren, lijnen) -> dict:
    """What the filter form of a decision list shows (werkruimte and public alike)."""
    return {
        "filters": filters,
        "soorten": BesluitSoort.choices,
        "statussen": [*AfdoeningStatus.choices, (selectors.TE_LAAT, "Termijn verstreken")],
        "jaren": jaren,
        "lijnen": lijnen,
    }


@intern_vereist
def besluit_lijst(request):
    filters = selectors.Filters.uit_request(request.GET)
    vandaag = date.today()
    programma = request.programma
    pagina = Paginator(
        selectors.besluit_list(filters, programma=programma, vandaag=vandaag), PER_PAGINA
    ).get_page(request.GET.get("pagina"))
    zoekparameters = request.GET.copy()
    zoekparameters.pop("pagina", None)
    return render(
        request,
        "besluiten/lijst.html",
        {
            "besluiten": pagina.object_list,
            "pagina": pagina,
            "zoekparameters": zoekparameters.urlencode(),
            "vandaag": vandaag,
            "mag_bewerken": mag_besluiten_bewerken(request.user),
            "export_query": zoekparameters.urlencode(),
            **filter_context(
                filters,
                jaren=selectors.jaren(programma=programma),
                lijnen=van_programma(
                    Activiteitenlijn.objects.only("code", "slug", "naam"), programma
                ).order_by("code"),
            ),
        },
    )


@intern_vereist
def besluit_detail(request, slug):
    return render(
        request,
        "besluiten/detail.html",
        {
            "besluit": selectors.besluit_get(slug, programma=request.programma),
            "vandaag": date.today(),
            "mag_bewerken": mag_besluiten_bewerken(request.user),
        },
    )


def _formulier_pagina(request, form, opslaan, *, melding, titel, terug):
    antwoord = formulier_verwerken(
        request, form, opslaan, melding=melding, doorsturen=lambda b: b.get_werkruimte_url()
    )
    if antwoord is not None:
        return antwoord
    context = {"form": form, "titel": titel, "terug": terug}
    return render(request, "besluiten/formulier.html", context, status=formulier_status(form))


@bewerker_vereist
def besluit_nieuw(request):
    return _formulier_pagina(
        request,
        BesluitForm(post_of_none(request), programma=request.programma),
        lambda data: services.besluit_create(programma=request.programma, **data),
        melding=lambda b: f"{b.get_soort_display()} {b.kenmerk} is vastgelegd.",
        titel="Nieuw besluit, motie of toezegging",
        terug=reverse("besluiten:lijst"),
    )


@bewerker_vereist
def besluit_bewerken(request, slug):
    besluit = get_object_or_404(van_programma(Besluit.objects.all(), request.programma), slug=slug)
    if not mag_besluit_bewerken(request.user, besluit):
        raise PermissionDenied("U mag dit besluit niet bewerken.")
    # a copy: validating a ModelForm writes onto its instance, the service must see the old values
    form = BesluitForm(
        post_of_none(request), instance=copy.copy(besluit), programma=request.programma
    )
    return _formulier_pagina(
        request,
        form,
        lambda data: services.besluit_update(besluit=besluit, data=data),
        melding="Het besluit is bijgewerkt.",
        titel=f"{besluit.kenmerk} bewerken",
        terug=besluit.get_werkruimte_url(),
    )


@intern_vereist
def besluiten_excel(request):
    filters = selectors.Filters.uit_request(request.GET)
    return uitwisseling.besluiten_excel_response(
        selectors.besluit_list(filters, programma=request.programma)
    )


@bewerker_vereist
def besluiten_import(request):
    form = ImportForm(request.POST or None, request.FILES or None)
    fouten: list[str] = []
    if request.method == "POST" and form.is_valid():
        resultaat = uitwisseling.besluiten_importeren(
            form.cleaned_data["bestand"], programma=request.programma
        )
        if resultaat.fouten:
            fouten = resultaat.fouten
        else:
            messages.success(
                request,
                f"{resultaat.nieuw} besluiten toegevoegd, {resultaat.bijgewerkt} bijgewerkt.",
            )
            return redirect("besluiten:lijst")
    status = 400 if request.method == "POST" and (fouten or form.errors) else 200
    return render(request, "besluiten/import.html", {"form": form, "fouten": fouten}, status=status)
