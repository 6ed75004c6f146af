"""The netwerk part of the werkruimte (/werkruimte/netwerk/) and the public survey form
(/enquete/<token>/). Thin: forms validate, services write, selectors read; rights in rechten.py."""

from django.contrib import messages
from django.core.exceptions import PermissionDenied, ValidationError
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils import timezone
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_POST

from almelo_programma.kern.formulieren import fouten_naar_formulier

from . import selectors, services
from .constants import ANONIMITEITSDREMPEL, BijeenkomstSoort, PartnerSoort
from .forms import (
    BijeenkomstForm,
    ContactpersoonForm,
    EnqueteForm,
    EnqueteInvulForm,
    EnqueteSluitenForm,
    LobbycontactForm,
    LobbydossierForm,
    PartnerForm,
    UitnodigingenForm,
    VervolgactieForm,
)
from .models import Bijeenkomst, Contactpersoon, Enquete, Lobbydossier, Partner, Vervolgactie
from .rechten import (
    bewerker_vereist,
    enquetebeheerder_vereist,
    intern_vereist,
    mag_actie_afronden,
    mag_enquetes_beheren,
    mag_netwerk_bewerken,
)


def _post(request):
    """The POST data to bind a form to (an empty POST still binds), or None on GET."""
    return request.POST if request.method == "POST" else None


def _rechten(request):
    return {
        "mag_bewerken": mag_netwerk_bewerken(request.user),
        "mag_enquetes_beheren": mag_enquetes_beheren(request.user),
    }


def _formulier(request, form, titel, terug, **extra):
    return render(
        request,
        "netwerk/formulier.html",
        {"form": form, "titel": titel, "terug": terug, **extra},
    )


# --- overview ---------------------------------------------------------------------------------


@intern_vereist
def overzicht(request):
    return render(
        request,
        "netwerk/overzicht.html",
        {
            "acties": selectors.vervolgacties_open_voor(request.user),
            "komend": selectors.bijeenkomsten_komend(alleen_openbaar=False, limiet=5),
            "contacten": selectors.lobbycontacten_recent(limiet=5),
            **_rechten(request),
        },
    )


# --- partners ---------------------------------------------------------------------------------


@intern_vereist
def partner_lijst(request):
    soort = request.GET.get("soort", "")
    if soort not in PartnerSoort.values:
        soort = ""
    partners = selectors.partners_overzicht(soort=soort)
    return render(
        request,
        "netwerk/partner_lijst.html",
        {
            "partners": partners,
            "soorten": PartnerSoort.choices,
            "soort": soort,
            **_rechten(request),
        },
    )


@intern_vereist
def partner_detail(request, slug):
    partner = get_object_or_404(selectors.partner_detail_qs(), slug=slug)
    return render(
        request,
        "netwerk/partner_detail.html",
        {
            "partner": partner,
            "dossiers": selectors.lobbydossiers_van_partner(partner),
            **_rechten(request),
        },
    )


@bewerker_vereist
def partner_nieuw(request):
    form = PartnerForm(_post(request))
    if request.method == "POST" and form.is_valid():
        try:
            partner = services.partner_create(**form.cleaned_data)
        except ValidationError as exc:
            fouten_naar_formulier(form, exc)
        else:
            messages.success(request, f"Partner '{partner.naam}' is toegevoegd.")
            return redirect("netwerk:partner", slug=partner.slug)
    return _formulier(request, form, "Nieuwe partner", reverse("netwerk:partners"))


@bewerker_vereist
def partner_bewerken(request, slug):
    partner = get_object_or_404(Partner, slug=slug)
    form = PartnerForm(_post(request), instance=partner)
    if request.method == "POST" and form.is_valid():
        try:
            services.partner_update(partner=partner, data=form.cleaned_data)
        except ValidationError as exc:
            fouten_naar_formulier(form, exc)
        else:
            messages.success(request, "De partner is bijgewerkt.")
            return redirect("netwerk:partner", slug=partner.slug)
    terug = reverse("netwerk:partner", kwargs={"slug": slug})
    return _formulier(request, form, f"{partner.naam} bewerken", terug)


@bewerker_vereist
def contactpersoon_nieuw(request, slug):
    partner = get_object_or_404(Partner, slug=slug)
    form = ContactpersoonForm(_post(request))
    if request.method == "POST" and form.is_valid():
        try:
            services.contactpersoon_create(partner=partner, **form.cleaned_data)
        except ValidationError as exc:
            fouten_naar_formulier(form, exc)
        else:
            messages.success(request, "De contactpersoon is toegevoegd.")
            return redirect("netwerk:partner", slug=partner.slug)
    terug = reverse("netwerk:partner", kwargs={"slug": slug})
    return _formulier(request, form, f"Nieuwe contactpersoon bij {partner.naam}", terug)


