"""Event pages (list, detail, forms) and follow-up actions (add, my actions, mark done)."""

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils import timezone
from django.views.decorators.http import require_POST

from .. import selectors, services
from ..constants import BijeenkomstSoort
from ..forms import BijeenkomstForm, VervolgactieForm
from ..models import Bijeenkomst, Vervolgactie
from ..rechten import bewerker_vereist, intern_vereist, mag_actie_afronden
from .basis import formulier, formulier_pagina, gekozen_soort, rechten_context


def _bijeenkomstpagina(bijeenkomst) -> str:
    return reverse("netwerk:bijeenkomst", kwargs={"slug": bijeenkomst.slug})


@intern_vereist
def bijeenkomst_lijst(request):
    soort = gekozen_soort(request, BijeenkomstSoort)
    bijeenkomsten = list(selectors.bijeenkomst_list(soort=soort))
    nu = timezone.now()
    komend = sorted(
        (b for b in bijeenkomsten if b.start is None or b.start >= nu),
        key=lambda b: (b.start is None, b.start or nu),
    )
    voorbij = [b for b in bijeenkomsten if b.start is not None and b.start < nu]
    return render(
        request,
        "netwerk/bijeenkomst_lijst.html",
        {
            "komend": komend,
            "voorbij": voorbij,
            "soorten": BijeenkomstSoort.choices,
            "soort": soort,
            **rechten_context(request),
        },
    )


@intern_vereist
def bijeenkomst_detail(request, slug):
    bijeenkomst = selectors.bijeenkomst_get(slug)
    rechten = rechten_context(request)
    actieform = VervolgactieForm() if rechten["mag_bewerken"] else None
    return render(
        request,
        "netwerk/bijeenkomst_detail.html",
        {"bijeenkomst": bijeenkomst, "actieform": actieform, **rechten},
    )


@bewerker_vereist
def bijeenkomst_nieuw(request):
    return formulier_pagina(
        request,
        formulier(request, BijeenkomstForm),
        lambda data: services.bijeenkomst_create(**data),
        melding=lambda bijeenkomst: f"Bijeenkomst '{bijeenkomst.titel}' is toegevoegd.",
        doorsturen=_bijeenkomstpagina,
        titel="Nieuwe bijeenkomst",
        terug=reverse("netwerk:bijeenkomsten"),
    )


@bewerker_vereist
def bijeenkomst_bewerken(request, slug):
    bijeenkomst = get_object_or_404(Bijeenkomst, slug=slug)
    return formulier_pagina(
        request,
        formulier(request, BijeenkomstForm, bijeenkomst),
        lambda data: services.bijeenkomst_update(bijeenkomst=bijeenkomst, data=data),
        melding="De bijeenkomst is bijgewerkt.",
        doorsturen=_bijeenkomstpagina,
        titel=f"{bijeenkomst.titel} bewerken",
        terug=_bijeenkomstpagina(bijeenkomst),
    )


@bewerker_vereist
def vervolgactie_nieuw(request, slug):
    bijeenkomst = get_object_or_404(Bijeenkomst, slug=slug)
    return formulier_pagina(
        request,
        formulier(request, VervolgactieForm),
        lambda data: services.vervolgactie_create(bijeenkomst=bijeenkomst, **data),
        melding="De vervolgactie is toegevoegd.",
        doorsturen=_bijeenkomstpagina(bijeenkomst),
        titel=f"Vervolgactie bij {bijeenkomst.titel}",
        terug=_bijeenkomstpagina(bijeenkomst),
    )


@intern_vereist
def mijn_acties(request):
    return render(
        request,
        "netwerk/mijn_acties.html",
        {"acties": selectors.vervolgacties_open_voor(request.user)},
    )


@intern_vereist
@require_POST
def vervolgactie_afronden(request, pk):
    actie = get_object_or_404(Vervolgactie.objects.select_related("bijeenkomst"), pk=pk)
    if not mag_actie_afronden(request.user, actie):
        raise PermissionDenied("Alleen de eigenaar of een bewerker rondt deze actie af.")
    services.vervolgactie_afronden(actie=actie)
    messages.success(request, f"Actie '{actie.omschrijving}' is afgerond.")
    volgende = request.POST.get("volgende", "")
    if volgende == "acties":
        return redirect("netwerk:acties")
    return redirect("netwerk:bijeenkomst", slug=actie.bijeenkomst.slug)
