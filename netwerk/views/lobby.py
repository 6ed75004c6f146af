"""Lobby pages: the dossiers, a dossier with its contact log, and their forms."""

from django.shortcuts import get_object_or_404, render
from django.urls import reverse

from .. import selectors, services
from ..forms import LobbycontactForm, LobbydossierForm
from ..models import Lobbydossier
from ..rechten import bewerker_vereist, intern_vereist
from .basis import formulier, formulier_pagina, rechten_context


def _dossierpagina(dossier) -> str:
    return reverse("netwerk:lobbydossier", kwargs={"slug": dossier.slug})


@intern_vereist
def lobby_lijst(request):
    return render(
        request,
        "netwerk/lobby_lijst.html",
        {"dossiers": selectors.lobbydossier_list(), **rechten_context(request)},
    )


@intern_vereist
def lobby_detail(request, slug):
    dossier = selectors.lobbydossier_get(slug)
    return render(
        request, "netwerk/lobby_detail.html", {"dossier": dossier, **rechten_context(request)}
    )


@bewerker_vereist
def lobby_nieuw(request):
    return formulier_pagina(
        request,
        formulier(request, LobbydossierForm),
        lambda data: services.lobbydossier_create(**data),
        melding=lambda dossier: f"Lobbydossier '{dossier.titel}' is aangemaakt.",
        doorsturen=_dossierpagina,
        titel="Nieuw lobbydossier",
        terug=reverse("netwerk:lobby"),
    )


@bewerker_vereist
def lobby_bewerken(request, slug):
    dossier = get_object_or_404(Lobbydossier, slug=slug)
    return formulier_pagina(
        request,
        formulier(request, LobbydossierForm, dossier),
        lambda data: services.lobbydossier_update(dossier=dossier, data=data),
        melding="Het lobbydossier is bijgewerkt.",
        doorsturen=_dossierpagina,
        titel=f"{dossier.titel} bewerken",
        terug=_dossierpagina(dossier),
    )


@bewerker_vereist
def lobbycontact_nieuw(request, slug):
    dossier = get_object_or_404(Lobbydossier, slug=slug)
    return formulier_pagina(
        request,
        formulier(request, LobbycontactForm),
        lambda data: services.lobbycontact_create(dossier=dossier, door=request.user, **data),
        melding="Het contact is vastgelegd.",
        doorsturen=_dossierpagina(dossier),
        titel=f"Contact vastleggen: {dossier.titel}",
        terug=_dossierpagina(dossier),
    )
