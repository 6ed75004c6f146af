"""The woondeal page with its agreements, agreed homes per year and purchase price limits, and
the sub-track page (/werkruimte/deelsporen/<slug>/)."""

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.shortcuts import get_object_or_404, redirect, render
from django.utils import timezone
from django.views.decorators.http import require_POST

from activiteiten.forms import StatusupdateForm, statusupdate_beginwaarden
from activiteiten.selectors import historie_pagina, met_laatste_status
from almelo_programma.kern.formulieren import (
    formulier_status,
    formulier_verwerken,
    post_of_none,
)
from almelo_programma.kern.programmas import van_programma
from almelo_programma.kern.tijdlijn import tijdlijn_pagina

from .. import services
from ..forms import AfspraakFormSet, KoopprijsgrensForm, WoondealForm
from ..grafieken import doelbalken
from ..models import Deelspoor, DeelspoorUpdate, Koopprijsgrens
from ..rechten import bewerker_vereist, lezer_vereist, mag_deelspoor_bewerken
from ..selectors import afspraak_list
from .basis import formulierpagina, pagina_context, pijplijn_voor, woondeal_of_404


@lezer_vereist
def woondeal(request):
    deal = woondeal_of_404(request.programma)
    cijfers_ = pijplijn_voor(deal)
    deelsporen = met_laatste_status(
        Deelspoor.objects.filter(woondeal=deal).select_related("trekker"),
        model=DeelspoorUpdate,
        fk="deelspoor",
    ).order_by("nummer")
    context = pagina_context(
        request,
        woondeal=deal,
        deelsporen=deelsporen,
        cijfers=cijfers_,
        afspraken=afspraak_list(deal, cijfers_),
        doelbalken=doelbalken(cijfers_),
        koopprijsgrenzen=Koopprijsgrens.objects.all(),
        grens_form=KoopprijsgrensForm(initial={"jaar": timezone.localdate().year}),
        woningbouw_demo=cijfers_.is_demo,
    )
    return render(request, "woondeals/woondeal.html", context)


@bewerker_vereist
def woondeal_bewerken(request):
    deal = woondeal_of_404(request.programma)
    return formulierpagina(
        request,
        WoondealForm(post_of_none(request), instance=deal),
        lambda data: services.woondeal_update(woondeal=deal, door=request.user, **data),
        melding="De afspraken van de woondeal zijn opgeslagen.",
        doorsturen="woondeals:woondeal",
        titel="Afspraken woondeal bewerken",
        terug="woondeals:woondeal",
    )


@bewerker_vereist
def afspraken_bewerken(request):
    """The agreed homes per year: one row per year of the woondeal (plus any stored year
    outside it, so it can be cleared)."""
    deal = woondeal_of_404(request.programma)
    bestaand = {a.jaar: a for a in deal.afspraken.all()}
    jaren = sorted(set(services.afspraakjaren(deal)) | set(bestaand))
    initial = [
        {
            "jaar": jaar,
            "woningen": bestaand[jaar].woningen if jaar in bestaand else None,
            "toelichting": bestaand[jaar].toelichting if jaar in bestaand else "",
        }
        for jaar in jaren
    ]
    formset = AfspraakFormSet(request.POST or None, initial=initial, prefix="afspraak")
    if request.method == "POST" and formset.is_valid():
        rijen = [
            (f.cleaned_data["jaar"], f.cleaned_data["woningen"], f.cleaned_data["toelichting"])
            for f in formset.forms
            if f.cleaned_data
        ]
        try:
            services.woondealafspraken_update(woondeal=deal, afspraken=rijen)
        except services.AfsprakenFout as exc:
            for i, fouten in exc.per_rij.items():
                for veld, berichten in fouten.items():
                    for bericht in berichten:
                        formset.forms[i].add_error(veld, bericht)
        else:
            messages.success(request, "De afgesproken aantallen per jaar zijn opgeslagen.")
            return redirect("woondeals:woondeal")
    return render(
        request,
        "woondeals/afspraken.html",
        pagina_context(request, woondeal=deal, formset=formset),
        status=400 if request.method == "POST" else 200,
    )


@bewerker_vereist
@require_POST
def koopprijsgrens_opslaan(request):
    return formulierpagina(
        request,
        KoopprijsgrensForm(request.POST),
        lambda data: services.koopprijsgrens_update(**data),
        melding=lambda grens: f"De koopprijsgrens voor {grens.jaar} is opgeslagen.",
        doorsturen="woondeals:woondeal",
        titel="Koopprijsgrens vastleggen",
        terug="woondeals:woondeal",
    )


def _deelspoor(request, slug):
    """The sub-track of the page's programme (another programme's: 404)."""
    return get_object_or_404(
        van_programma(
            Deelspoor.objects.select_related("woondeal__lijn__doel", "trekker"),
            request.programma,
        ),
        slug=slug,
    )


@lezer_vereist
def deelspoor_detail(request, slug):
    deelspoor = _deelspoor(request, slug)
    alle_updates = deelspoor.statusupdates.select_related("auteur").order_by(
        "-rapportagedatum", "-aangemaakt_op"
    )
    updates = tijdlijn_pagina(request, alle_updates)
    mag = mag_deelspoor_bewerken(request.user, deelspoor)
    form = None
    if request.method == "POST":
        if not mag:
            raise PermissionDenied("U mag dit deelspoor niet bijwerken.")
        form = StatusupdateForm(request.POST)
        antwoord = formulier_verwerken(
            request,
            form,
            lambda data: services.deelspoorupdate_create(
                deelspoor=deelspoor, door=request.user, **data
            ),
            melding="Uw statusupdate is opgeslagen.",
            doorsturen=deelspoor.get_werkruimte_url(),
        )
        if antwoord:
            return antwoord
    elif mag:
        laatste = updates.items[:1] if updates.nummer == 1 else alle_updates[:1]
        form = StatusupdateForm(initial=statusupdate_beginwaarden(laatste))
    return render(
        request,
        "woondeals/deelspoor.html",
        {
            "deelspoor": deelspoor,
            "updates": updates,
            "form": form,
            "mag_bewerken": mag,
            "historie": historie_pagina(request, deelspoor),
        },
        status=formulier_status(form),
    )
