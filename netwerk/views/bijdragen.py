"""Partners' contributions (*bijdragen*).

- The partner area (/partner/bijdragen/…, namespace ``partner``): a partner user proposes,
  changes and resubmits, follows the outcome and reports progress on an accepted contribution.
  Only its own organisation's contributions exist for it (another's is a 404); it never sees
  internal notes, names of staff or anything unpublished but its own held reports.
- The werkruimte (/werkruimte/netwerk/bijdragen/…): internal users read every contribution;
  programme managers and the line's lead review; whoever may update the resulting activity
  publishes the partner's reports.
"""

from django.contrib import messages
from django.core.exceptions import PermissionDenied, ValidationError
from django.shortcuts import get_object_or_404, redirect, render
from django.views.decorators.http import require_POST

from activiteiten.models import Statusupdate
from almelo_programma.kern.formulieren import (
    formulier_status,
    formulier_verwerken,
    post_of_none,
)
from almelo_programma.kern.tijdlijn import tijdlijn_pagina

from .. import selectors, services
from ..constants import BijdrageStatus
from ..forms import BeoordelingForm, BijdrageForm, PartnerStatusupdateForm
from ..rechten import (
    intern_vereist,
    mag_bijdrage_beoordelen,
    mag_bijdrage_update_publiceren,
    partnerlid_vereist,
    partnerorganisatie,
)

# --- the partner area ---------------------------------------------------------------------------


@partnerlid_vereist
def partner_bijdragen(request):
    organisatie = partnerorganisatie(request.user)
    return render(
        request,
        "netwerk/partner/bijdragen.html",
        {"organisatie": organisatie, "bijdragen": selectors.bijdrage_list(partner=organisatie)},
    )


@partnerlid_vereist
def partner_bijdrage_nieuw(request):
    organisatie = partnerorganisatie(request.user)
    form = BijdrageForm(post_of_none(request))
    antwoord = formulier_verwerken(
        request,
        form,
        lambda data: services.bijdrage_create(partner=organisatie, door=request.user, **data),
        melding="Uw bijdrage is ingediend. U krijgt een e-mail zodra ze is beoordeeld.",
        doorsturen=lambda bijdrage: bijdrage.get_absolute_url(),
    )
    if antwoord:
        return antwoord
    return render(
        request,
        "netwerk/partner/formulier.html",
        {"form": form, "titel": "Bijdrage voorstellen", "organisatie": organisatie},
        status=formulier_status(form),
    )


def _partner_bijdrage_context(request, bijdrage, **extra):
    updates = tijdlijn_pagina(request, selectors.bijdrage_updates(bijdrage, voor_partner=True))
    context = {
        "bijdrage": bijdrage,
        "organisatie": bijdrage.partner,
        "updates": updates,
    }
    if bijdrage.status == BijdrageStatus.GEACCEPTEERD and "form" not in extra:
        context["form"] = PartnerStatusupdateForm()
    context.update(extra)
    return context


@partnerlid_vereist
def partner_bijdrage(request, uuid):
    bijdrage = selectors.bijdrage_get(uuid, partner=partnerorganisatie(request.user))
    return render(
        request, "netwerk/partner/bijdrage.html", _partner_bijdrage_context(request, bijdrage)
    )


@partnerlid_vereist
def partner_bijdrage_bewerken(request, uuid):
    organisatie = partnerorganisatie(request.user)
    bijdrage = selectors.bijdrage_get(uuid, partner=organisatie)
    if bijdrage.status not in (BijdrageStatus.INGEDIEND, BijdrageStatus.WIJZIGING_GEVRAAGD):
        raise PermissionDenied("Deze bijdrage is al beoordeeld en kan niet meer worden gewijzigd.")
    beginwaarden = {veld: getattr(bijdrage, veld) for veld in services.BIJDRAGE_VELDEN}
    form = BijdrageForm(post_of_none(request), initial=beginwaarden)
    antwoord = formulier_verwerken(
        request,
        form,
        lambda data: services.bijdrage_update(bijdrage=bijdrage, data=data, door=request.user),
        melding="Uw bijdrage is opnieuw ingediend.",
        doorsturen=bijdrage.get_absolute_url(),
    )
    if antwoord:
        return antwoord
    return render(
        request,
        "netwerk/partner/formulier.html",
        {
            "form": form,
            "titel": f"{bijdrage.titel} aanpassen",
            "organisatie": organisatie,
            "bijdrage": bijdrage,
        },
        status=formulier_status(form),
    )


