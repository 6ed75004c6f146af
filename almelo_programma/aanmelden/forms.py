from django import forms


class CodeForm(forms.Form):
    """A code from the authenticator app or a recovery code (the field is rendered by
    templates/aanmelden/_codeveld.html, with autocomplete="one-time-code")."""

    code = forms.CharField(
        label="Code",
        max_length=16,
        help_text="De 6 cijfers uit uw authenticator-app, of een van uw herstelcodes.",
    )

    def clean_code(self):
        return self.cleaned_data["code"].replace(" ", "").strip()
