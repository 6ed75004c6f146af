"""Partner survey pages: the werkruimte side (list, results, links, closing) and the public form
behind a personal link (/enquete/<token>/, no account)."""

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils import timezone
from django.views.decorators.cache import never_cache

from almelo_programma.kern.formulieren import fouten_naar_formulier

from .. import selectors, services
from ..constants import ANONIMITEITSDREMPEL
from ..forms import EnqueteForm, EnqueteInvulForm, EnqueteSluitenForm, UitnodigingenForm
from ..models import Enquete
from ..rechten import enquetebeheerder_vereist, intern_vereist
from .basis import formulier, formulier_pagina, rechten_context

# --- werkruimte -------------------------------------------------------------------------------


@intern_vereist
def enquete_lijst(request):
    return render(
        request,
        "netwerk/enquete_lijst.html",
        {"enquetes": selectors.enquete_list(), **rechten_context(request)},
    )


@intern_vereist
def enquete_detail(request, slug):
    enquete = selectors.enquete_get(slug)
    rechten = rechten_context(request)
    resultaat = selectors.enquete_resultaten(enquete)
    return render(
        request,
        "netwerk/enquete_detail.html",
        {
            "enquete": enquete,
            "resultaat": resultaat,
            "opmerkingen": selectors.enquete_opmerkingen(enquete) if resultaat.voldoende else [],
            "drempel": ANONIMITEITSDREMPEL,
            "uitnodigingen": selectors.uitnodigingen_van(enquete),
            "nu": timezone.now(),
            "uitnodigform": UitnodigingenForm() if rechten["mag_enquetes_beheren"] else None,
            "sluitform": EnqueteSluitenForm() if rechten["mag_enquetes_beheren"] else None,
            **rechten,
        },
    )


@enquetebeheerder_vereist
def enquete_nieuw(request):
    return formulier_pagina(
        request,
        formulier(request, EnqueteForm),
        lambda data: services.enquete_create(**data),
        melding=lambda enquete: f"Enquête '{enquete.titel}' is geopend.",
        doorsturen=lambda enquete: reverse("netwerk:enquete", kwargs={"slug": enquete.slug}),
        titel="Partnerenquête openen",
        terug=reverse("netwerk:enquetes"),
    )


@enquetebeheerder_vereist
def enquete_uitnodigen(request, slug):
    """Make personal links; they are shown once, on this page (not a redirect)."""
    enquete = get_object_or_404(Enquete, slug=slug)
    form = formulier(request, UitnodigingenForm)
    links = None
    if form.is_bound and form.is_valid():
        verloopt = form.cleaned_data["verloopt_op"]
        try:
            nieuw = services.uitnodigingen_create(
                enquete=enquete,
                partners=form.cleaned_data["partners"],
                per_contactpersoon=form.cleaned_data["per_contactpersoon"],
                per_email=form.cleaned_data["per_email"],
                verloopt_op=services.einde_van_dag(verloopt) if verloopt else None,
            )
        except ValidationError as exc:
            fouten_naar_formulier(form, exc)
        else:
            links = [
                {
                    "uitnodiging": link.uitnodiging,
                    "url": request.build_absolute_uri(
                        reverse("enquete:invullen", kwargs={"token": link.token})
                    ),
                }
                for link in nieuw
            ]
    return render(
        request,
        "netwerk/enquete_links.html",
        {"enquete": enquete, "form": form, "links": links},
    )


@enquetebeheerder_vereist
def enquete_sluiten(request, slug):
    enquete = get_object_or_404(Enquete, slug=slug)
    if request.method != "POST":
        return redirect("netwerk:enquete", slug=slug)
    form = EnqueteSluitenForm(request.POST)
    form.is_valid()
    try:
        enquete = services.enquete_sluiten(
            enquete=enquete,
            door=request.user,
            publiceren=form.cleaned_data.get("publiceren", False),
        )
    except ValidationError as exc:
        messages.error(request, " ".join(exc.messages))
    else:
        if enquete.meting_id:
            messages.success(
                request, "De enquête is gesloten en de uitkomst is vastgelegd als meting."
            )
        else:
            messages.success(
                request,
                f"De enquête is gesloten. Er is geen meting gemaakt: minder dan "
                f"{ANONIMITEITSDREMPEL} reacties.",
            )
    return redirect("netwerk:enquete", slug=slug)


# --- public survey form -----------------------------------------------------------------------


@never_cache
def enquete_invullen(request, token):
    """Public, no account: the survey behind a personal link. Stores nothing on a bad link.

    On success it shows a thank-you page rather than redirecting (the link is used up)."""
    try:
        uitnodiging = services.uitnodiging_voor_token(token)
    except services.LinkOngeldig as fout:
        status = 404 if fout.reden == services.LinkOngeldig.ONBEKEND else 410
        return render(request, "netwerk/enquete_ongeldig.html", {"fout": fout}, status=status)
    form = formulier(request, EnqueteInvulForm)
    if form.is_bound and form.is_valid():
        try:
            services.enquete_beantwoorden(
                token=token, scores=form.scores, opmerking=form.cleaned_data["opmerking"]
            )
        except services.LinkOngeldig as fout:
            return render(request, "netwerk/enquete_ongeldig.html", {"fout": fout}, status=410)
        except ValidationError as exc:
            fouten_naar_formulier(form, exc)
        else:
            return render(request, "netwerk/enquete_bedankt.html", {"enquete": uitnodiging.enquete})
    return render(
        request,
        "netwerk/enquete_invullen.html",
        {"form": form, "enquete": uitnodiging.enquete},
    )
