"""The netwerk start page of the werkruimte (/werkruimte/netwerk/)."""

from django.shortcuts import render

from .. import selectors
from ..rechten import intern_vereist
from .basis import rechten_context


@intern_vereist
def overzicht(request):
    return render(
        request,
        "netwerk/overzicht.html",
        {
            "acties": selectors.vervolgacties_open_voor(request.user),
            "komend": selectors.bijeenkomsten_komend(alleen_openbaar=False, limiet=5),
            "contacten": selectors.lobbycontacten_recent(limiet=5),
            **rechten_context(request),
        },
    )