@bewerker_vereist
def contactpersoon_bewerken(request, pk):
    persoon = get_object_or_404(Contactpersoon.objects.select_related("partner"), pk=pk)
    form = ContactpersoonForm(_post(request), instance=persoon)
    if request.method == "POST" and form.is_valid():
        try:
            services.contactpersoon_update(contactpersoon=persoon, data=form.cleaned_data)
        except ValidationError as exc:
            fouten_naar_formulier(form, exc)
        else:
            messages.success(request, "De contactpersoon is bijgewerkt.")
            return redirect("netwerk:partner", slug=persoon.partner.slug)
    terug = reverse("netwerk:partner", kwargs={"slug": persoon.partner.slug})
    return _formulier(request, form, "Contactpersoon bewerken", terug)


# --- events and follow-up actions -------------------------------------------------------------


@intern_vereist
def bijeenkomst_lijst(request):
    soort = request.GET.get("soort", "")
    if soort not in BijeenkomstSoort.values:
        soort = ""
    bijeenkomsten = list(selectors.bijeenkomsten_overzicht(soort=soort))
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
            **_rechten(request),
        },
    )


@intern_vereist
def bijeenkomst_detail(request, slug):
    bijeenkomst = get_object_or_404(selectors.bijeenkomst_detail_qs(), slug=slug)
    rechten = _rechten(request)
    actieform = VervolgactieForm() if rechten["mag_bewerken"] else None
    return render(
        request,
        "netwerk/bijeenkomst_detail.html",
        {"bijeenkomst": bijeenkomst, "actieform": actieform, **rechten},
    )


def _bijeenkomst_data(form):
    data = dict(form.cleaned_data)
    return data, data.pop("partners"), data.pop("lijnen")


@bewerker_vereist
def bijeenkomst_nieuw(request):
    form = BijeenkomstForm(_post(request))
    if request.method == "POST" and form.is_valid():
        data, partners, lijnen = _bijeenkomst_data(form)
        try:
            b = services.bijeenkomst_create(**data, partners=partners, lijnen=lijnen)
        except ValidationError as exc:
            fouten_naar_formulier(form, exc)
        else:
            messages.success(request, f"Bijeenkomst '{b.titel}' is toegevoegd.")
            return redirect("netwerk:bijeenkomst", slug=b.slug)
    return _formulier(request, form, "Nieuwe bijeenkomst", reverse("netwerk:bijeenkomsten"))


@bewerker_vereist
def bijeenkomst_bewerken(request, slug):
    bijeenkomst = get_object_or_404(Bijeenkomst, slug=slug)
    form = BijeenkomstForm(_post(request), instance=bijeenkomst)
    if request.method == "POST" and form.is_valid():
        data, partners, lijnen = _bijeenkomst_data(form)
        try:
            services.bijeenkomst_update(
                bijeenkomst=bijeenkomst, data=data, partners=partners, lijnen=lijnen
            )
        except ValidationError as exc:
            fouten_naar_formulier(form, exc)
        else:
            messages.success(request, "De bijeenkomst is bijgewerkt.")
            return redirect("netwerk:bijeenkomst", slug=bijeenkomst.slug)
    terug = reverse("netwerk:bijeenkomst", kwargs={"slug": slug})
    return _formulier(request, form, f"{bijeenkomst.titel} bewerken", terug)


@bewerker_vereist
def vervolgactie_nieuw(request, slug):
    bijeenkomst = get_object_or_404(Bijeenkomst, slug=slug)
    form = VervolgactieForm(_post(request))
    if request.method == "POST" and form.is_valid():
        try:
            services.vervolgactie_create(bijeenkomst=bijeenkomst, **form.cleaned_data)
        except ValidationError as exc:
            fouten_naar_formulier(form, exc)
        else:
            messages.success(request, "De vervolgactie is toegevoegd.")
            return redirect("netwerk:bijeenkomst", slug=bijeenkomst.slug)
    terug = reverse("netwerk:bijeenkomst", kwargs={"slug": slug})
    return _formulier(request, form, f"Vervolgactie bij {bijeenkomst.titel}", terug)


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


# --- lobby ------------------------------------------------------------------------------------


