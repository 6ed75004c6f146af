"""Werkruimte pages of the decision trail, mounted at /werkruimte/ (namespace ``besluiten``)."""

from django.urls import path

from . import views

app_name = "besluiten"

urlpatterns = [
    path("besluiten/", views.besluit_lijst, name="lijst"),
    path("besluiten/nieuw/", views.besluit_nieuw, name="nieuw"),
    path("besluiten/besluiten.xlsx", views.besluiten_excel, name="excel"),
    path("besluiten/importeren/", views.besluiten_import, name="import"),
    path("besluiten/<slug:slug>/", views.besluit_detail, name="besluit"),
    path("besluiten/<slug:slug>/bewerken/", views.besluit_bewerken, name="bewerken"),
]