@partnerlid_vereist
@require_POST
def partner_bijdrage_update(request, uuid):
    bijdrage = selectors.bijdrage_get(uuid, partner=partnerorganisatie(request.user))
    if bijdrage.status != BijdrageStatus.GEACCEPTEERD:
        raise PermissionDenied("Alleen over een geaccepteerde bijdrage meldt u voortgang.")
    form = PartnerStatusupdateForm(request.POST)
    antwoord = formulier_verwerken(
        request,
        form,
        lambda data: services.bijdrage_statusupdate_create(
            bijdrage=bijdrage, door=request.user, **data
        ),
        melding=("Uw voortgang is opgeslagen. Ze wordt openbaar zodra de trekker haar publiceert."),
        doorsturen=bijdrage.get_absolute_url(),
    )
    if antwoord:
        return antwoord
    context = _partner_bijdrage_context(request, bijdrage, form=form)
    return render(request, "netwerk/partner/bijdrage.html", context, status=400)


# --- the werkruimte -----------------------------------------------------------------------------


@intern_vereist
def bijdrage_lijst(request):
    status = request.GET.get("status", "")
    status = status if status in BijdrageStatus.values else ""
    return render(
        request,
        "netwerk/bijdrage_lijst.html",
        {
            "bijdragen": selectors.bijdrage_list(status=status),
            "status": status,
            "statussen": BijdrageStatus.choices,
        },
    )


def _bijdrage_context(request, bijdrage, **extra):
    context = {
        "bijdrage": bijdrage,
        "mag_beoordelen": mag_bijdrage_beoordelen(request.user, bijdrage)
        and bijdrage.status == BijdrageStatus.INGEDIEND,
        "mag_publiceren": mag_bijdrage_update_publiceren(request.user, bijdrage),
        "updates": tijdlijn_pagina(request, selectors.bijdrage_updates(bijdrage)),
    }
    if context["mag_beoordelen"] and "form" not in extra:
        context["form"] = BeoordelingForm()
    context.update(extra)
    return context


@intern_vereist
def bijdrage_detail(request, uuid):
    bijdrage = selectors.bijdrage_get(uuid)
    return render(request, "netwerk/bijdrage_detail.html", _bijdrage_context(request, bijdrage))


@intern_vereist
@require_POST
def bijdrage_beoordelen(request, uuid):
    bijdrage = selectors.bijdrage_get(uuid)
    if not mag_bijdrage_beoordelen(request.user, bijdrage):
        raise PermissionDenied("U mag deze bijdrage niet beoordelen.")
    form = BeoordelingForm(request.POST)
    antwoord = formulier_verwerken(
        request,
        form,
        lambda data: services.bijdrage_beoordelen(bijdrage=bijdrage, door=request.user, **data),
        melding=lambda b: f"De bijdrage is beoordeeld: {b.get_status_display().lower()}.",
        doorsturen=bijdrage.get_werkruimte_url(),
    )
    if antwoord:
        return antwoord
    context = _bijdrage_context(request, bijdrage, form=form)
    return render(request, "netwerk/bijdrage_detail.html", context, status=400)


@intern_vereist
@require_POST
def bijdrage_update_publiceren(request, uuid, update):
    bijdrage = selectors.bijdrage_get(uuid)
    if not mag_bijdrage_update_publiceren(request.user, bijdrage):
        raise PermissionDenied("U mag de voortgang van deze bijdrage niet publiceren.")
    statusupdate = get_object_or_404(
        Statusupdate, uuid=update, activiteit_id=bijdrage.activiteit_id
    )
    publiceren = request.POST.get("actie") != "intrekken"
    try:
        services.bijdrage_update_publiceren(
            bijdrage=bijdrage, update=statusupdate, gepubliceerd=publiceren
        )
    except ValidationError as exc:
        messages.error(request, " ".join(exc.messages))
    else:
        messages.success(
            request,
            "De update is gepubliceerd." if publiceren else "De update is niet meer openbaar.",
        )
    return redirect(bijdrage.get_werkruimte_url())
