"""Thin forms: field types and widgets only. The rules live in ``services.py``."""

import json

import django_filters
from django import forms

from almelo_programma.kern.uitwisseling import upload_valideren
from netwerk.models import Partner

from .constants import Planstatus, ProjectFase
from .models import (
    Gebiedsontwikkeling,
    Gebiedsrol,
    Mijlpaal,
    Subsidieaanvraag,
    SubsidieVoorwaarde,
    Woningbouwproject,
    Woondeal,
)


class DatumInput(forms.DateInput):
    input_type = "date"

    def __init__(self, **kwargs):
        super().__init__(format="%Y-%m-%d", **kwargs)


class ProjectForm(forms.ModelForm):
    totaal = forms.IntegerField(
        label="Totaal aantal woningen (controle)",
        required=False,
        min_value=0,
        help_text="Optioneel. Vult u een totaal in, dan moeten de segmenten daar precies op "
        "uitkomen.",
    )

    class Meta:
        model = Woningbouwproject
        fields = [
            "naam",
            "wijk",
            "gebiedsontwikkeling",
            "ontwikkelaar",
            "planstatus",
            "fase",
            "verwacht_startjaar",
            "verwacht_opleverjaar",
            "sociale_huur",
            "middenhuur",
            "betaalbare_koop",
            "vrije_sector",
            "breedtegraad",
            "lengtegraad",
            "gepubliceerd",
        ]
        help_texts = {
            "gepubliceerd": "Gepubliceerde projecten staan op de openbare pagina.",
            "verwacht_startjaar": "Verplicht bij harde plancapaciteit.",
            "verwacht_opleverjaar": "Verplicht bij harde plancapaciteit.",
        }

    field_order = [
        "naam",
        "wijk",
        "gebiedsontwikkeling",
        "ontwikkelaar",
        "planstatus",
        "fase",
        "verwacht_startjaar",
        "verwacht_opleverjaar",
        "sociale_huur",
        "middenhuur",
        "betaalbare_koop",
        "vrije_sector",
        "totaal",
        "breedtegraad",
        "lengtegraad",
        "gepubliceerd",
    ]

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["gebiedsontwikkeling"].empty_label = "Geen (losstaand project)"
        self.fields["ontwikkelaar"].empty_label = "Onbekend"

    def _post_clean(self):
        # Model validation happens once, in the service (see views).
        pass


class RealisatieForm(forms.Form):
    jaar = forms.IntegerField(label="Jaar")
    gestart = forms.IntegerField(label="Woningen in aanbouw genomen", min_value=0, initial=0)
    opgeleverd = forms.IntegerField(label="Woningen opgeleverd", min_value=0, initial=0)


class WoondealForm(forms.ModelForm):
    class Meta:
        model = Woondeal
        fields = [
            "regio",
            "doel_woningen",
            "eindjaar",
            "aandeel_sociale_huur",
            "aandeel_betaalbaar",
            "normen_bron",
            "toelichting",
        ]
        help_texts = {
            "regio": "Keuze van het programmateam: het programmaplan noemt geen regio.",
            "aandeel_sociale_huur": "Keuze van het programmateam, zie de bron van de normen.",
            "aandeel_betaalbaar": "Keuze van het programmateam, zie de bron van de normen.",
        }

    def _post_clean(self):
        pass


class KoopprijsgrensForm(forms.Form):
    jaar = forms.IntegerField(label="Jaar")
    bedrag = forms.DecimalField(label="Koopprijsgrens (€)", min_value=1, decimal_places=0)
    toelichting = forms.CharField(label="Toelichting", required=False, max_length=300)


class AfspraakForm(forms.Form):
    """One year's agreed number; the year is fixed by the row (see ``AfspraakFormSet``)."""

    jaar = forms.IntegerField(widget=forms.HiddenInput)
    woningen = forms.IntegerField(
        label="Afgesproken woningen",
        required=False,
        help_text="Leeg: voor dit jaar is niets afgesproken.",
        error_messages={"invalid": "Vul een aantal woningen in als geheel getal, zoals 450."},
    )
    toelichting = forms.CharField(label="Toelichting", required=False, max_length=300)


AfspraakFormSet = forms.formset_factory(
    AfspraakForm, extra=0, max_num=80, validate_max=True, absolute_max=80
)


class GebiedForm(forms.ModelForm):
    contour = forms.CharField(
        label="Contour (GeoJSON)",
        required=False,
        widget=forms.Textarea(attrs={"rows": 4, "spellcheck": "false"}),
        help_text="Een GeoJSON Polygon in WGS84 (of een Feature met één Polygon), buitenrand "
        "tegen de klok in. Leeg: geen contour.",
    )
    contour_bestand = forms.FileField(
        label="Of importeer de contour uit een GeoJSON-bestand",
        required=False,
        help_text="Een .geojson- of .json-bestand met één Polygon; vervangt het veld hierboven.",
    )

    class Meta:
        model = Gebiedsontwikkeling
        fields = ["naam", "wijk", "fase", "omschrijving"]

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if self.instance.contour and not self.is_bound:
            self.initial["contour"] = json.dumps(self.instance.contour)

    def clean(self):
        data = super().clean()
        bestand = data.pop("contour_bestand", None)
        tekst = data.get("contour") or ""
        if bestand:
            try:
                tekst = bestand.read().decode("utf-8-sig")
            except UnicodeDecodeError:
                self.add_error("contour_bestand", "Het bestand is geen UTF-8-tekst (GeoJSON).")
                return data
        veld = "contour_bestand" if bestand else "contour"
        try:
            data["contour"] = json.loads(tekst) if tekst.strip() else None
        except ValueError:
            data.pop("contour", None)
            self.add_error(veld, "Dit is geen geldige GeoJSON (JSON kan niet gelezen worden).")
        return data

    def _post_clean(self):
        pass


