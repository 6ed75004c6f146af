"""The werkruimte pages of activities and lines (/werkruimte/activiteiten/…, /werkruimte/lijnen/…).

Thin views: forms check types, services check rules and write, selectors read, ``rechten`` decides.
"""

from django.contrib import messages
from django.core.exceptions import PermissionDenied, ValidationError
from django.core.paginator import Paginator
from django.shortcuts import get_object_or_404, redirect, render
from django.views.decorators.http import require_POST

from almelo_programma.kern.formulieren import (
    formulier_status,
    formulier_verwerken,
    fouten_naar_formulier,
)
from almelo_programma.kern.programmas import van_programma
from almelo_programma.kern.rechten import intern_vereist
from almelo_programma.kern.tijdlijn import tijdlijn_pagina

from .forms import ActiviteitForm, DoorzettenForm, StatusupdateForm, statusupdate_beginwaarden
from .models import Activiteit, Activiteitenlijn, Volger
from .rechten import mag_activiteit_bewerken, mag_lijn_bewerken
from .selectors import (
    Samenvatting,
    besluiten_bij_activiteit,
    historie,
    historie_pagina,
    laatste_history_id,
    met_laatste_status,
    samenvattingen_per_lijn,
    te_rapporteren_periode,
)
from .services import (
    VersieConflict,
    activiteit_update,
    activiteiten_doorzetten,
    ontvolgen,
    statusupdate_create,
    volgen,
)


def _activiteit_context(request, activiteit, **extra):
    alle_updates = activiteit.statusupdates.select_related("auteur", "besluit").order_by(
        "-rapportagedatum", "-aangemaakt_op"
    )
    updates = tijdlijn_pagina(request, alle_updates)
    volgt = Volger.objects.filter(gebruiker=request.user, activiteit=activiteit).exists()
    context = {
        "activiteit": activiteit,
        "updates": updates,
        "historie": historie_pagina(request, activiteit),
        "mag_bewerken": mag_activiteit_bewerken(request.user, activiteit),
        "volgt": volgt,
        "periode": te_rapporteren_periode(),
    }
    context.update(extra)
    if context["mag_bewerken"] and "form" not in context:
        laatste = updates.items[:1] if updates.nummer == 1 else alle_updates[:1]
        context["form"] = StatusupdateForm(
            initial=statusupdate_beginwaarden(laatste),
            besluiten=besluiten_bij_activiteit(activiteit),
        )
    return context


def _activiteit(request, slug):
    """The activity of the page's programme (another programme's: 404)."""
    return get_object_or_404(
        van_programma(
            Activiteit.objects.select_related(
                "lijn__doel__programma", "lijn__trekker", "trekker", "vorige__lijn__doel__programma"
            ),
            request.programma,
        ),
        slug=slug,
    )


@intern_vereist
def activiteit_detail(request, slug):
    activiteit = _activiteit(request, slug)
    return render(request, "activiteiten/activiteit.html", _activiteit_context(request, activiteit))


@intern_vereist
@require_POST
def activiteit_statusupdate(request, slug):
    activiteit = _activiteit(request, slug)
    if not mag_activiteit_bewerken(request.user, activiteit):
        raise PermissionDenied("U mag deze activiteit niet bijwerken.")
    form = StatusupdateForm(request.POST, besluiten=besluiten_bij_activiteit(activiteit))
    antwoord = formulier_verwerken(
        request,
        form,
        lambda data: statusupdate_create(activiteit=activiteit, door=request.user, **data),
        melding="Uw statusupdate is opgeslagen.",
        doorsturen=activiteit.get_werkruimte_url(),
    )
    if antwoord:
        return antwoord
    context = _activiteit_context(request, activiteit, form=form)
    return render(request, "activiteiten/activiteit.html", context, status=400)


def _conflict_formulier(request, form, exc: VersieConflict):
    """After a version conflict: what changed since the page was loaded, and the form again with
    what the user typed, now based on the current version (a second save overwrites)."""
    huidig = exc.huidig
    conflict = {
        "huidig": huidig,
        "wijzigingen": historie(huidig, na_history_id=form.cleaned_data["geladen"]),
    }
    data = request.POST.copy()
    data["versie"] = huidig.versie
    data["geladen"] = laatste_history_id(huidig) or ""
    form = ActiviteitForm(data)
    form.is_valid()
    return form, conflict


