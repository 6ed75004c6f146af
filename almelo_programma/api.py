"""The open-data API: one router under /api/v1/, the schema and its documentation (no CDN).

Read-only and published data only for everyone; programme managers and line leads may add a
status update (token or session authentication). See the README section "Open data".

The API belongs to the municipality (one address for every programme): the collections of a
programme show the current programme, or another with ``?programma=<slug>``
(``doelen.api.basis.ProgrammaGebonden``); ``/api/v1/programmas/`` lists them. Links to a page of
another programme are built with the project's per-programme URLs (``programma_urls``).
"""

from csp.decorators import csp_update
from django.http import JsonResponse
from django.urls import include, path, re_path
from django.views.decorators.csrf import csrf_exempt
from drf_spectacular.views import (
    SpectacularAPIView,
    SpectacularRedocView,
    SpectacularSwaggerSplitView,
)
from rest_framework.routers import DefaultRouter

from activiteiten.api.viewsets import (
    ActiviteitenlijnViewSet,
    ActiviteitViewSet,
    StatusupdateViewSet,
)
from besluiten.api.viewsets import BesluitViewSet
from doelen.api.viewsets import DoelViewSet, EffectindicatorViewSet, ProgrammaViewSet
from netwerk.api.viewsets import BijeenkomstViewSet
from woondeals.api.viewsets import (
    DeelspoorViewSet,
    WoningbouwcijfersView,
    WoningbouwprojectViewSet,
)


class SchemaView(SpectacularAPIView):
    """The schema download, with a plain ASCII file name: drf-spectacular names the file after the
    title, whose "—" would make the Content-Disposition header an RFC 2047 blob."""

    def _get_filename(self, request, version):
        formaat = self.perform_content_negotiation(request, force=True)[0].format
        return f"almelo-programma-api.{formaat}"


class ApiRouter(DefaultRouter):
    """The router, with the one-object housing figures listed on the API root as well."""

    extra_in_root = {"woningbouwcijfers": "woningbouwcijfers"}

    def get_api_root_view(self, api_urls=None):
        api_root_dict = {
            prefix: self.routes[0].name.format(basename=basename)
            for prefix, _viewset, basename in self.registry
        }
        api_root_dict.update(self.extra_in_root)
        return self.APIRootView.as_view(api_root_dict=api_root_dict)


router = ApiRouter()
router.register("programmas", ProgrammaViewSet, basename="programma")
router.register("doelen", DoelViewSet, basename="doel")
router.register("indicatoren", EffectindicatorViewSet, basename="indicator")
router.register("lijnen", ActiviteitenlijnViewSet, basename="lijn")
router.register("activiteiten", ActiviteitViewSet, basename="activiteit")
router.register("statusupdates", StatusupdateViewSet, basename="statusupdate")
router.register("deelsporen", DeelspoorViewSet, basename="deelspoor")
router.register("woningbouwprojecten", WoningbouwprojectViewSet, basename="woningbouwproject")
router.register("bijeenkomsten", BijeenkomstViewSet, basename="bijeenkomst")
router.register("besluiten", BesluitViewSet, basename="besluit")

# one object, not a collection: a plain view beside the router's viewsets
extra_urls = [
    path("woningbouwcijfers/", WoningbouwcijfersView.as_view(), name="woningbouwcijfers"),
]


@csrf_exempt
def niet_gevonden(request, pad):
    """Any other URL under /api/v1/ (e.g. a slug with characters a slug cannot have): the API's
    JSON 404, not the site's HTML page (also for a POST: it changes nothing, so no CSRF check)."""
    return JsonResponse({"detail": "Niet gevonden."}, status=404)


urlpatterns = [
    path("schema/", SchemaView.as_view(), name="api-schema"),
    # Swagger UI's start script is a separate request (?script), not inline: the page keeps the
    # site's Content-Security-Policy. Redoc builds its styles at run time (inline <style>) and
    # parses in a blob: worker: its page alone allows those.
    path("docs/", SpectacularSwaggerSplitView.as_view(url_name="api-schema"), name="api-docs"),
    path(
        "redoc/",
        csp_update({"style-src": ["'unsafe-inline'"], "worker-src": ["'self'", "blob:"]})(
            SpectacularRedocView.as_view(url_name="api-schema")
        ),
        name="api-redoc",
    ),
    path("", include((router.urls + extra_urls, "api"), namespace="api")),
    re_path(r"^(?P<pad>.*/)$", niet_gevonden),
]