class MijlpaalForm(forms.ModelForm):
    class Meta:
        model = Mijlpaal
        fields = ["naam", "fase", "geplande_datum", "werkelijke_datum", "toelichting"]
        widgets = {
            "geplande_datum": DatumInput(),
            "werkelijke_datum": DatumInput(),
            "toelichting": forms.Textarea(attrs={"rows": 2}),
        }

    def _post_clean(self):
        pass


class MijlpaalBereiktForm(forms.Form):
    werkelijke_datum = forms.DateField(
        label="Werkelijke datum",
        required=False,
        widget=DatumInput(),
        help_text="Leeg: nog niet bereikt.",
    )


class GebiedsrolForm(forms.ModelForm):
    partner = forms.ModelChoiceField(
        label="Organisatie", queryset=Partner.objects.order_by("naam"), required=False
    )

    class Meta:
        model = Gebiedsrol
        fields = ["rol", "partner", "persoon", "toelichting"]
        help_texts = {"persoon": "Of een organisatie, of een persoon (naam blijft intern)."}

    def _post_clean(self):
        pass


class AanvraagForm(forms.ModelForm):
    class Meta:
        model = Subsidieaanvraag
        fields = [
            "regeling",
            "titel",
            "status",
            "aangevraagd_bedrag",
            "toegekend_bedrag",
            "ingediend_op",
            "besluit_op",
            "projecten",
        ]
        widgets = {
            "ingediend_op": DatumInput(),
            "besluit_op": DatumInput(),
            "projecten": forms.SelectMultiple(attrs={"size": 10}),
        }
        help_texts = {"projecten": "Houd Ctrl (of Cmd) ingedrukt om meer projecten te kiezen."}

    def _post_clean(self):
        pass


class VoorwaardeForm(forms.ModelForm):
    class Meta:
        model = SubsidieVoorwaarde
        fields = ["soort", "waarde", "datum", "toelichting"]
        widgets = {"datum": DatumInput()}

    def _post_clean(self):
        pass


class ImportForm(forms.Form):
    bestand = forms.FileField(
        label="Projectenlijst (.xlsx of .csv)",
        help_text="In de kolomindeling van de export; zie de toelichting hieronder.",
    )

    def clean_bestand(self):
        return upload_valideren(self.cleaned_data["bestand"])


def _wijk_keuzes():
    wijken = (
        Woningbouwproject.objects.exclude(wijk="")
        .order_by("wijk")
        .values_list("wijk", flat=True)
        .distinct()
    )
    return [(w, w) for w in wijken]


class ProjectFilter(django_filters.FilterSet):
    q = django_filters.CharFilter(field_name="naam", lookup_expr="icontains", label="Zoek op naam")
    wijk = django_filters.ChoiceFilter(
        choices=_wijk_keuzes, label="Wijk", empty_label="Alle wijken"
    )
    planstatus = django_filters.ChoiceFilter(
        choices=Planstatus.choices, label="Planstatus", empty_label="Hard en zacht"
    )
    fase = django_filters.ChoiceFilter(
        choices=ProjectFase.choices, label="Fase", empty_label="Alle fasen"
    )
    gebiedsontwikkeling = django_filters.ModelChoiceFilter(
        queryset=Gebiedsontwikkeling.objects.order_by("naam"),
        label="Gebiedsontwikkeling",
        empty_label="Alle gebieden",
    )
    ontwikkelaar = django_filters.ModelChoiceFilter(
        queryset=Partner.objects.filter(woningbouwprojecten__isnull=False)
        .distinct()
        .order_by("naam"),
        label="Corporatie of ontwikkelaar",
        empty_label="Alle partijen",
    )

    class Meta:
        model = Woningbouwproject
        fields = ["q", "wijk", "planstatus", "fase", "gebiedsontwikkeling", "ontwikkelaar"]


SEGMENT_KEUZES = [
    ("sociale_huur", "Sociale huur"),
    ("middenhuur", "Middenhuur"),
    ("betaalbare_koop", "Betaalbare koop"),
    ("vrije_sector", "Vrije sector"),
]


class KaartFilter(django_filters.FilterSet):
    """The filters of the map and its table (public and werkruimte): phase, plan status,
    segment and area development. ``gebieden``: the area developments to choose from."""

    fase = django_filters.ChoiceFilter(
        choices=ProjectFase.choices, label="Fase", empty_label="Alle fasen"
    )
    planstatus = django_filters.ChoiceFilter(
        choices=Planstatus.choices, label="Planstatus", empty_label="Hard en zacht"
    )
    segment = django_filters.ChoiceFilter(
        choices=SEGMENT_KEUZES,
        label="Segment",
        empty_label="Alle segmenten",
        method="met_segment",
    )
    gebied = django_filters.ModelChoiceFilter(
        field_name="gebiedsontwikkeling",
        queryset=Gebiedsontwikkeling.objects.none(),
        to_field_name="slug",
        label="Gebiedsontwikkeling",
        empty_label="Alle gebieden",
    )

    class Meta:
        model = Woningbouwproject
        fields = ["fase", "planstatus", "segment", "gebied"]

    def __init__(self, data=None, queryset=None, *, gebieden, **kwargs):
        super().__init__(data, queryset, **kwargs)
        self.filters["gebied"].queryset = gebieden

    def met_segment(self, queryset, name, value):
        return queryset.filter(**{f"{value}__gt": 0})
