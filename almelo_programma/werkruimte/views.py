"""Views of the werkruimte: thin; selectors read, services write, roles decide."""

from functools import wraps

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied, ValidationError
from django.db.models import Prefetch
from django.http import HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.views.decorators.http import require_POST

from activiteiten.forms import ActiviteitForm, DoorzettenForm, ImportForm, StatusupdateForm
from activiteiten.models import Activiteit, Activiteitenlijn, Volger
from activiteiten.selectors import (
    historie,
    is_bijgewerkt,
    laatste_history_id,
    met_laatste_status,
    samenvatting_activiteiten,
    te_rapporteren_periode,
)
from activiteiten.services import (
    VersieConflict,
    activiteit_bijwerken,
    activiteiten_doorzetten,
    ontvolgen,
    statusupdate_create,
    volgen,
)
from almelo_programma.forms import fouten_naar_formulier
from almelo_programma.roles import (
    LIJNTREKKER,
    PROGRAMMAMANAGER,
    heeft_rol,
    is_intern,
    mag_activiteit_bewerken,
    mag_deelspoor_bewerken,
    mag_lijn_bewerken,
)
from doelen.selectors import programma_get
from netwerk.selectors import vervolgacties_open_voor
from woondeals.models import Deelspoor, DeelspoorUpdate
from woondeals.services import deelspoorupdate_create

from . import excel
from .filters import WerklijstFilter
from .selectors import werk_activiteiten, werk_deelsporen

FILTER_VELDEN = ("doel", "lijn", "jaar", "status", "bijgewerkt")


def intern_vereist(view):
    """Logged in (else the login page) and internal (else 403: partners see the public side)."""

    @login_required
    @wraps(view)
    def wrapper(request, *args, **kwargs):
        if not is_intern(request.user):
            raise PermissionDenied("De werkruimte is voor medewerkers van het programma.")
        return view(request, *args, **kwargs)

    return wrapper


@intern_vereist
def werklijst(request):
    periode = te_rapporteren_periode()
    programma = programma_get()
    jaren = programma.jaren if programma else []
    data = request.GET.copy()
    if "jaar" not in data and periode is not None:
        data["jaar"] = str(periode.jaar)
    filterset = WerklijstFilter(
        data, queryset=werk_activiteiten(request.user), jaren=jaren, periode=periode
    )
    activiteiten = list(filterset.qs)
    deelsporen_qs = werk_deelsporen(request.user)
    if filterset.is_valid():
        schoon = filterset.form.cleaned_data
        if schoon.get("lijn"):
            deelsporen_qs = deelsporen_qs.filter(woondeal__lijn=schoon["lijn"])
        if schoon.get("doel"):
            deelsporen_qs = deelsporen_qs.filter(woondeal__lijn__doel=schoon["doel"])
        if schoon.get("status"):
            deelsporen_qs = filterset.op_status(deelsporen_qs, "status", schoon["status"])
        if schoon.get("bijgewerkt"):
            deelsporen_qs = filterset.op_bijgewerkt(
                deelsporen_qs, "bijgewerkt", schoon["bijgewerkt"]
            )
    deelsporen = list(deelsporen_qs)
    for item in activiteiten + deelsporen:
        item.bijgewerkt = is_bijgewerkt(item, periode)
        item.mag_bewerken = (
            mag_activiteit_bewerken(request.user, item)
            if isinstance(item, Activiteit)
            else mag_deelspoor_bewerken(request.user, item)
        )
    open_aantal = sum(1 for i in activiteiten + deelsporen if i.mag_bewerken and not i.bijgewerkt)
    context = {
        "periode": periode,
        "filter": filterset,
        "activiteiten": activiteiten,
        "deelsporen": deelsporen,
        "open_aantal": open_aantal,
        "samenvatting": samenvatting_activiteiten(activiteiten),
        "mag_excel": heeft_rol(request.user, PROGRAMMAMANAGER, LIJNTREKKER),
        "mijn_acties": list(vervolgacties_open_voor(request.user)),
    }
    return render(request, "werkruimte/lijst.html", context)


def _vorige_waarden(updates) -> dict:
    """Start the form from the latest update: a period's update is then a small change."""
    if not updates:
        return {}
    return {"status": updates[0].status, "voortgang": updates[0].voortgang}


