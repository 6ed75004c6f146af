"""The guided page "Vervolgprogramma starten" (/dashboard/evaluatie/opvolger/): the programme
manager of a programme starts its successor and chooses what carries over. A thin view over
``evaluatie.opvolging``; only programme managers of the page's programme may use it."""

from django import forms
from django.core.exceptions import PermissionDenied
from django.shortcuts import render

from almelo_programma.kern.formulieren import formulier_status, formulier_verwerken, post_of_none
from almelo_programma.kern.rechten import GEEN_TOEGANG, PROGRAMMAMANAGER, heeft_rol, intern_vereist
from almelo_programma.programmakeuze import programma_reverse
from doelen.models import Programma

from . import opvolging

JAAR = {"min_value": 2000, "max_value": 2100}


class OpvolgerForm(forms.Form):
    """The new programme, what carries over, and per quantitative indicator its new figures.

    The fields of each indicator are named by ``opvolging.indicatorveld`` so the service's
    errors land next to them."""

    naam = forms.CharField(label="Naam", max_length=200)
    slug = forms.SlugField(
        label="Slug",
        max_length=200,
        help_text="Het eerste deel van de adressen van het nieuwe programma, bv. "
        "/stedelijke-ontwikkeling-2027-2030/. Kleine letters, cijfers en streepjes.",
    )
    startjaar = forms.IntegerField(label="Startjaar", **JAAR)
    eindjaar = forms.IntegerField(label="Eindjaar", **JAAR)
    missie = forms.CharField(label="Missie", widget=forms.Textarea(attrs={"rows": 5}))
    doelen = forms.BooleanField(label="Doelen", required=False)
    lijnen = forms.BooleanField(label="Activiteitenlijnen (met hun trekker)", required=False)
    activiteiten = forms.BooleanField(label="Activiteiten", required=False)
    woondeal = forms.BooleanField(label="Woondeal en deelsporen", required=False)
    rollen = forms.BooleanField(label="Rollen (wie wat doet in het programma)", required=False)

    def __init__(self, *args, indicatoren, **kwargs):
        super().__init__(*args, **kwargs)
        self.indicatoren = indicatoren
        for ind in indicatoren:
            self.fields[opvolging.indicatorveld(ind.pk, "mee")] = forms.BooleanField(
                label=f"Indicator {ind.nummer} overnemen", required=False
            )
            if not ind.is_kwantitatief:
                continue
            eenheid = f" ({ind.eenheid})" if ind.eenheid else ""
            velden = {
                "basiswaarde": forms.DecimalField(
                    label=f"Basiswaarde{eenheid}", required=False, max_digits=12,
                    decimal_places=2, localize=True,
                ),
                "basisjaar": forms.IntegerField(label="Basisjaar", required=False, **JAAR),
                "streefwaarde": forms.DecimalField(
                    label=f"Streefwaarde{eenheid}", required=False, max_digits=12,
                    decimal_places=2, localize=True,
                ),
                "streefjaar": forms.IntegerField(label="Streefjaar", required=False, **JAAR),
            }  # fmt: skip
            for naam, veld in velden.items():
                veld.voorwaardelijk = naam in ("streefwaarde", "streefjaar")
                self.fields[opvolging.indicatorveld(ind.pk, naam)] = veld

    def indicatorgroepen(self, laatste: dict):
        """Per indicator: the indicator, its latest measurement with a value, its checkbox and
        (quantitative) its figure fields."""
        groepen = []
        for ind in self.indicatoren:
            groepen.append(
                {
                    "indicator": ind,
                    "meting": laatste.get(ind.pk),
                    "mee": self[opvolging.indicatorveld(ind.pk, "mee")],
                    "velden": [
                        self[opvolging.indicatorveld(ind.pk, naam)]
                        for naam in ("basiswaarde", "basisjaar", "streefwaarde", "streefjaar")
                    ]
                    if ind.is_kwantitatief
                    else [],
                }
            )
        return groepen

    def keuzes(self) -> opvolging.Keuzes:
        data = self.cleaned_data
        gekozen = {}
        for ind in self.indicatoren:
            if not data.get(opvolging.indicatorveld(ind.pk, "mee")):
                continue
            gekozen[ind.pk] = opvolging.Meetkader(
                **{
                    naam: data.get(opvolging.indicatorveld(ind.pk, naam))
                    for naam in ("basiswaarde", "basisjaar", "streefwaarde", "streefjaar")
                }
            )
        return opvolging.Keuzes(
            doelen=data["doelen"],
            indicatoren=gekozen,
            lijnen=data["lijnen"],
            activiteiten=data["activiteiten"],
            woondeal=data["woondeal"],
            rollen=data["rollen"],
        )


def _beginwaarden(vorig: Programma, indicatoren, laatste: dict) -> dict:
    start, eind = opvolging.standaardperiode(vorig)
    initial = {
        "naam": f"{vorig.naam} {start}–{eind}",
        "slug": f"{vorig.slug}-{start}-{eind}",
        "startjaar": start,
        "eindjaar": eind,
        "missie": vorig.missie,
        **dict.fromkeys(("doelen", "lijnen", "activiteiten", "woondeal", "rollen"), True),
    }
    for ind in indicatoren:
        initial[opvolging.indicatorveld(ind.pk, "mee")] = True
        if not ind.is_kwantitatief:
            continue
        meting = laatste.get(ind.pk)
        initial[opvolging.indicatorveld(ind.pk, "basiswaarde")] = (
            meting.waarde if meting else ind.basiswaarde
        )
        initial[opvolging.indicatorveld(ind.pk, "basisjaar")] = (
            meting.datum.year if meting else ind.basisjaar
        )
        initial[opvolging.indicatorveld(ind.pk, "streefwaarde")] = ind.streefwaarde
        initial[opvolging.indicatorveld(ind.pk, "streefjaar")] = eind
    return initial


@intern_vereist
def opvolger(request):
    vorig = request.programma
    if not vorig or not heeft_rol(request.user, PROGRAMMAMANAGER, programma=vorig):
        raise PermissionDenied(GEEN_TOEGANG)
    indicatoren = opvolging.oude_indicatoren(vorig)
    laatste = opvolging.laatste_metingen(indicatoren)
    form = OpvolgerForm(
        post_of_none(request),
        initial=_beginwaarden(vorig, indicatoren, laatste),
        indicatoren=indicatoren,
    )

    def opslaan(data):
        return opvolging.programma_voortzetten(
            vorig=vorig,
            naam=data["naam"],
            slug=data["slug"],
            startjaar=data["startjaar"],
            eindjaar=data["eindjaar"],
            missie=data["missie"],
            keuzes=form.keuzes(),
            door=request.user,
        )

    antwoord = formulier_verwerken(
        request,
        form,
        opslaan,
        melding=lambda p: (
            f"Het vervolgprogramma “{p.naam}” ({p.periode}) is gestart. "
            f"U bent programmamanager van het nieuwe programma."
        ),
        doorsturen=lambda p: programma_reverse(p, "dashboard:dashboard"),
    )
    if antwoord:
        return antwoord
    context = {
        "vorig": vorig,
        "form": form,
        "groepen": form.indicatorgroepen(laatste),
        "aantal_activiteiten": len(opvolging.onafgeronde_activiteiten(vorig)),
        "woondeal": opvolging.oude_woondeal(vorig),
    }
    return render(request, "evaluatie/opvolger.html", context, status=formulier_status(form))
