"""The end evaluation's pages: thin views over ``selectors`` and ``services``.

Internal (/dashboard/evaluatie/, and /<programma-slug>/dashboard/evaluatie/): the evaluation of
the page's programme (``request.programma``). Every internal user of that programme reads it;
its programme manager writes the texts, corrects verdicts (with a reason) and moves it through
the workflow. A goal, line or indicator of another programme is not part of it (404). The
public page of a vastgestelde evaluation is in ``publiek`` (cached like the other public pages).
"""

from django.contrib import messages
from django.core.exceptions import PermissionDenied, ValidationError
from django.http import Http404, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.views.decorators.http import require_POST

from activiteiten.models import Activiteitenlijn
from almelo_programma.kern.formulieren import (
    formulier_status,
    formulier_verwerken,
    fouten_naar_formulier,
    post_of_none,
)
from almelo_programma.kern.programmas import controleer_schrijfbaar
from almelo_programma.kern.rechten import GEEN_TOEGANG, PROGRAMMAMANAGER, heeft_rol, intern_vereist
from doelen.models import Doel, Effectindicator

from . import selectors, services
from .constants import EvaluatieStatus
from .forms import OnderdeelForm, OordeelForm, StatusForm, TekstenForm
from .models import Eindevaluatie
from .uitwisseling import evaluatie_pdf, evaluatie_xlsx, pdf_antwoord

XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"


def mag_bewerken(user) -> bool:
    return heeft_rol(user, PROGRAMMAMANAGER)


def _evaluatie(request) -> Eindevaluatie:
    """The evaluation of the page's programme (not yet stored when nobody wrote it yet)."""
    programma = request.programma
    if not programma:  # a lazy programme of nothing is false
        raise Http404("Er is nog geen programma geladen.")
    return selectors.evaluatie_get(programma) or Eindevaluatie(programma=programma)


def _bewerkbaar(request) -> Eindevaluatie:
    """The evaluation for a write: only the programme manager. Not yet stored when nobody wrote
    it yet (a GET of a form writes nothing; ``_bewaard`` stores it when a form is saved)."""
    if not mag_bewerken(request.user):
        raise PermissionDenied(GEEN_TOEGANG)
    evaluatie = _evaluatie(request)
    controleer_schrijfbaar(evaluatie.programma)  # an archived programme is read-only
    return evaluatie


def _bewaard(evaluatie: Eindevaluatie) -> Eindevaluatie:
    return evaluatie if evaluatie.pk else services.eindevaluatie_get_or_create(evaluatie.programma)


def _bevroren(request, evaluatie):
    """The refusal of a write on a vastgestelde evaluation: back to the page, with the reason."""
    messages.error(request, services.BEVROREN)
    return redirect("evaluatie:evaluatie")


@intern_vereist
def evaluatie(request):
    ev = _evaluatie(request)
    context = {
        "evaluatie": ev,
        "w": selectors.evaluatie_weergave(ev, openbaar=False),
        "intern": True,
        "mag_bewerken": mag_bewerken(request.user) and not ev.is_vastgesteld,
        "historie": selectors.statushistorie(ev) if ev.pk else [],
        "statusform": StatusForm(initial={"naar": EvaluatieStatus.VASTGESTELD}),
    }
    return render(request, "evaluatie/evaluatie.html", context)


def _formulier(request, ev, form, opslaan, *, titel: str, terug: str, toelichting: str = ""):
    if ev.is_vastgesteld:
        return _bevroren(request, ev)
    antwoord = formulier_verwerken(
        request, form, opslaan, melding="De eindevaluatie is bijgewerkt.", doorsturen=terug
    )
    if antwoord:
        return antwoord
    context = {"form": form, "titel": titel, "terug": terug, "toelichting": toelichting}
    return render(request, "evaluatie/formulier.html", context, status=formulier_status(form))


@intern_vereist
def teksten(request):
    ev = _bewerkbaar(request)
    initial = {veld: getattr(ev, veld) for veld in services.TEKSTVELDEN}
    form = TekstenForm(post_of_none(request), initial=initial)
    return _formulier(
        request, ev, form,
        lambda data: services.eindevaluatie_update(_bewaard(ev), door=request.user, **data),
        titel="Conclusies en lessen van het programma",
        terug=reverse("evaluatie:evaluatie") + "#teksten-kop",
    )  # fmt: skip


