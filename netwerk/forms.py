"""Forms for the netwerk pages. They validate input; the views hand the cleaned data to
``netwerk.services``, which validate again and write. An edit form's fields are the service's
whitelist of fields (``PARTNER_VELDEN``, …), so the two cannot drift apart."""

from django import forms
from django.contrib.auth import get_user_model

from activiteiten.forms import StatusupdateForm
from almelo_programma.kern.rechten import BESTUURDER, LIJNTREKKER, PROGRAMMAMANAGER

from .constants import ENQUETE_SCHAAL, ENQUETE_VRAGEN, BijdrageUitkomst
from .models import Bijeenkomst, Contactpersoon, Enquete, Lobbycontact, Lobbydossier, Partner
from .services import (
    BIJEENKOMST_VELDEN,
    CONTACTPERSOON_VELDEN,
    LOBBYDOSSIER_VELDEN,
    PARTNER_VELDEN,
)


class DatumInput(forms.DateInput):
    input_type = "date"

    def __init__(self, attrs=None):
        super().__init__(attrs=attrs, format="%Y-%m-%d")


class DatumTijdInput(forms.DateTimeInput):
    input_type = "datetime-local"

    def __init__(self, attrs=None):
        super().__init__(attrs=attrs, format="%Y-%m-%dT%H:%M")


class PartnerForm(forms.ModelForm):
    class Meta:
        model = Partner
        fields = PARTNER_VELDEN
        widgets = {"lid_sinds": DatumInput(), "omschrijving": forms.Textarea(attrs={"rows": 4})}

    def clean(self):
        data = super().clean()
        if data.get("lid_sinds") and not data.get("platformlid"):
            self.add_error("lid_sinds", "Vul “lid sinds” alleen in voor een lid van het platform.")
        return data


class ContactpersoonForm(forms.ModelForm):
    class Meta:
        model = Contactpersoon
        fields = CONTACTPERSOON_VELDEN


class BijeenkomstForm(forms.ModelForm):
    class Meta:
        model = Bijeenkomst
        fields = BIJEENKOMST_VELDEN
        widgets = {
            "start": DatumTijdInput(),
            "einde": DatumTijdInput(),
            "partners": forms.CheckboxSelectMultiple(),
            "lijnen": forms.CheckboxSelectMultiple(),
            "interne_notities": forms.Textarea(attrs={"rows": 4}),
            "openbare_samenvatting": forms.Textarea(attrs={"rows": 4}),
        }
        help_texts = {
            "interne_notities": "Alleen zichtbaar in de werkruimte.",
            "openbare_samenvatting": "Op de openbare pagina, als de bijeenkomst openbaar is. "
            "Noem hier geen namen van personen.",
        }

    def clean(self):
        data = super().clean()
        if data.get("einde") and not data.get("start"):
            self.add_error("einde", "Vul eerst de start in; een einde zonder start kan niet.")
        if data.get("openbaar") and not data.get("start"):
            self.add_error("openbaar", "Een openbare bijeenkomst heeft een datum en tijd.")
        return data


def interne_gebruikers():
    return (
        get_user_model()
        .objects.filter(
            is_active=True, groups__name__in=[PROGRAMMAMANAGER, LIJNTREKKER, BESTUURDER]
        )
        .distinct()
        .order_by("first_name", "last_name", "username")
    )


class GebruikerKeuze(forms.ModelChoiceField):
    def label_from_instance(self, obj):
        return obj.get_full_name() or obj.get_username()


class VervolgactieForm(forms.Form):
    omschrijving = forms.CharField(label="Actie", max_length=300)
    eigenaar = GebruikerKeuze(
        label="Eigenaar",
        queryset=None,
        help_text="De actie staat in de werkruimte van de eigenaar tot ze is afgerond.",
        error_messages={"required": "Kies wie de actie uitvoert."},
    )
    deadline = forms.DateField(label="Uiterste datum", widget=DatumInput())

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["eigenaar"].queryset = interne_gebruikers()


class LobbydossierForm(forms.ModelForm):
    class Meta:
        model = Lobbydossier
        fields = LOBBYDOSSIER_VELDEN
        widgets = {
            "lijnen": forms.CheckboxSelectMultiple(),
            "inzet": forms.Textarea(attrs={"rows": 4}),
            "vragen": forms.Textarea(attrs={"rows": 4}),
        }


class LobbycontactForm(forms.ModelForm):
    class Meta:
        model = Lobbycontact
        fields = ["datum", "doelwit", "partner", "met_wie", "samenvatting", "uitkomst"]
        widgets = {
            "datum": DatumInput(),
            "samenvatting": forms.Textarea(attrs={"rows": 4}),
            "uitkomst": forms.Textarea(attrs={"rows": 3}),
        }


class EnqueteForm(forms.ModelForm):
    class Meta:
        model = Enquete
        fields = ["titel", "periode_start", "periode_einde"]
        widgets = {"periode_start": DatumInput(), "periode_einde": DatumInput()}


