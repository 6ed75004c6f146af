"""Woondeal, sub-track and housing pages of the werkruimte, mounted at /werkruimte/
(namespace ``woondeals``): /werkruimte/woningbouw/… and /werkruimte/deelsporen/<slug>/."""

from django.urls import include, path

from . import views

app_name = "woondeals"

woningbouw_urls = [
    path("", views.woondeal, name="woondeal"),
    path("bewerken/", views.woondeal_bewerken, name="woondeal_bewerken"),
    path("afspraken/", views.afspraken_bewerken, name="afspraken"),
    path("koopprijsgrens/", views.koopprijsgrens_opslaan, name="koopprijsgrens"),
    path("cijfers/", views.cijfers, name="cijfers"),
    path("projecten/", views.projecten, name="projecten"),
    path("kaart/", views.kaart, name="kaart"),
    path("projecten/nieuw/", views.project_nieuw, name="project_nieuw"),
    path("projecten/import/", views.importeren, name="import"),
    path("projecten/import/<uuid:uuid>/", views.import_status, name="import_status"),
    path("projecten/export.<str:formaat>", views.export, name="export"),
    path("projecten/<slug:slug>/", views.project, name="project"),
    path("projecten/<slug:slug>/bewerken/", views.project_bewerken, name="project_bewerken"),
    path("projecten/<slug:slug>/realisatie/", views.realisatie_opslaan, name="realisatie"),
    path("gebieden/", views.gebieden, name="gebieden"),
    path("gebieden/nieuw/", views.gebied_nieuw, name="gebied_nieuw"),
    path("gebieden/<slug:slug>/", views.gebied, name="gebied"),
    path("gebieden/<slug:slug>/bewerken/", views.gebied_bewerken, name="gebied_bewerken"),
    path("gebieden/<slug:slug>/mijlpalen/nieuw/", views.mijlpaal_nieuw, name="mijlpaal_nieuw"),
    path(
        "gebieden/<slug:slug>/mijlpalen/<int:pk>/bereikt/",
        views.mijlpaal_bereikt,
        name="mijlpaal_bereikt",
    ),
    path("gebieden/<slug:slug>/rollen/nieuw/", views.rol_nieuw, name="rol_nieuw"),
    path("subsidies/", views.subsidies, name="subsidies"),
    path("subsidies/nieuw/", views.subsidie_nieuw, name="subsidie_nieuw"),
    path("subsidies/<int:pk>/", views.subsidie, name="subsidie"),
    path("subsidies/<int:pk>/bewerken/", views.subsidie_bewerken, name="subsidie_bewerken"),
    path("subsidies/<int:pk>/voorwaarden/nieuw/", views.voorwaarde_nieuw, name="voorwaarde_nieuw"),
    path(
        "subsidies/<int:pk>/voorwaarden/<int:voorwaarde_pk>/verwijderen/",
        views.voorwaarde_verwijderen,
        name="voorwaarde_verwijderen",
    ),
]

urlpatterns = [
    path("woningbouw/", include(woningbouw_urls)),
    path("deelsporen/<slug:slug>/", views.deelspoor_detail, name="deelspoor"),
]
