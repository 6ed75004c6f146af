from django import forms


class ApiTokenForm(forms.Form):
    naam = forms.CharField(
        label="Naam van de token",
        max_length=100,
        help_text="Waarvoor u de token gebruikt, bijvoorbeeld 'koppeling GIS'.",
    )