class UitnodigingenForm(forms.Form):
    partners = forms.ModelMultipleChoiceField(
        label="Partners",
        queryset=Partner.objects.order_by("naam"),
        widget=forms.CheckboxSelectMultiple(),
        error_messages={"required": "Kies minstens één partner."},
    )
    per_contactpersoon = forms.BooleanField(
        label="Eén link per contactpersoon",
        required=False,
        help_text="Anders één link per partner.",
    )
    per_email = forms.BooleanField(
        label="Links per e-mail versturen",
        required=False,
        help_text="Alleen bij één link per contactpersoon, naar contactpersonen met een "
        "e-mailadres. De links staan daarna ook hieronder.",
    )
    verloopt_op = forms.DateField(
        label="Links verlopen op",
        required=False,
        widget=DatumInput(),
        help_text="Leeg: aan het eind van de periode van de enquête.",
    )

    def clean(self):
        data = super().clean()
        if data.get("per_email") and not data.get("per_contactpersoon"):
            self.add_error(
                "per_email", "Versturen per e-mail kan alleen met één link per contactpersoon."
            )
        return data


class EnqueteSluitenForm(forms.Form):
    publiceren = forms.BooleanField(
        label="Meting direct publiceren op de openbare pagina",
        required=False,
        help_text="De meting toont alleen het gemiddelde en het aantal reacties.",
    )


class EnqueteInvulForm(forms.Form):
    """The public survey form: the fixed questions on a 1–5 scale and an optional comment."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        for veld, vraag in ENQUETE_VRAGEN:
            self.fields[veld] = forms.TypedChoiceField(
                label=vraag,
                choices=ENQUETE_SCHAAL,
                coerce=int,
                widget=forms.RadioSelect(),
                error_messages={
                    "required": "Kies een score van 1 tot 5.",
                    "invalid_choice": "Kies een score van 1 tot 5.",
                },
            )
        self.fields["opmerking"] = forms.CharField(
            label="Opmerking (niet verplicht)",
            required=False,
            max_length=2000,
            widget=forms.Textarea(attrs={"rows": 4}),
            help_text="Noem liever geen namen; uw antwoorden worden anoniem verwerkt.",
        )

    @property
    def scores(self) -> dict[str, int]:
        return {veld: self.cleaned_data[veld] for veld, _vraag in ENQUETE_VRAGEN}


# --- partners' contributions ----------------------------------------------------------------


class LijnKeuze(forms.ModelChoiceField):
    def label_from_instance(self, obj):
        return f"{obj.code} {obj.naam}"


class IndicatorKeuze(forms.ModelChoiceField):
    def label_from_instance(self, obj):
        return f"{obj.nummer}. {obj.tekst}"


class BijdrageForm(forms.Form):
    """A partner's proposal (new, or changed and submitted again); fields = ``BIJDRAGE_VELDEN``."""

    lijn = LijnKeuze(label="Activiteitenlijn", queryset=None, empty_label="Kies een lijn")
    titel = forms.CharField(label="Titel", max_length=300)
    omschrijving = forms.CharField(
        label="Wat gaat u doen?", widget=forms.Textarea(attrs={"rows": 5})
    )
    gereed_op = forms.DateField(
        label="Gereed uiterlijk op",
        widget=DatumInput(),
        help_text="Binnen de looptijd van het programma.",
    )
    indicator = IndicatorKeuze(
        label="Aan welke effectindicator draagt het bij?",
        queryset=None,
        empty_label="Kies een effectindicator",
    )
    opbrengst = forms.CharField(
        label="Wat voegt het toe aan die indicator?",
        widget=forms.Textarea(attrs={"rows": 3}),
        help_text="Bijvoorbeeld: 40 sociale huurwoningen extra.",
    )

    def __init__(self, *args, **kwargs):
        from activiteiten.models import Activiteitenlijn
        from doelen.models import Effectindicator

        super().__init__(*args, **kwargs)
        self.fields["lijn"].queryset = Activiteitenlijn.objects.order_by("code")
        self.fields["indicator"].queryset = Effectindicator.objects.order_by("nummer")


class BeoordelingForm(forms.Form):
    """A reviewer's decision on a submitted contribution."""

    uitkomst = forms.ChoiceField(
        label="Uitkomst", choices=BijdrageUitkomst.choices, widget=forms.RadioSelect
    )
    reactie = forms.CharField(
        label="Reactie aan de partner",
        required=False,
        widget=forms.Textarea(attrs={"rows": 4}),
        help_text="Verplicht bij afwijzen (de reden) en bij een gevraagde wijziging.",
    )
    interne_notitie = forms.CharField(
        label="Interne notitie",
        required=False,
        widget=forms.Textarea(attrs={"rows": 3}),
        help_text="Ziet de partner niet.",
    )
    openbaar = forms.BooleanField(
        label="De nieuwe activiteit openbaar maken (alleen bij accepteren)", required=False
    )


class PartnerStatusupdateForm(StatusupdateForm):
    """A partner's progress report: the status update form without "publish" (a partner's
    update is held for review until a lead publishes it)."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        del self.fields["gepubliceerd"]
