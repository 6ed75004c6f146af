"""The subsidy applications: the list with their checked conditions, one application, and their
forms."""

from django.contrib import messages
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.views.decorators.http import require_POST

from almelo_programma.kern.formulieren import post_of_none

from .. import services
from ..forms import AanvraagForm, VoorwaardeForm
from ..models import Subsidieaanvraag, SubsidieVoorwaarde
from ..rechten import bewerker_vereist, lezer_vereist
from ..selectors import aanvraag_list
from .basis import formulierpagina, pagina_context


@lezer_vereist
def subsidies(request):
    aanvragen = aanvraag_list()
    return render(
        request,
        "woondeals/subsidies.html",
        pagina_context(
            request, aanvragen=aanvragen, aantal_risico=sum(a.risico for a in aanvragen)
        ),
    )


@lezer_vereist
def subsidie(request, pk):
    aanvragen = aanvraag_list(Subsidieaanvraag.objects.filter(pk=pk))
    if not aanvragen:
        raise Http404
    return render(
        request,
        "woondeals/subsidie.html",
        pagina_context(request, aanvraag=aanvragen[0], voorwaarde_form=VoorwaardeForm()),
    )


def _aanvraag_url(pk) -> str:
    return reverse("woondeals:subsidie", args=[pk])


def _aanvraag_formulier(request, aanvraag=None):
    return formulierpagina(
        request,
        AanvraagForm(post_of_none(request), instance=aanvraag),
        lambda data: services.aanvraag_update(aanvraag=aanvraag, **data),
        melding="De subsidieaanvraag is opgeslagen.",
        doorsturen=lambda obj: _aanvraag_url(obj.pk),
        titel=f"{aanvraag.titel} bewerken" if aanvraag else "Nieuwe subsidieaanvraag",
        terug="woondeals:subsidie" if aanvraag else "woondeals:subsidies",
        terug_args=(aanvraag.pk,) if aanvraag else (),
    )


@bewerker_vereist
def subsidie_nieuw(request):
    return _aanvraag_formulier(request)


@bewerker_vereist
def subsidie_bewerken(request, pk):
    return _aanvraag_formulier(request, get_object_or_404(Subsidieaanvraag, pk=pk))


@bewerker_vereist
def voorwaarde_nieuw(request, pk):
    aanvraag = get_object_or_404(Subsidieaanvraag, pk=pk)
    return formulierpagina(
        request,
        VoorwaardeForm(post_of_none(request)),
        lambda data: services.voorwaarde_create(aanvraag=aanvraag, **data),
        melding="De voorwaarde is toegevoegd.",
        doorsturen=_aanvraag_url(pk),
        titel=f"Voorwaarde toevoegen aan {aanvraag.titel}",
        terug="woondeals:subsidie",
        terug_args=(pk,),
    )


@bewerker_vereist
@require_POST
def voorwaarde_verwijderen(request, pk, voorwaarde_pk):
    voorwaarde = get_object_or_404(SubsidieVoorwaarde, pk=voorwaarde_pk, aanvraag_id=pk)
    services.voorwaarde_delete(voorwaarde=voorwaarde)
    messages.success(request, "De voorwaarde is verwijderd.")
    return redirect("woondeals:subsidie", pk=pk)