def _activiteit_context(request, activiteit, **extra):
    updates = list(
        activiteit.statusupdates.select_related("auteur").order_by(
            "-rapportagedatum", "-aangemaakt_op"
        )
    )
    volgt = Volger.objects.filter(gebruiker=request.user, activiteit=activiteit).exists()
    context = {
        "activiteit": activiteit,
        "updates": updates,
        "historie": historie(activiteit),
        "mag_bewerken": mag_activiteit_bewerken(request.user, activiteit),
        "volgt": volgt,
        "periode": te_rapporteren_periode(),
    }
    context.update(extra)
    if context["mag_bewerken"] and "form" not in context:
        context["form"] = StatusupdateForm(initial=_vorige_waarden(updates))
    return context


def _activiteit(slug):
    return get_object_or_404(
        Activiteit.objects.select_related("lijn__doel", "lijn__trekker", "trekker", "vorige"),
        slug=slug,
    )


@intern_vereist
def activiteit_detail(request, slug):
    activiteit = _activiteit(slug)
    return render(request, "werkruimte/activiteit.html", _activiteit_context(request, activiteit))


@intern_vereist
@require_POST
def activiteit_update(request, slug):
    activiteit = _activiteit(slug)
    if not mag_activiteit_bewerken(request.user, activiteit):
        raise PermissionDenied("U mag deze activiteit niet bijwerken.")
    form = StatusupdateForm(request.POST)
    if form.is_valid():
        try:
            statusupdate_create(activiteit=activiteit, door=request.user, **form.cleaned_data)
        except ValidationError as exc:
            fouten_naar_formulier(form, exc)
        else:
            messages.success(request, "Uw statusupdate is opgeslagen.")
            return redirect("werkruimte:activiteit", slug=activiteit.slug)
    context = _activiteit_context(request, activiteit, form=form)
    return render(request, "werkruimte/activiteit.html", context, status=400)


