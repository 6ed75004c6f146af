from django.contrib import admin
from django.contrib.auth import views as auth_views
from django.urls import include, path

from . import views
from .aanmelden import views as aanmelden_views

handler403 = "almelo_programma.fouten.permission_denied"
handler404 = "almelo_programma.fouten.page_not_found"
handler500 = "almelo_programma.fouten.server_error"

admin.site.site_header = "Programmaportaal Stedelijke Ontwikkeling Almelo"
admin.site.site_title = "Programmaportaal Almelo"
admin.site.index_title = "Beheer van het programma"

# The pages of one programme: served for the current programme at these (unprefixed) addresses,
# and for every programme under /<programma-slug>/ (see programmakeuze.py).
PROGRAMMA_URLS = [
    path("", include("almelo_programma.publiek.urls")),
    path("werkruimte/", include("almelo_programma.werkruimte.urls")),
    path("werkruimte/", include("activiteiten.urls")),
    path("werkruimte/", include("woondeals.urls")),
    path("werkruimte/", include("besluiten.urls")),
    path("dashboard/evaluatie/", include("evaluatie.urls")),
    path("dashboard/", include("almelo_programma.dashboard.urls")),
]

# The municipality's pages, the same for every programme.
GLOBALE_URLS = [
    path("health/", views.health, name="health"),
    path("programmas/", views.programmas, name="programmas"),
    path("api/v1/", include("almelo_programma.api")),
    path("inloggen/", aanmelden_views.InlogView.as_view(), name="login"),
    path("", include("almelo_programma.aanmelden.urls")),
    path("uitloggen/", auth_views.LogoutView.as_view(), name="logout"),
    path("admin/", admin.site.urls),
    path("werkruimte/netwerk/", include("netwerk.urls")),
    path("enquete/", include("netwerk.urls_enquete")),
    path("partner/", include("netwerk.urls_partner")),
]

urlpatterns = [*GLOBALE_URLS, *PROGRAMMA_URLS]
