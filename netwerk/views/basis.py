"""What the netwerk pages share: the rights in the context, the soort filter, and the one
create/edit form page (``formulier_pagina``) built on ``kern.formulieren.formulier_verwerken``."""

import copy

from django.shortcuts import render

from almelo_programma.kern.formulieren import formulier_verwerken, post_of_none

from ..rechten import mag_enquetes_beheren, mag_netwerk_bewerken


def rechten_context(request) -> dict:
    return {
        "mag_bewerken": mag_netwerk_bewerken(request.user),
        "mag_enquetes_beheren": mag_enquetes_beheren(request.user),
    }


def gekozen_soort(request, soorten) -> str:
    """The ``?soort=`` filter of a list page: a known value, or "" for all."""
    soort = request.GET.get("soort", "")
    return soort if soort in soorten.values else ""


def formulier(request, formulierklasse, instance=None):
    """``formulierklasse`` bound to the POST data (unbound on a GET).

    A ``ModelForm`` for editing gets a copy of ``instance``: validating a ModelForm writes the
    posted values onto its instance, and the update service (``model_bijwerken``) must still see
    the stored values to know what changed.
    """
    if instance is None:
        return formulierklasse(post_of_none(request))
    return formulierklasse(post_of_none(request), instance=copy.copy(instance))


def formulier_pagina(request, form, opslaan, *, melding, doorsturen, titel, terug):
    """A create or edit page: run ``form`` through the service call ``opslaan``; on success a
    message and a redirect, otherwise the form page (again, with the errors)."""
    antwoord = formulier_verwerken(request, form, opslaan, melding=melding, doorsturen=doorsturen)
    if antwoord is not None:
        return antwoord
    context = {"form": form, "titel": titel, "terug": terug}
    return render(request, "netwerk/formulier.html", context)