@intern_vereist
def activiteit_bewerken(request, slug):
    activiteit = _activiteit(slug)
    if not mag_activiteit_bewerken(request.user, activiteit):
        raise PermissionDenied("U mag deze activiteit niet bewerken.")
    conflict = None
    if request.method == "POST":
        form = ActiviteitForm(request.POST)
        if form.is_valid():
            velden = {k: v for k, v in form.cleaned_data.items() if k not in ("versie", "geladen")}
            try:
                activiteit_bijwerken(
                    activiteit=activiteit,
                    versie=form.cleaned_data["versie"],
                    door=request.user,
                    **velden,
                )
            except VersieConflict as exc:
                huidig = exc.huidig
                conflict = {
                    "huidig": huidig,
                    "wijzigingen": historie(huidig, na_history_id=form.cleaned_data["geladen"]),
                }
                # Keep what they typed; a second save (after reading the changes) overwrites.
                data = request.POST.copy()
                data["versie"] = huidig.versie
                data["geladen"] = laatste_history_id(huidig) or ""
                form = ActiviteitForm(data)
                form.is_valid()
            except ValidationError as exc:
                fouten_naar_formulier(form, exc)
            else:
                messages.success(request, "De activiteit is opgeslagen.")
                return redirect("werkruimte:activiteit", slug=activiteit.slug)
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
    status = 409 if conflict else (400 if form.errors else 200)
    return render(
        request,
        "werkruimte/activiteit_bewerken.html",
        {"activiteit": activiteit, "form": form, "conflict": conflict},
        status=status,
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
    activiteit = _activiteit(slug)
    _volg_actie(request, activiteit=activiteit)
    return redirect("werkruimte:activiteit", slug=activiteit.slug)


def _lijn(slug):
    return get_object_or_404(Activiteitenlijn.objects.select_related("doel", "trekker"), slug=slug)


def _lijn_context(request, lijn, **extra):
    activiteiten = list(
        met_laatste_status(lijn.activiteiten.select_related("trekker").order_by("-jaar", "titel"))
    )
    programma = programma_get()
    jaren = [j for j in (programma.jaren if programma else []) if j < programma.eindjaar]
    context = {
        "lijn": lijn,
        "activiteiten": activiteiten,
        "samenvatting": samenvatting_activiteiten(activiteiten),
        "mag_bewerken": mag_lijn_bewerken(request.user, lijn),
        "volgt": Volger.objects.filter(gebruiker=request.user, lijn=lijn).exists(),
        "doorzetten_form": DoorzettenForm(jaren=jaren),
    }
    context.update(extra)
    return context


@intern_vereist
def lijn_detail(request, slug):
    lijn = _lijn(slug)
    return render(request, "werkruimte/lijn.html", _lijn_context(request, lijn))


@intern_vereist
@require_POST
def lijn_volgen(request, slug):
    lijn = _lijn(slug)
    _volg_actie(request, lijn=lijn)
    return redirect("werkruimte:lijn", slug=lijn.slug)


@intern_vereist
@require_POST
def lijn_doorzetten(request, slug):
    lijn = _lijn(slug)
    if not mag_lijn_bewerken(request.user, lijn):
        raise PermissionDenied("U mag de activiteiten van deze lijn niet doorzetten.")
    programma = programma_get()
    jaren = [j for j in (programma.jaren if programma else []) if j < programma.eindjaar]
    form = DoorzettenForm(request.POST, jaren=jaren)
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
            return redirect("werkruimte:lijn", slug=lijn.slug)
    context = _lijn_context(request, lijn, doorzetten_form=form)
    return render(request, "werkruimte/lijn.html", context, status=400)


def _deelspoor(slug):
    return get_object_or_404(
        Deelspoor.objects.select_related("woondeal__lijn", "trekker").prefetch_related(
            Prefetch(
                "statusupdates",
                queryset=DeelspoorUpdate.objects.select_related("auteur").order_by(
                    "-rapportagedatum", "-aangemaakt_op"
                ),
                to_attr="updates",
            )
        ),
        slug=slug,
    )


@intern_vereist
def deelspoor_detail(request, slug):
    deelspoor = _deelspoor(slug)
    mag = mag_deelspoor_bewerken(request.user, deelspoor)
    form = None
    status = 200
    if request.method == "POST":
        if not mag:
            raise PermissionDenied("U mag dit deelspoor niet bijwerken.")
        form = StatusupdateForm(request.POST)
        if form.is_valid():
            try:
                deelspoorupdate_create(deelspoor=deelspoor, door=request.user, **form.cleaned_data)
            except ValidationError as exc:
                fouten_naar_formulier(form, exc)
            else:
                messages.success(request, "Uw statusupdate is opgeslagen.")
                return redirect("werkruimte:deelspoor", slug=deelspoor.slug)
        status = 400
    elif mag:
        form = StatusupdateForm(initial=_vorige_waarden(deelspoor.updates))
    return render(
        request,
        "werkruimte/deelspoor.html",
        {
            "deelspoor": deelspoor,
            "form": form,
            "mag_bewerken": mag,
            "historie": historie(deelspoor),
        },
        status=status,
    )


def _excel_toegestaan(request):
    if not heeft_rol(request.user, PROGRAMMAMANAGER, LIJNTREKKER):
        raise PermissionDenied("Alleen programmamanagers en lijntrekkers werken bij via Excel.")


@intern_vereist
def excel_export(request):
    _excel_toegestaan(request)
    periode = te_rapporteren_periode()
    inhoud = excel.exporteer(gebruiker=request.user, periode=periode)
    naam = f"bijwerken-{periode.jaar}-{periode.nummer}.xlsx" if periode else "bijwerken.xlsx"
    response = HttpResponse(
        inhoud,
        content_type="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    )
    response["Content-Disposition"] = f'attachment; filename="{naam}"'
    return response


@intern_vereist
def excel_import(request):
    _excel_toegestaan(request)
    resultaat = None
    if request.method == "POST":
        form = ImportForm(request.POST, request.FILES)
        if form.is_valid():
            resultaat = excel.importeer(form.cleaned_data["bestand"], gebruiker=request.user)
            if resultaat.ok:
                if resultaat.aantal:
                    messages.success(
                        request, f"{resultaat.aantal} statusupdate(s) opgeslagen uit het bestand."
                    )
                else:
                    messages.info(
                        request, "Niets gewijzigd: het bestand bevat geen nieuwe voortgang."
                    )
                return redirect("werkruimte:lijst")
    else:
        form = ImportForm()
    status = 400 if (form.errors or (resultaat and not resultaat.ok)) else 200
    return render(
        request, "werkruimte/import.html", {"form": form, "resultaat": resultaat}, status=status
    )
