"""Internal netwerk pages, mounted at /werkruimte/netwerk/ (namespace ``netwerk``)."""

from django.urls import path

from . import views

app_name = "netwerk"


def _paginas(pad: str, ding: str, detailnaam: str, *, bewerken: bool = True) -> list:
    """The pages of one kind of object under ``<pad>/``: the list (URL name ``<pad>``, view
    ``<ding>_lijst``), ``nieuw/`` (``<ding>_nieuw``), ``<slug>/`` (``<detailnaam>``, view
    ``<ding>_detail``) and, with ``bewerken``, ``<slug>/bewerken/`` (``<ding>_bewerken``)."""
    paginas = [
        path(f"{pad}/", getattr(views, f"{ding}_lijst"), name=pad),
        path(f"{pad}/nieuw/", getattr(views, f"{ding}_nieuw"), name=f"{ding}_nieuw"),
        path(f"{pad}/<slug:slug>/", getattr(views, f"{ding}_detail"), name=detailnaam),
    ]
    if bewerken:
        view = getattr(views, f"{ding}_bewerken")
        paginas.append(path(f"{pad}/<slug:slug>/bewerken/", view, name=f"{ding}_bewerken"))
    return paginas


urlpatterns = [
    path("", views.overzicht, name="overzicht"),
    *_paginas("partners", "partner", "partner"),
    path(
        "partners/<slug:slug>/contactpersonen/nieuw/",
        views.contactpersoon_nieuw,
        name="contactpersoon_nieuw",
    ),
    path(
        "contactpersonen/<int:pk>/bewerken/",
        views.contactpersoon_bewerken,
        name="contactpersoon_bewerken",
    ),
    *_paginas("bijeenkomsten", "bijeenkomst", "bijeenkomst"),
    path(
        "bijeenkomsten/<slug:slug>/acties/nieuw/",
        views.vervolgactie_nieuw,
        name="vervolgactie_nieuw",
    ),
    path("acties/", views.mijn_acties, name="acties"),
    path("acties/<int:pk>/afronden/", views.vervolgactie_afronden, name="actie_afronden"),
    *_paginas("lobby", "lobby", "lobbydossier"),
    path("lobby/<slug:slug>/contacten/nieuw/", views.lobbycontact_nieuw, name="lobbycontact_nieuw"),
    path("bijdragen/", views.bijdrage_lijst, name="bijdragen"),
    path("bijdragen/<uuid:uuid>/", views.bijdrage_detail, name="bijdrage"),
    path(
        "bijdragen/<uuid:uuid>/beoordelen/",
        views.bijdrage_beoordelen,
        name="bijdrage_beoordelen",
    ),
    path(
        "bijdragen/<uuid:uuid>/updates/<uuid:update>/publiceren/",
        views.bijdrage_update_publiceren,
        name="bijdrage_update_publiceren",
    ),
    *_paginas("enquetes", "enquete", "enquete", bewerken=False),
    path("enquetes/<slug:slug>/links/", views.enquete_uitnodigen, name="enquete_links"),
    path("enquetes/<slug:slug>/sluiten/", views.enquete_sluiten, name="enquete_sluiten"),
]
