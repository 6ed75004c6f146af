from django import forms

from doelen.oordelen import Oordeel

from .constants import EvaluatieStatus

TEKST = forms.Textarea(attrs={"rows": 6})


class TekstenForm(forms.Form):
    conclusies = forms.CharField(label="Conclusies", required=False, widget=TEKST)
    wat_werkte = forms.CharField(label="Wat werkte", required=False, widget=TEKST)
    wat_niet_werkte = forms.CharField(label="Wat werkte niet", required=False, widget=TEKST)


class OnderdeelForm(forms.Form):
    conclusie = forms.CharField(label="Conclusie", required=False, widget=TEKST)
    lessen = forms.CharField(label="Lessen: wat werkte, wat niet", required=False, widget=TEKST)


class OordeelForm(forms.Form):
    oordeel = forms.ChoiceField(
        label="Oordeel van de programmamanager",
        choices=[("", "Geen: het berekende oordeel geldt"), *Oordeel.choices],
        required=False,
    )
    reden = forms.CharField(
        label="Reden",
        required=False,
        widget=forms.Textarea(attrs={"rows": 4}),
        help_text="Verplicht als u een ander oordeel geeft: waarom wijkt het af van de berekening?",
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["reden"].voorwaardelijk = True  # required with a verdict (help text)

    def clean(self):
        data = super().clean()
        if data.get("oordeel") and not (data.get("reden") or "").strip():
            self.add_error("reden", "Geef de reden waarom het oordeel afwijkt.")
        return data


class StatusForm(forms.Form):
    naar = forms.ChoiceField(choices=EvaluatieStatus.choices, widget=forms.HiddenInput)
    vastgesteld_op = forms.DateField(
        label="Datum collegebesluit",
        required=False,
        widget=forms.DateInput(attrs={"type": "date"}),
    )
    besluitkenmerk = forms.CharField(label="Kenmerk collegebesluit", required=False, max_length=100)
