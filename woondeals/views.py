"""Werkruimte pages for the woondeal and the housing pipeline (/werkruimte/woningbouw/).

Thin views: forms check types, services check rules and write, selectors read.
"""

from django.contrib import messages
from django.core.exceptions import PermissionDenied, ValidationError
from django.db.models import Prefetch
from django.http import Http404, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils import timezone
from django.views.decorators.http import require_POST

from activiteiten.forms import StatusupdateForm, statusupdate_beginwaarden
from activiteiten.selectors import historie, met_laatste_status
from almelo_programma.kern.formulieren import formulier_verwerken, fouten_naar_formulier

from . import services, uitwisseling
from .forms import (
    AanvraagForm,
    AfspraakFormSet,
    GebiedForm,
    GebiedsrolForm,
    ImportForm,
    KoopprijsgrensForm,
    MijlpaalBereiktForm,
    MijlpaalForm,
    ProjectFilter,
    ProjectForm,
    RealisatieForm,
    VoorwaardeForm,
    WoondealForm,
)
from .grafiek import doelbalken, grafiek_4100, normbalken
from .models import (
    Deelspoor,
    DeelspoorUpdate,
    Gebiedsontwikkeling,
    Koopprijsgrens,
    Mijlpaal,
    Realisatie,
    Subsidieaanvraag,
    SubsidieVoorwaarde,
    Woningbouwproject,
    Woondeal,
)
from .rechten import bewerker_vereist, lezer_vereist, mag_bewerken, mag_deelspoor_bewerken
from .selectors import (
    aanvragen_met_controle,
    afspraken_overzicht,
    gebieden_lijst,
    pijplijn,
    projecten_lijst,
)


def _woondeal() -> Woondeal:
    woondeal = Woondeal.objects.select_related("lijn__trekker").first()
    if woondeal is None:
        raise Http404("Er is nog geen woondeal vastgelegd.")
    return woondeal


def _pijplijn_voor(woondeal: Woondeal):
    return pijplijn(
        doel=woondeal.doel_woningen or 4100,
        norm_sociale_huur=float(woondeal.aandeel_sociale_huur),
        norm_betaalbaar=float(woondeal.aandeel_betaalbaar),
    )


def _context(request, **extra):
    return {"mag_bewerken": mag_bewerken(request.user), **extra}


# --- woondeal ---------------------------------------------------------------------------------


@lezer_vereist
def woondeal(request):
    deal = _woondeal()
    cijfers_ = _pijplijn_voor(deal)
    deelsporen = met_laatste_status(
        Deelspoor.objects.filter(woondeal=deal).select_related("trekker"),
        model=DeelspoorUpdate,
        fk="deelspoor",
    ).order_by("nummer")
    context = _context(
        request,
        woondeal=deal,
        deelsporen=deelsporen,
        cijfers=cijfers_,
        afspraken=afspraken_overzicht(deal, cijfers_),
        doelbalken=doelbalken(cijfers_),
        koopprijsgrenzen=Koopprijsgrens.objects.all(),
        grens_form=KoopprijsgrensForm(initial={"jaar": timezone.localdate().year}),
    )
    return render(request, "woondeals/woondeal.html", context)


@bewerker_vereist
def woondeal_bewerken(request):
    deal = _woondeal()
    form = WoondealForm(request.POST or None, instance=deal)
    if request.method == "POST" and form.is_valid():
        try:
            services.woondeal_update(woondeal=deal, **form.cleaned_data)
        except ValidationError as exc:
            fouten_naar_formulier(form, exc)
        else:
            messages.success(request, "De afspraken van de woondeal zijn opgeslagen.")
            return redirect("woondeals:woondeal")
    return render(
        request,
        "woondeals/formulier.html",
        _formulier_context(
            request, form, titel="Afspraken woondeal bewerken", terug="woondeals:woondeal"
        ),
    )


@bewerker_vereist
def afspraken_bewerken(request):
    """The agreed homes per year: one row per year of the woondeal (plus any stored year
    outside it, so it can be cleared)."""
    deal = _woondeal()
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
            services.woondealafspraken_opslaan(woondeal=deal, afspraken=rijen)
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
        _context(request, woondeal=deal, formset=formset),
        status=400 if request.method == "POST" else 200,
    )


@bewerker_vereist
@require_POST
def koopprijsgrens_opslaan(request):
    form = KoopprijsgrensForm(request.POST)
    if form.is_valid():
        try:
            grens = services.koopprijsgrens_opslaan(**form.cleaned_data)
        except ValidationError as exc:
            fouten_naar_formulier(form, exc)
        else:
            messages.success(request, f"De koopprijsgrens voor {grens.jaar} is opgeslagen.")
            return redirect("woondeals:woondeal")
    return render(
        request,
        "woondeals/formulier.html",
        _formulier_context(
            request, form, titel="Koopprijsgrens vastleggen", terug="woondeals:woondeal"
        ),
        status=400,
    )


