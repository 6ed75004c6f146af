"""The partner area, mounted at /partner/ (namespace ``partner``): a partner organisation's
own contributions."""

from django.urls import path

from . import views

app_name = "partner"

urlpatterns = [
    path("bijdragen/", views.partner_bijdragen, name="bijdragen"),
    path("bijdragen/nieuw/", views.partner_bijdrage_nieuw, name="bijdrage_nieuw"),
    path("bijdragen/<uuid:uuid>/", views.partner_bijdrage, name="bijdrage"),
    path(
        "bijdragen/<uuid:uuid>/bewerken/",
        views.partner_bijdrage_bewerken,
        name="bijdrage_bewerken",
    ),
    path("bijdragen/<uuid:uuid>/update/", views.partner_bijdrage_update, name="bijdrage_update"),
]
