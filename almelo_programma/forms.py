"""Form helpers shared by the apps' views."""

from django import forms
from django.core.exceptions import NON_FIELD_ERRORS, ValidationError


def fouten_naar_formulier(form: forms.BaseForm, exc: ValidationError) -> None:
    """Put a service's ``ValidationError`` on the form: next to the field where the form has
    that field, otherwise at the top of the form."""
    if not hasattr(exc, "error_dict"):
        form.add_error(None, exc)
        return
    for veld, fouten in exc.message_dict.items():
        doel = veld if veld in form.fields and veld != NON_FIELD_ERRORS else None
        for fout in fouten:
            form.add_error(doel, fout)