def _formulier_context(request, form, *, titel, terug, terug_args=(), uitleg=""):
    return _context(
        request,
        form=form,
        titel=titel,
        terug_url=reverse(terug, args=terug_args),
        uitleg=uitleg,
    )


# --- projects ---------------------------------------------------------------------------------


@lezer_vereist
def projecten(request):
    filter_ = ProjectFilter(request.GET or None, queryset=Woningbouwproject.objects.all())
    qs = filter_.qs if filter_.is_bound and filter_.is_valid() else Woningbouwproject.objects.all()
    lijst = list(projecten_lijst(qs))
    context = _context(
        request,
        filter=filter_,
        projecten=lijst,
        totaal_woningen=sum(p.totaal for p in lijst),
        query=request.GET.urlencode(),
    )
    return render(request, "woondeals/projecten.html", context)


@lezer_vereist
def project(request, slug):
    obj = get_object_or_404(
        projecten_lijst().prefetch_related(
            Prefetch("realisaties", queryset=Realisatie.objects.order_by("jaar")),
            "subsidieaanvragen",
        ),
        slug=slug,
    )
    context = _context(
        request,
        project=obj,
        realisatie_form=RealisatieForm(initial={"jaar": timezone.localdate().year}),
    )
    return render(request, "woondeals/project.html", context)


def _project_form_opslaan(request, form, project=None):
    velden = dict(form.cleaned_data)
    totaal = velden.pop("totaal")
    try:
        if project is None:
            return services.project_create(
                opgegeven_totaal=totaal, woondeal=Woondeal.objects.first(), **velden
            )
        return services.project_update(project=project, opgegeven_totaal=totaal, **velden)
    except ValidationError as exc:
        fouten_naar_formulier(form, exc)
        return None


@bewerker_vereist
def project_nieuw(request):
    form = ProjectForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        obj = _project_form_opslaan(request, form)
        if obj:
            messages.success(request, f"Project '{obj.naam}' is toegevoegd.")
            return redirect(obj)
    return render(
        request,
        "woondeals/formulier.html",
        _formulier_context(
            request, form, titel="Nieuw woningbouwproject", terug="woondeals:projecten"
        ),
    )


@bewerker_vereist
def project_bewerken(request, slug):
    obj = get_object_or_404(Woningbouwproject, slug=slug)
    form = ProjectForm(request.POST or None, instance=obj)
    if request.method == "POST" and form.is_valid():
        if _project_form_opslaan(request, form, obj):
            messages.success(request, f"Project '{obj.naam}' is opgeslagen.")
            return redirect(obj)
        obj.refresh_from_db()
    return render(
        request,
        "woondeals/formulier.html",
        _formulier_context(
            request,
            form,
            titel=f"{obj.naam} bewerken",
            terug="woondeals:project",
            terug_args=(slug,),
        ),
    )


@bewerker_vereist
@require_POST
def realisatie_opslaan(request, slug):
    obj = get_object_or_404(projecten_lijst(), slug=slug)
    form = RealisatieForm(request.POST)
    if form.is_valid():
        try:
            r = services.realisatie_opslaan(project=obj, **form.cleaned_data)
        except ValidationError as exc:
            fouten_naar_formulier(form, exc)
        else:
            messages.success(request, f"De realisatie over {r.jaar} is opgeslagen.")
            return redirect(obj)
    obj = get_object_or_404(
        projecten_lijst().prefetch_related(
            Prefetch("realisaties", queryset=Realisatie.objects.order_by("jaar")),
            "subsidieaanvragen",
        ),
        slug=slug,
    )
    return render(
        request,
        "woondeals/project.html",
        _context(request, project=obj, realisatie_form=form),
        status=400,
    )


# --- figures ----------------------------------------------------------------------------------


@lezer_vereist
def cijfers(request):
    deal = _woondeal()
    p = _pijplijn_voor(deal)
    groepsoverzichten = [
        ("Per wijk", p.per_wijk, "wijk-kop", "Wijk"),
        ("Per gebiedsontwikkeling", p.per_gebied, "gebied-kop", "Gebiedsontwikkeling"),
    ]
    afspraken = afspraken_overzicht(deal, p)
    context = _context(
        request,
        woondeal=deal,
        cijfers=p,
        afspraken=afspraken,
        grafiek=grafiek_4100(p, afspraken),
        doelbalken=doelbalken(p),
        normbalken=normbalken(p),
        groepsoverzichten=groepsoverzichten,
    )
    return render(request, "woondeals/cijfers.html", context)


# --- import / export --------------------------------------------------------------------------


