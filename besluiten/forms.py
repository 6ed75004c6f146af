"""The decision form: the service's whitelist of fields without ``herkomst`` (demo data is only
made by the demo loader)."""

from django import forms
from django.contrib.auth import get_user_model

from activiteiten.models import Activiteit
from almelo_programma.kern.programmas import van_programma
from almelo_programma.kern.rechten import BESTUURDER, LIJNTREKKER, PROGRAMMAMANAGER

from .models import Besluit
from .services import VELDEN

FORMULIER_VELDEN = [v for v in VELDEN if v != "herkomst"]


class DatumInput(forms.DateInput):
    input_type = "date"

    def __init__(self, attrs=None):
        super().__init__(attrs=attrs, format="%Y-%m-%d")


class BesluitForm(forms.ModelForm):
    class Meta:
        model = Besluit
        fields = FORMULIER_VELDEN
        widgets = {
            "datum": DatumInput(),
            "termijn": DatumInput(),
            "afdoeningsdatum": DatumInput(),
            "samenvatting": forms.Textarea(attrs={"rows": 4}),
            "wijze_van_afdoening": forms.Textarea(attrs={"rows": 3}),
            "doelen": forms.CheckboxSelectMultiple(),
            "lijnen": forms.CheckboxSelectMultiple(),
            "indicatoren": forms.CheckboxSelectMultiple(),
            "woondeals": forms.CheckboxSelectMultiple(),
            "deelsporen": forms.CheckboxSelectMultiple(),
        }

    def __init__(self, *args, programma=None, **kwargs):
        """``programma``: the decision's programme; its goals, lines, activities, indicators,
        woondeal and sub-tracks are the ones to link (projects and subsidies are shared)."""
        super().__init__(*args, **kwargs)
        # the owner is an alderman or an official with an internal role
        self.fields["eigenaar"].queryset = (
            get_user_model()
            .objects.filter(groups__name__in=(PROGRAMMAMANAGER, LIJNTREKKER, BESTUURDER))
            .distinct()
            .order_by("first_name", "last_name", "username")
        )
        self.fields["eigenaar"].label_from_instance = lambda u: u.get_full_name() or u.username
        self.fields["activiteiten"].queryset = Activiteit.objects.select_related("lijn").order_by(
            "lijn__code", "jaar", "titel"
        )
        self.fields["activiteiten"].label_from_instance = lambda a: (
            f"{a.lijn.code} {a.jaar}: {a.titel}"
        )
        for veld in ("doelen", "lijnen", "activiteiten", "indicatoren", "woondeals", "deelsporen"):
            keuze = self.fields[veld]
            keuze.queryset = van_programma(keuze.queryset, programma)
        for veld in ("activiteiten", "projecten", "subsidieaanvragen"):
            self.fields[veld].widget.attrs["size"] = 8
            self.fields[veld].help_text = "Houd Ctrl (of Cmd) ingedrukt om er meer te kiezen."


class ImportForm(forms.Form):
    bestand = forms.FileField(
        label="Besluitenlijst (.xlsx of .csv)",
        help_text="Eén besluit per rij, met de kolommen van de Excel-export.",
    )