def _onderdeel(request, ev, *, doel=None, lijn=None, naam: str, anker: str):
    bestaand = ev.onderdelen.filter(doel=doel, lijn=lijn).first() if ev.pk else None
    initial = {"conclusie": bestaand.conclusie, "lessen": bestaand.lessen} if bestaand else {}
    form = OnderdeelForm(post_of_none(request), initial=initial)
    return _formulier(
        request, ev, form,
        lambda data: services.onderdeelconclusie_update(
            _bewaard(ev), doel=doel, lijn=lijn, door=request.user, **data
        ),
        titel=f"Conclusie en lessen: {naam}",
        terug=reverse("evaluatie:evaluatie") + f"#{anker}",
    )  # fmt: skip


@intern_vereist
def doel_onderdeel(request, code):
    ev = _bewerkbaar(request)
    doel = get_object_or_404(Doel, programma=ev.programma, code=code)
    naam = f"doel {doel.code} {doel.titel}"
    return _onderdeel(request, ev, doel=doel, naam=naam, anker=f"doel-{doel.code}")


@intern_vereist
def lijn_onderdeel(request, slug):
    ev = _bewerkbaar(request)
    lijn = get_object_or_404(Activiteitenlijn, doel__programma=ev.programma, slug=slug)
    naam = f"lijn {lijn.code} {lijn.naam}"
    return _onderdeel(request, ev, lijn=lijn, naam=naam, anker=f"lijn-{lijn.code}")


@intern_vereist
def oordeel(request, slug):
    ev = _bewerkbaar(request)
    indicator = get_object_or_404(Effectindicator, doel__programma=ev.programma, slug=slug)
    bestaand = ev.correcties.filter(indicator=indicator).first() if ev.pk else None
    initial = {"oordeel": bestaand.oordeel, "reden": bestaand.reden} if bestaand else {}
    form = OordeelForm(post_of_none(request), initial=initial)
    berekend = next(
        i for i in selectors.inhoud(ev, openbaar=False)["indicatoren"] if i["slug"] == slug
    )
    return _formulier(
        request, ev, form,
        lambda data: services.oordeel_corrigeren(
            _bewaard(ev), indicator=indicator, door=request.user, **data
        ),
        titel=f"Oordeel over effect {indicator.nummer}",
        terug=reverse("evaluatie:evaluatie") + f"#effect-{indicator.nummer}",
        toelichting=(
            f"{indicator.tekst} Berekend oordeel: {berekend['berekend_label'].lower()}. "
            f"{berekend['uitleg']}"
        ),
    )  # fmt: skip


@require_POST
@intern_vereist
def status(request):
    ev = _bewaard(_bewerkbaar(request))
    if ev.is_vastgesteld:
        return _bevroren(request, ev)
    form = StatusForm(request.POST)
    if form.is_valid():
        try:
            ev = services.status_wijzigen(ev, door=request.user, **form.cleaned_data)
        except ValidationError as exc:
            fouten_naar_formulier(form, exc)
        else:
            messages.success(request, f"De eindevaluatie is nu “{ev.get_status_display()}”.")
            return redirect("evaluatie:evaluatie")
    context = {
        "evaluatie": ev,
        "w": selectors.evaluatie_weergave(ev, openbaar=False),
        "intern": True,
        "mag_bewerken": True,
        "historie": selectors.statushistorie(ev),
        "statusform": form,
    }
    return render(request, "evaluatie/evaluatie.html", context, status=400)


@intern_vereist
def pdf(request):
    ev = _evaluatie(request)
    w = selectors.evaluatie_weergave(ev, openbaar=False)
    return pdf_antwoord(evaluatie_pdf(ev, w, openbaar=False))


@intern_vereist
def xlsx(request):
    ev = _evaluatie(request)
    inhoud = evaluatie_xlsx(selectors.evaluatie_weergave(ev, openbaar=False), ev)
    antwoord = HttpResponse(inhoud, content_type=XLSX)
    antwoord["Content-Disposition"] = 'attachment; filename="eindevaluatie.xlsx"'
    return antwoord
