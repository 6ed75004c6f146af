"""The housing pipeline: the project list, a project with its realisations, the figures page,
and the import and export of the project list."""

from django.conf import settings
from django.contrib import messages
from django.db.models import Prefetch
from django.http import Http404, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils import timezone
from django.views.decorators.http import require_POST

from almelo_programma.kern.csvbestand import csv_response
from almelo_programma.kern.formulieren import formulier_verwerken, post_of_none
from almelo_programma.kern.importtaken import importtaak_starten, importtaak_verlopen
from almelo_programma.kern.uitwisseling import rijen_tellen

from .. import services, tasks, uitwisseling
from ..forms import ImportForm, ProjectFilter, ProjectForm, RealisatieForm
from ..grafieken import doelbalken, grafiek_4100, normbalken
from ..models import Projectimport, Realisatie, Woningbouwproject, Woondeal
from ..rechten import bewerker_vereist, lezer_vereist
from ..selectors import afspraak_list, project_list
from .basis import formulierpagina, pagina_context, pijplijn_voor, woondeal_of_404


def _gefilterde_projecten(request):
    """The project filter of ``?…`` and the projects it lets through (all on a bad filter)."""
    filter_ = ProjectFilter(request.GET or None, queryset=Woningbouwproject.objects.all())
    qs = filter_.qs if filter_.is_bound and filter_.is_valid() else Woningbouwproject.objects.all()
    return filter_, project_list(qs)


@lezer_vereist
def projecten(request):
    filter_, qs = _gefilterde_projecten(request)
    lijst = list(qs)
    context = pagina_context(
        request,
        filter=filter_,
        projecten=lijst,
        totaal_woningen=sum(p.totaal for p in lijst),
        query=request.GET.urlencode(),
    )
    return render(request, "woondeals/projecten.html", context)


def _project(slug):
    return get_object_or_404(
        project_list().prefetch_related(
            Prefetch("realisaties", queryset=Realisatie.objects.order_by("jaar")),
            "subsidieaanvragen",
        ),
        slug=slug,
    )


@lezer_vereist
def project(request, slug):
    context = pagina_context(
        request,
        project=_project(slug),
        realisatie_form=RealisatieForm(initial={"jaar": timezone.localdate().year}),
    )
    return render(request, "woondeals/project.html", context)


def _project_opslaan(project=None):
    """What the project form's data goes through: a new project joins the woondeal; the
    form's ``totaal`` is the check total the service compares the segments with."""

    def opslaan(data):
        velden = dict(data)
        totaal = velden.pop("totaal")
        if project is None:
            return services.project_create(
                opgegeven_totaal=totaal, woondeal=Woondeal.objects.first(), **velden
            )
        return services.project_update(project=project, opgegeven_totaal=totaal, **velden)

    return opslaan


@bewerker_vereist
def project_nieuw(request):
    return formulierpagina(
        request,
        ProjectForm(post_of_none(request)),
        _project_opslaan(),
        melding=lambda obj: f"Project '{obj.naam}' is toegevoegd.",
        doorsturen=lambda obj: obj,
        titel="Nieuw woningbouwproject",
        terug="woondeals:projecten",
    )


@bewerker_vereist
def project_bewerken(request, slug):
    obj = get_object_or_404(Woningbouwproject, slug=slug)
    return formulierpagina(
        request,
        ProjectForm(post_of_none(request), instance=obj),
        _project_opslaan(obj),
        melding=lambda obj: f"Project '{obj.naam}' is opgeslagen.",
        doorsturen=obj,
        titel=f"{obj.naam} bewerken",
        terug="woondeals:project",
        terug_args=(slug,),
    )


@bewerker_vereist
@require_POST
def realisatie_opslaan(request, slug):
    obj = get_object_or_404(project_list(), slug=slug)
    form = RealisatieForm(request.POST)
    antwoord = formulier_verwerken(
        request,
        form,
        lambda data: services.realisatie_update(project=obj, **data),
        melding=lambda r: f"De realisatie over {r.jaar} is opgeslagen.",
        doorsturen=obj,
    )
    if antwoord:
        return antwoord
    return render(
        request,
        "woondeals/project.html",
        pagina_context(request, project=_project(slug), realisatie_form=form),
        status=400,
    )


@lezer_vereist
def cijfers(request):
    deal = woondeal_of_404(request.programma)
    p = pijplijn_voor(deal)
    groepsoverzichten = [
        ("Per wijk", p.per_wijk, "wijk-kop", "Wijk"),
        ("Per gebiedsontwikkeling", p.per_gebied, "gebied-kop", "Gebiedsontwikkeling"),
    ]
    afspraken = afspraak_list(deal, p)
    context = pagina_context(
        request,
        woondeal=deal,
        cijfers=p,
        afspraken=afspraken,
        grafiek=grafiek_4100(p, afspraken),
        doelbalken=doelbalken(p),
        normbalken=normbalken(p),
        groepsoverzichten=groepsoverzichten,
        woningbouw_demo=p.is_demo,
    )
    return render(request, "woondeals/cijfers.html", context)


# --- import / export --------------------------------------------------------------------------


@lezer_vereist
def export(request, formaat):
    if formaat not in ("xlsx", "csv"):
        raise Http404("Kies export.xlsx of export.csv.")
    rijen = uitwisseling.export_rijen(_gefilterde_projecten(request)[1])
    datum = timezone.localdate().isoformat()
    if formaat == "csv":  # Dutch Excel by default, ?formaat=rfc4180 for commas
        return csv_response(request, f"plancapaciteit-almelo-{datum}.csv", rijen)
    response = HttpResponse(
        uitwisseling.als_xlsx(rijen),
        content_type="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    )
    response["Content-Disposition"] = f'attachment; filename="plancapaciteit-almelo-{datum}.xlsx"'
    return response


@bewerker_vereist
def importeren(request):
    form = ImportForm(request.POST or None, request.FILES or None)
    resultaat = None
    if request.method == "POST" and form.is_valid():
        bestand = form.cleaned_data["bestand"]
        rijen = rijen_tellen(bestand, is_xlsx=bestand.name.lower().endswith(".xlsx"))
        if rijen is not None and rijen > settings.IMPORT_ACHTERGROND_RIJEN:
            taak = Projectimport.objects.create(
                bestandsnaam=bestand.name[:255],
                inhoud=bestand.read(),
                rijen=rijen,
                aangevraagd_door=request.user,
            )
            importtaak_starten(taak, tasks.projecten_importeren)
            return redirect(taak)
        resultaat = uitwisseling.projecten_importeren(naam=bestand.name, inhoud=bestand.read())
        if resultaat.gelukt:
            messages.success(request, uitwisseling.samenvatting(resultaat))
            return redirect("woondeals:projecten")
    return render(
        request,
        "woondeals/import.html",
        pagina_context(request, form=form, resultaat=resultaat, kolommen=uitwisseling.KOLOMMEN),
        status=400 if resultaat or form.errors else 200,
    )


@bewerker_vereist
def import_status(request, uuid):
    """How far the background import of a large project list is (the requester's own only)."""
    taak = importtaak_verlopen(
        get_object_or_404(Projectimport, uuid=uuid, aangevraagd_door=request.user)
    )
    return render(request, "woondeals/import_status.html", pagina_context(request, taak=taak))
