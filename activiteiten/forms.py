"""Thin forms of the werkruimte; the services validate and write."""

from django import forms
from django.contrib.auth import get_user_model
from django.utils import timezone

from almelo_programma.kern.rechten import LIJNTREKKER, PROGRAMMAMANAGER
from almelo_programma.kern.uitwisseling import upload_valideren

from .constants import VOORTGANG_FOUTEN, Status


class StatusupdateForm(forms.Form):
    """One short form for an activity's or a sub-track's status update."""

    status = forms.ChoiceField(label="Status", choices=Status.choices)
    voortgang = forms.IntegerField(
        label="Voortgang (%)",
        min_value=0,
        max_value=100,
        help_text="Percentage gereed, 0 tot en met 100.",
        error_messages=VOORTGANG_FOUTEN,
    )
    toelichting = forms.CharField(
        label="Toelichting",
        required=False,
        widget=forms.Textarea(attrs={"rows": 4}),
        help_text="Verplicht bij 'aandacht nodig', 'vertraagd' en 'gestopt'.",
    )
    rapportagedatum = forms.DateField(
        label="Rapportagedatum",
        widget=forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d"),
    )
    gepubliceerd = forms.BooleanField(
        label="Publiceren op de openbare voortgangspagina", required=False
    )

    besluit = forms.ModelChoiceField(
        label="Naar aanleiding van besluit (optioneel)",
        queryset=None,
        required=False,
        empty_label="Geen besluit",
        help_text="Een besluit, motie of toezegging bij deze activiteit of haar lijn.",
    )

    def __init__(self, *args, besluiten=None, **kwargs):
        """``besluiten``: the decisions the update may name (an activity's form); without it
        the form has no decision field (a sub-track's form)."""
        kwargs.setdefault("initial", {})
        kwargs["initial"].setdefault("rapportagedatum", timezone.localdate())
        super().__init__(*args, **kwargs)
        if besluiten is None:
            del self.fields["besluit"]
        else:
            self.fields["besluit"].queryset = besluiten
            self.fields["besluit"].label_from_instance = lambda b: (
                f"{b.get_soort_display()} {b.kenmerk}: {b.titel}"
            )


def trekker_keuzes():
    return (
        get_user_model()
        .objects.filter(groups__name__in=[PROGRAMMAMANAGER, LIJNTREKKER], is_active=True)
        .distinct()
        .order_by("first_name", "last_name", "username")
    )


class TrekkerChoiceField(forms.ModelChoiceField):
    def label_from_instance(self, obj):
        return obj.get_full_name() or obj.get_username()


class ActiviteitForm(forms.Form):
    """Edit an activity; ``versie`` and ``geladen`` carry what the editor started from."""

    titel = forms.CharField(label="Titel", max_length=300)
    omschrijving = forms.CharField(
        label="Omschrijving", required=False, widget=forms.Textarea(attrs={"rows": 5})
    )
    geplande_start = forms.DateField(
        label="Geplande start",
        required=False,
        widget=forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d"),
    )
    geplande_eind = forms.DateField(
        label="Gepland einde",
        required=False,
        widget=forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d"),
    )
    trekker = TrekkerChoiceField(
        label="Trekker", queryset=None, required=False, empty_label="Geen trekker"
    )
    versie = forms.IntegerField(widget=forms.HiddenInput)
    geladen = forms.IntegerField(widget=forms.HiddenInput, required=False)

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["trekker"].queryset = trekker_keuzes()


class DoorzettenForm(forms.Form):
    van_jaar = forms.TypedChoiceField(label="Activiteiten van jaar", coerce=int, choices=[])

    def __init__(self, *args, jaren=(), **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["van_jaar"].choices = [(j, f"{j} → {j + 1}") for j in jaren]


class ImportForm(forms.Form):
    bestand = forms.FileField(
        label="Ingevuld Excel-bestand (.xlsx)",
        help_text="Het bijwerkblad dat u hier heeft gedownload, met de kolommen ingevuld.",
    )

    def clean_bestand(self):
        bestand = self.cleaned_data["bestand"]
        if not bestand.name.lower().endswith(".xlsx"):
            raise forms.ValidationError("Kies een Excel-bestand (.xlsx).")
        return upload_valideren(bestand)


def statusupdate_beginwaarden(updates) -> dict:
    """Start the update form from the latest update: a period's update is then a small change."""
    if not updates:
        return {}
    return {"status": updates[0].status, "voortgang": updates[0].voortgang}
