"""Activity and line pages of the werkruimte, mounted at /werkruimte/ (namespace
``activiteiten``)."""

from django.urls import path

from . import views

app_name = "activiteiten"

urlpatterns = [
    path("activiteiten/<slug:slug>/", views.activiteit_detail, name="activiteit"),
    path(
        "activiteiten/<slug:slug>/update/", views.activiteit_statusupdate, name="activiteit_update"
    ),
    path(
        "activiteiten/<slug:slug>/bewerken/", views.activiteit_bewerken, name="activiteit_bewerken"
    ),
    path("activiteiten/<slug:slug>/volgen/", views.activiteit_volgen, name="activiteit_volgen"),
    path("lijnen/<slug:slug>/", views.lijn_detail, name="lijn"),
    path("lijnen/<slug:slug>/volgen/", views.lijn_volgen, name="lijn_volgen"),
    path("lijnen/<slug:slug>/doorzetten/", views.lijn_doorzetten, name="lijn_doorzetten"),
]