@intern_vereist
def lobby_lijst(request):
    return render(
        request,
        "netwerk/lobby_lijst.html",
        {"dossiers": selectors.lobbydossiers_overzicht(), **_rechten(request)},
    )


@intern_vereist
def lobby_detail(request, slug):
    dossier = get_object_or_404(selectors.lobbydossier_detail_qs(), slug=slug)
    return render(request, "netwerk/lobby_detail.html", {"dossier": dossier, **_rechten(request)})


@bewerker_vereist
def lobby_nieuw(request):
    form = LobbydossierForm(_post(request))
    if request.method == "POST" and form.is_valid():
        data = dict(form.cleaned_data)
        lijnen = data.pop("lijnen")
        try:
            dossier = services.lobbydossier_create(**data, lijnen=lijnen)
        except ValidationError as exc:
            fouten_naar_formulier(form, exc)
        else:
            messages.success(request, f"Lobbydossier '{dossier.titel}' is aangemaakt.")
            return redirect("netwerk:lobbydossier", slug=dossier.slug)
    return _formulier(request, form, "Nieuw lobbydossier", reverse("netwerk:lobby"))


@bewerker_vereist
def lobby_bewerken(request, slug):
    dossier = get_object_or_404(Lobbydossier, slug=slug)
    form = LobbydossierForm(_post(request), instance=dossier)
    if request.method == "POST" and form.is_valid():
        data = dict(form.cleaned_data)
        lijnen = data.pop("lijnen")
        try:
            services.lobbydossier_update(dossier=dossier, data=data, lijnen=lijnen)
        except ValidationError as exc:
            fouten_naar_formulier(form, exc)
        else:
            messages.success(request, "Het lobbydossier is bijgewerkt.")
            return redirect("netwerk:lobbydossier", slug=dossier.slug)
    terug = reverse("netwerk:lobbydossier", kwargs={"slug": slug})
    return _formulier(request, form, f"{dossier.titel} bewerken", terug)


@bewerker_vereist
def lobbycontact_nieuw(request, slug):
    dossier = get_object_or_404(Lobbydossier, slug=slug)
    form = LobbycontactForm(_post(request))
    if request.method == "POST" and form.is_valid():
        try:
            services.lobbycontact_create(dossier=dossier, door=request.user, **form.cleaned_data)
        except ValidationError as exc:
            fouten_naar_formulier(form, exc)
        else:
            messages.success(request, "Het contact is vastgelegd.")
            return redirect("netwerk:lobbydossier", slug=dossier.slug)
    terug = reverse("netwerk:lobbydossier", kwargs={"slug": slug})
    return _formulier(request, form, f"Contact vastleggen: {dossier.titel}", terug)


# --- partner survey (werkruimte) --------------------------------------------------------------


@intern_vereist
def enquete_lijst(request):
    return render(
        request,
        "netwerk/enquete_lijst.html",
        {"enquetes": selectors.enquetes_overzicht(), **_rechten(request)},
    )


@intern_vereist
def enquete_detail(request, slug):
    enquete = get_object_or_404(Enquete.objects.select_related("meting"), slug=slug)
    rechten = _rechten(request)
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
    form = EnqueteForm(_post(request))
    if request.method == "POST" and form.is_valid():
        try:
            enquete = services.enquete_create(**form.cleaned_data)
        except ValidationError as exc:
            fouten_naar_formulier(form, exc)
        else:
            messages.success(request, f"Enquête '{enquete.titel}' is geopend.")
            return redirect("netwerk:enquete", slug=enquete.slug)
    return _formulier(request, form, "Partnerenquête openen", reverse("netwerk:enquetes"))


@enquetebeheerder_vereist
def enquete_uitnodigen(request, slug):
    enquete = get_object_or_404(Enquete, slug=slug)
    form = UitnodigingenForm(_post(request))
    links = None
    if request.method == "POST" and form.is_valid():
        verloopt = form.cleaned_data["verloopt_op"]
        try:
            nieuw = services.uitnodigingen_maken(
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
    """Public, no account: the survey behind a personal link. Stores nothing on a bad link."""
    try:
        uitnodiging = services.uitnodiging_voor_token(token)
    except services.LinkOngeldig as fout:
        status = 404 if fout.reden == services.LinkOngeldig.ONBEKEND else 410
        return render(request, "netwerk/enquete_ongeldig.html", {"fout": fout}, status=status)
    form = EnqueteInvulForm(_post(request))
    if request.method == "POST" and form.is_valid():
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