@lezer_vereist
def export(request, formaat):
    if formaat not in ("xlsx", "csv"):
        raise Http404("Kies export.xlsx of export.csv.")
    filter_ = ProjectFilter(request.GET or None, queryset=Woningbouwproject.objects.all())
    qs = filter_.qs if filter_.is_bound and filter_.is_valid() else Woningbouwproject.objects.all()
    rijen = uitwisseling.export_rijen(projecten_lijst(qs))
    datum = timezone.localdate().isoformat()
    if formaat == "xlsx":
        response = HttpResponse(
            uitwisseling.als_xlsx(rijen),
            content_type="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        )
    else:
        response = HttpResponse(uitwisseling.als_csv(rijen), content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = (
        f'attachment; filename="plancapaciteit-almelo-{datum}.{formaat}"'
    )
    return response


@bewerker_vereist
def importeren(request):
    form = ImportForm(request.POST or None, request.FILES or None)
    resultaat = None
    if request.method == "POST" and form.is_valid():
        bestand = form.cleaned_data["bestand"]
        resultaat = uitwisseling.projecten_importeren(naam=bestand.name, inhoud=bestand.read())
        if resultaat.gelukt:
            messages.success(
                request,
                f"Import gelukt: {resultaat.aangemaakt} projecten toegevoegd, "
                f"{resultaat.bijgewerkt} bijgewerkt.",
            )
            return redirect("woondeals:projecten")
    return render(
        request,
        "woondeals/import.html",
        _context(request, form=form, resultaat=resultaat, kolommen=uitwisseling.KOLOMMEN),
        status=400 if resultaat else 200,
    )


# --- area developments ------------------------------------------------------------------------


@lezer_vereist
def gebieden(request):
    return render(request, "woondeals/gebieden.html", _context(request, gebieden=gebieden_lijst()))


@lezer_vereist
def gebied(request, slug):
    obj = get_object_or_404(Gebiedsontwikkeling, slug=slug)
    context = _context(
        request,
        gebied=obj,
        mijlpalen=list(obj.mijlpalen.all()),
        rollen=obj.rollen.select_related("partner"),
        projecten=projecten_lijst(obj.projecten.all()),
        vandaag=timezone.localdate(),
        mijlpaal_form=MijlpaalForm(initial={"fase": obj.fase}),
        rol_form=GebiedsrolForm(),
    )
    for m in context["mijlpalen"]:
        m.te_laat = m.te_laat_op(context["vandaag"])
    return render(request, "woondeals/gebied.html", context)


@bewerker_vereist
def gebied_nieuw(request):
    form = GebiedForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        try:
            obj = services.gebied_create(**form.cleaned_data)
        except ValidationError as exc:
            fouten_naar_formulier(form, exc)
        else:
            messages.success(request, f"Gebiedsontwikkeling '{obj.naam}' is toegevoegd.")
            return redirect(obj)
    return render(
        request,
        "woondeals/formulier.html",
        _formulier_context(
            request, form, titel="Nieuwe gebiedsontwikkeling", terug="woondeals:gebieden"
        ),
    )


@bewerker_vereist
def gebied_bewerken(request, slug):
    obj = get_object_or_404(Gebiedsontwikkeling, slug=slug)
    form = GebiedForm(request.POST or None, instance=obj)
    if request.method == "POST" and form.is_valid():
        try:
            services.gebied_update(gebied=obj, **form.cleaned_data)
        except ValidationError as exc:
            fouten_naar_formulier(form, exc)
            obj.refresh_from_db()
        else:
            messages.success(request, "De gebiedsontwikkeling is opgeslagen.")
            return redirect(obj)
    return render(
        request,
        "woondeals/formulier.html",
        _formulier_context(
            request,
            form,
            titel=f"{obj.naam} bewerken",
            terug="woondeals:gebied",
            terug_args=(slug,),
        ),
    )


@bewerker_vereist
def mijlpaal_nieuw(request, slug):
    obj = get_object_or_404(Gebiedsontwikkeling, slug=slug)
    form = MijlpaalForm(request.POST or None, initial={"fase": obj.fase})
    if request.method == "POST" and form.is_valid():
        try:
            services.mijlpaal_create(gebied=obj, **form.cleaned_data)
        except ValidationError as exc:
            fouten_naar_formulier(form, exc)
        else:
            messages.success(request, "De mijlpaal is toegevoegd.")
            return redirect(obj)
    return render(
        request,
        "woondeals/formulier.html",
        _formulier_context(
            request,
            form,
            titel=f"Mijlpaal toevoegen aan {obj.naam}",
            terug="woondeals:gebied",
            terug_args=(slug,),
        ),
    )


@bewerker_vereist
def mijlpaal_bereikt(request, slug, pk):
    mijlpaal = get_object_or_404(Mijlpaal, pk=pk, gebiedsontwikkeling__slug=slug)
    form = MijlpaalBereiktForm(
        request.POST or None, initial={"werkelijke_datum": mijlpaal.werkelijke_datum}
    )
    if request.method == "POST" and form.is_valid():
        try:
            services.mijlpaal_bereikt(mijlpaal=mijlpaal, **form.cleaned_data)
        except ValidationError as exc:
            fouten_naar_formulier(form, exc)
        else:
            messages.success(request, f"Mijlpaal '{mijlpaal.naam}' is bijgewerkt.")
            return redirect(mijlpaal.gebiedsontwikkeling)
    return render(
        request,
        "woondeals/formulier.html",
        _formulier_context(
            request,
            form,
            titel=f"Mijlpaal '{mijlpaal.naam}' bereikt",
            terug="woondeals:gebied",
            terug_args=(slug,),
            uitleg=f"Gepland op {mijlpaal.geplande_datum:%d-%m-%Y}.",
        ),
    )


@bewerker_vereist
def rol_nieuw(request, slug):
    obj = get_object_or_404(Gebiedsontwikkeling, slug=slug)
    form = GebiedsrolForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        try:
            services.gebiedsrol_create(gebied=obj, **form.cleaned_data)
        except ValidationError as exc:
            fouten_naar_formulier(form, exc)
        else:
            messages.success(request, "De rol is toegevoegd.")
            return redirect(obj)
    return render(
        request,
        "woondeals/formulier.html",
        _formulier_context(
            request,
            form,
            titel=f"Rol toevoegen aan {obj.naam}",
            terug="woondeals:gebied",
            terug_args=(slug,),
        ),
    )


# --- subsidy applications ---------------------------------------------------------------------


@lezer_vereist
def subsidies(request):
    aanvragen = aanvragen_met_controle()
    return render(
        request,
        "woondeals/subsidies.html",
        _context(request, aanvragen=aanvragen, aantal_risico=sum(a.risico for a in aanvragen)),
    )


@lezer_vereist
def subsidie(request, pk):
    aanvragen = aanvragen_met_controle(Subsidieaanvraag.objects.filter(pk=pk))
    if not aanvragen:
        raise Http404
    return render(
        request,
        "woondeals/subsidie.html",
        _context(request, aanvraag=aanvragen[0], voorwaarde_form=VoorwaardeForm()),
    )


def _aanvraag_formulier(request, aanvraag=None):
    form = AanvraagForm(request.POST or None, instance=aanvraag)
    if request.method == "POST" and form.is_valid():
        try:
            obj = services.aanvraag_opslaan(aanvraag=aanvraag, **form.cleaned_data)
        except ValidationError as exc:
            fouten_naar_formulier(form, exc)
        else:
            messages.success(request, "De subsidieaanvraag is opgeslagen.")
            return redirect("woondeals:subsidie", pk=obj.pk)
    titel = f"{aanvraag.titel} bewerken" if aanvraag else "Nieuwe subsidieaanvraag"
    terug_args = (aanvraag.pk,) if aanvraag else ()
    return render(
        request,
        "woondeals/formulier.html",
        _formulier_context(
            request,
            form,
            titel=titel,
            terug="woondeals:subsidie" if aanvraag else "woondeals:subsidies",
            terug_args=terug_args,
        ),
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
    form = VoorwaardeForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        try:
            services.voorwaarde_create(aanvraag=aanvraag, **form.cleaned_data)
        except ValidationError as exc:
            fouten_naar_formulier(form, exc)
        else:
            messages.success(request, "De voorwaarde is toegevoegd.")
            return redirect("woondeals:subsidie", pk=pk)
    return render(
        request,
        "woondeals/formulier.html",
        _formulier_context(
            request,
            form,
            titel=f"Voorwaarde toevoegen aan {aanvraag.titel}",
            terug="woondeals:subsidie",
            terug_args=(pk,),
        ),
    )


@bewerker_vereist
@require_POST
def voorwaarde_verwijderen(request, pk, voorwaarde_pk):
    voorwaarde = get_object_or_404(SubsidieVoorwaarde, pk=voorwaarde_pk, aanvraag_id=pk)
    services.voorwaarde_delete(voorwaarde=voorwaarde)
    messages.success(request, "De voorwaarde is verwijderd.")
    return redirect("woondeals:subsidie", pk=pk)


# --- sub-tracks -------------------------------------------------------------------------------


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


@lezer_vereist
def deelspoor_detail(request, slug):
    deelspoor = _deelspoor(slug)
    mag = mag_deelspoor_bewerken(request.user, deelspoor)
    form = None
    status = 200
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
        status = 400
    elif mag:
        form = StatusupdateForm(initial=statusupdate_beginwaarden(deelspoor.updates))
    return render(
        request,
        "woondeals/deelspoor.html",
        {
            "deelspoor": deelspoor,
            "form": form,
            "mag_bewerken": mag,
            "historie": historie(deelspoor),
        },
        status=status,
    )
