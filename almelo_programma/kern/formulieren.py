"""The one way a page runs a form through a service.

Forms check types, services check rules and write (``ValidationError`` with Dutch messages),
views glue the two: ``formulier_verwerken`` validates the bound form, calls the service, puts the
service's errors on the form, and on success adds the message and redirects. The caller renders
the form when it returns ``None``, with ``formulier_status(form)`` as the HTTP status.
"""

from collections.abc import Callable
from typing import Any

from django import forms
from django.contrib import messages
from django.core.exceptions import NON_FIELD_ERRORS, ValidationError
from django.http import HttpResponse
from django.shortcuts import redirect


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


def formulier_verwerken(
    request,
    form: forms.BaseForm,
    opslaan: Callable[[dict], Any],
    *,
    melding: str | Callable[[Any], str],
    doorsturen: Any,
) -> HttpResponse | None:
    """Run a bound ``form`` through ``opslaan(cleaned_data)`` (a call of a service).

    Returns the redirect after a successful save, ``None`` otherwise (not posted, invalid, or
    refused by the service; the errors are then on the form). ``melding`` and ``doorsturen``
    may be callables of what ``opslaan`` returned; ``doorsturen`` is anything ``redirect``
    takes (a URL, a model with ``get_absolute_url``).
    """
    if not form.is_bound or not form.is_valid():
        return None
    try:
        resultaat = opslaan(form.cleaned_data)
    except ValidationError as exc:
        fouten_naar_formulier(form, exc)
        return None
    messages.success(request, melding(resultaat) if callable(melding) else melding)
    return redirect(doorsturen(resultaat) if callable(doorsturen) else doorsturen)


def formulier_status(form: forms.BaseForm | None) -> int:
    """400 for a posted form with errors, 200 otherwise."""
    return 400 if form is not None and form.is_bound and form.errors else 200


def post_of_none(request):
    """The POST data to bind a form to (an empty POST still binds), or None on a GET."""
    return request.POST if request.method == "POST" else None