@intern_vereist
def activiteit_bewerken(request, slug):
    activiteit = _activiteit(request, slug)
    if not mag_activiteit_bewerken(request.user, activiteit):
        raise PermissionDenied("U mag deze activiteit niet bewerken.")
    conflict = None
    if request.method == "POST":
        form = ActiviteitForm(request.POST)
        try:
            antwoord = formulier_verwerken(
                request,
                form,
                lambda data: activiteit_update(
                    activiteit=activiteit,
                    door=request.user,
                    **{k: v for k, v in data.items() if k != "geladen"},
                ),
                melding="De activiteit is opgeslagen.",
                doorsturen=activiteit.get_werkruimte_url(),
            )
        except VersieConflict as exc:
            form, conflict = _conflict_formulier(request, form, exc)
        else:
            if antwoord:
                return antwoord
    else:
        form = ActiviteitForm(
            initial={
                "titel": activiteit.titel,
                "omschrijving": activiteit.omschrijving,
                "geplande_start": activiteit.geplande_start,
                "geplande_eind": activiteit.geplande_eind,
                "trekker": activiteit.trekker_id,
                "versie": activiteit.versie,
                "geladen": laatste_history_id(activiteit),
            }
        )
    return render(
        request,
        "activiteiten/activiteit_bewerken.html",
        {"activiteit": activiteit, "form": form, "conflict": conflict},
        status=409 if conflict else formulier_status(form),
    )


def _volg_actie(request, **doel):
    if request.POST.get("actie") == "ontvolgen":
        ontvolgen(gebruiker=request.user, **doel)
        messages.success(request, "U volgt dit niet meer.")
    else:
        volgen(gebruiker=request.user, **doel)
        messages.success(
            request,
            "U volgt dit nu: u krijgt een e-mail als de status 'aandacht nodig' of "
            "'vertraagd' wordt.",
        )


@intern_vereist
@require_POST
def activiteit_volgen(request, slug):
    activiteit = _activiteit(request, slug)
    _volg_actie(request, activiteit=activiteit)
    return redirect(activiteit.get_werkruimte_url())


def _lijn(request, slug):
    """The line of the page's programme (another programme's: 404)."""
    return get_object_or_404(
        van_programma(
            Activiteitenlijn.objects.select_related("doel__programma", "trekker"),
            request.programma,
        ),
        slug=slug,
    )


def _doorzetjaren(lijn) -> list[int]:
    """The years of the line's programme whose unfinished activities can be copied to the
    next year (of the same programme)."""
    programma = lijn.doel.programma
    return [j for j in programma.jaren if j < programma.eindjaar]


LIJN_PER_PAGINA = 50


def _lijn_context(request, lijn, **extra):
    """The line with one page of its activities (newest year first, ``?pagina=n``) and its
    totals over all of them, computed by the database: the page costs the same for a line of
    ten activities and of ten thousand."""
    samenvatting = samenvattingen_per_lijn(programma=request.programma, lijnen=[lijn.pk]).get(
        lijn.pk, Samenvatting()
    )
    activiteiten = met_laatste_status(lijn.activiteiten.order_by("-jaar", "titel", "pk"))
    paginator = Paginator(activiteiten, LIJN_PER_PAGINA)
    paginator.count = samenvatting.totaal  # known from the totals: no separate COUNT query
    pagina = paginator.get_page(request.GET.get("pagina"))
    zoekparameters = request.GET.copy()
    zoekparameters.pop("pagina", None)
    context = {
        "lijn": lijn,
        "pagina": pagina,
        "activiteiten": list(pagina.object_list),
        "zoekparameters": zoekparameters.urlencode(),
        "samenvatting": samenvatting,
        "mag_bewerken": mag_lijn_bewerken(request.user, lijn),
        "volgt": Volger.objects.filter(gebruiker=request.user, lijn=lijn).exists(),
        "doorzetten_form": DoorzettenForm(jaren=_doorzetjaren(lijn)),
    }
    context.update(extra)
    return context


@intern_vereist
def lijn_detail(request, slug):
    lijn = _lijn(request, slug)
    return render(request, "activiteiten/lijn.html", _lijn_context(request, lijn))


@intern_vereist
@require_POST
def lijn_volgen(request, slug):
    lijn = _lijn(request, slug)
    _volg_actie(request, lijn=lijn)
    return redirect(lijn.get_werkruimte_url())


@intern_vereist
@require_POST
def lijn_doorzetten(request, slug):
    lijn = _lijn(request, slug)
    if not mag_lijn_bewerken(request.user, lijn):
        raise PermissionDenied("U mag de activiteiten van deze lijn niet doorzetten.")
    form = DoorzettenForm(request.POST, jaren=_doorzetjaren(lijn))
    if form.is_valid():
        try:
            nieuw = activiteiten_doorzetten(
                lijn=lijn, van_jaar=form.cleaned_data["van_jaar"], door=request.user
            )
        except ValidationError as exc:
            fouten_naar_formulier(form, exc)
        else:
            if nieuw:
                messages.success(
                    request,
                    f"{len(nieuw)} onafgeronde activiteit(en) doorgezet naar "
                    f"{form.cleaned_data['van_jaar'] + 1}.",
                )
            else:
                messages.info(
                    request,
                    "Niets doorgezet: alle activiteiten van dat jaar zijn afgerond, gestopt "
                    "of al doorgezet.",
                )
            return redirect(lijn.get_werkruimte_url())
    context = _lijn_context(request, lijn, doorzetten_form=form)
    return render(request, "activiteiten/lijn.html", context, status=400)
