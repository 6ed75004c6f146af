"""What the woondeals pages share: the woondeal, the page context and the form page."""

from django.conf import settings
from django.http import Http404
from django.shortcuts import render
from django.urls import reverse

from almelo_programma.kern.formulieren import formulier_status, formulier_verwerken
from almelo_programma.kern.programmas import van_programma

from ..models import Woondeal
from ..rechten import mag_bewerken
from ..selectors import pijplijn


def woondeal_of_404(programma) -> Woondeal:
    """The woondeal of ``programma`` (the page's programme); 404 when it has none."""
    woondeal = (
        van_programma(Woondeal.objects.select_related("lijn__trekker", "lijn__doel"), programma)
        .order_by("pk")
        .first()
    )
    if woondeal is None:
        raise Http404("Er is voor dit programma nog geen woondeal vastgelegd.")
    return woondeal


def pijplijn_voor(woondeal: Woondeal):
    """The pipeline measured against the woondeal's own target and norms."""
    return pijplijn(
        doel=woondeal.doel_woningen or 4100,
        norm_sociale_huur=float(woondeal.aandeel_sociale_huur),
        norm_betaalbaar=float(woondeal.aandeel_betaalbaar),
    )


def pagina_context(request, **extra) -> dict:
    return {"mag_bewerken": mag_bewerken(request.user), **extra}


def formulierpagina(
    request,
    form,
    opslaan,
    *,
    melding,
    doorsturen,
    titel: str,
    terug: str,
    terug_args=(),
    uitleg: str = "",
):
    """A page with one form (``woondeals/formulier.html``): a posted form goes through
    ``formulier_verwerken`` (``opslaan``, ``melding`` and ``doorsturen`` as there); otherwise, or
    on errors, the form is shown under ``titel`` with a link back to the URL named ``terug``."""
    antwoord = formulier_verwerken(request, form, opslaan, melding=melding, doorsturen=doorsturen)
    if antwoord:
        return antwoord
    context = pagina_context(
        request,
        form=form,
        titel=titel,
        terug_url=reverse(terug, args=terug_args),
        uitleg=uitleg,
        kaartinvoer={
            "url": settings.KAART_TEGELS_URL,
            "attributie": settings.KAART_TEGELS_ATTRIBUTIE,
        },
    )
    return render(request, "woondeals/formulier.html", context, status=formulier_status(form))
