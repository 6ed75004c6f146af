"""Partner pages: list, detail, and the forms for partners and contact persons."""

from django.shortcuts import get_object_or_404, render
from django.urls import reverse

from .. import selectors, services
from ..constants import PartnerSoort
from ..forms import ContactpersoonForm, PartnerForm
from ..models import Contactpersoon, Partner
from ..rechten import bewerker_vereist, intern_vereist
from .basis import formulier, formulier_pagina, gekozen_soort, rechten_context


def _partnerpagina(partner) -> str:
    return reverse("netwerk:partner", kwargs={"slug": partner.slug})


@intern_vereist
def partner_lijst(request):
    soort = gekozen_soort(request, PartnerSoort)
    return render(
        request,
        "netwerk/partner_lijst.html",
        {
            "partners": selectors.partner_list(soort=soort),
            "soorten": PartnerSoort.choices,
            "soort": soort,
            **rechten_context(request),
        },
    )


@intern_vereist
def partner_detail(request, slug):
    partner = selectors.partner_get(slug)
    return render(
        request,
        "netwerk/partner_detail.html",
        {
            "partner": partner,
            "dossiers": selectors.lobbydossiers_van_partner(partner),
            **rechten_context(request),
        },
    )


@bewerker_vereist
def partner_nieuw(request):
    return formulier_pagina(
        request,
        formulier(request, PartnerForm),
        lambda data: services.partner_create(**data),
        melding=lambda partner: f"Partner '{partner.naam}' is toegevoegd.",
        doorsturen=_partnerpagina,
        titel="Nieuwe partner",
        terug=reverse("netwerk:partners"),
    )


@bewerker_vereist
def partner_bewerken(request, slug):
    partner = get_object_or_404(Partner, slug=slug)
    return formulier_pagina(
        request,
        formulier(request, PartnerForm, partner),
        lambda data: services.partner_update(partner=partner, data=data),
        melding="De partner is bijgewerkt.",
        doorsturen=_partnerpagina,
        titel=f"{partner.naam} bewerken",
        terug=_partnerpagina(partner),
    )


@bewerker_vereist
def contactpersoon_nieuw(request, slug):
    partner = get_object_or_404(Partner, slug=slug)
    return formulier_pagina(
        request,
        formulier(request, ContactpersoonForm),
        lambda data: services.contactpersoon_create(partner=partner, **data),
        melding="De contactpersoon is toegevoegd.",
        doorsturen=_partnerpagina(partner),
        titel=f"Nieuwe contactpersoon bij {partner.naam}",
        terug=_partnerpagina(partner),
    )


@bewerker_vereist
def contactpersoon_bewerken(request, pk):
    persoon = get_object_or_404(Contactpersoon.objects.select_related("partner"), pk=pk)
    return formulier_pagina(
        request,
        formulier(request, ContactpersoonForm, persoon),
        lambda data: services.contactpersoon_update(contactpersoon=persoon, data=data),
        melding="De contactpersoon is bijgewerkt.",
        doorsturen=_partnerpagina(persoon.partner),
        titel="Contactpersoon bewerken",
        terug=_partnerpagina(persoon.partner),
    )
