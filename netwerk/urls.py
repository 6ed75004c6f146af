"""Internal netwerk pages, mounted at /werkruimte/netwerk/ (namespace ``netwerk``)."""

from django.urls import path

from . import views

app_name = "netwerk"

urlpatterns = [
    path("", views.overzicht, name="overzicht"),
    path("partners/", views.partner_lijst, name="partners"),
    path("partners/nieuw/", views.partner_nieuw, name="partner_nieuw"),
    path("partners/<slug:slug>/", views.partner_detail, name="partner"),
    path("partners/<slug:slug>/bewerken/", views.partner_bewerken, name="partner_bewerken"),
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
    path("bijeenkomsten/", views.bijeenkomst_lijst, name="bijeenkomsten"),
    path("bijeenkomsten/nieuw/", views.bijeenkomst_nieuw, name="bijeenkomst_nieuw"),
    path("bijeenkomsten/<slug:slug>/", views.bijeenkomst_detail, name="bijeenkomst"),
    path(
        "bijeenkomsten/<slug:slug>/bewerken/",
        views.bijeenkomst_bewerken,
        name="bijeenkomst_bewerken",
    ),
    path(
        "bijeenkomsten/<slug:slug>/acties/nieuw/",
        views.vervolgactie_nieuw,
        name="vervolgactie_nieuw",
    ),
    path("acties/", views.mijn_acties, name="acties"),
    path("acties/<int:pk>/afronden/", views.vervolgactie_afronden, name="actie_afronden"),
    path("lobby/", views.lobby_lijst, name="lobby"),
    path("lobby/nieuw/", views.lobby_nieuw, name="lobby_nieuw"),
    path("lobby/<slug:slug>/", views.lobby_detail, name="lobbydossier"),
    path("lobby/<slug:slug>/bewerken/", views.lobby_bewerken, name="lobby_bewerken"),
    path("lobby/<slug:slug>/contacten/nieuw/", views.lobbycontact_nieuw, name="lobbycontact_nieuw"),
    path("enquetes/", views.enquete_lijst, name="enquetes"),
    path("enquetes/nieuw/", views.enquete_nieuw, name="enquete_nieuw"),
    path("enquetes/<slug:slug>/", views.enquete_detail, name="enquete"),
    path("enquetes/<slug:slug>/links/", views.enquete_uitnodigen, name="enquete_links"),
    path("enquetes/<slug:slug>/sluiten/", views.enquete_sluiten, name="enquete_sluiten"),
]
