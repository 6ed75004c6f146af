"""Error answers: Dutch pages, JSON under ``/api/``, and 503 when the database is down.

A page or API call that cannot reach the database answers 503 "tijdelijk niet beschikbaar" (not
500), like ``/health/``: ``DatabaseOnbereikbaarMiddleware`` catches the database's connection
errors from any view, ``server_error`` (handler500) those raised outside a view. The 500 and 503
pages are rendered without a request, so no context processor touches the database.
"""

from __future__ import annotations

import logging
import sys

from django.db import InterfaceError, OperationalError
from django.http import HttpResponse, HttpResponseForbidden, JsonResponse
from django.template import loader
from django.template.loader import render_to_string
from django.utils.http import url_has_allowed_host_and_scheme
from django.views import defaults

from almelo_programma.kern.afscherming import exception_handler
from almelo_programma.kern.programmas import ProgrammaGearchiveerd

logger = logging.getLogger(__name__)

# Errors that mean "the database cannot be reached or cannot take the work now" (connection
# refused or lost, "database is locked"): temporary, so 503 and "try again".
DATABASE_ONBEREIKBAAR = (OperationalError, InterfaceError)
OPNIEUW_NA = "30"  # Retry-After (seconds)

API_ONBEREIKBAAR = (
    "De gegevens zijn tijdelijk niet bereikbaar. Probeer het over een paar minuten opnieuw."
)
API_FOUT = "Er ging iets mis aan onze kant. De fout is vastgelegd; probeer het later opnieuw."
API_NIET_GEVONDEN = "Niet gevonden."


def _is_api(request) -> bool:
    return request is not None and request.path.startswith("/api/")


def niet_beschikbaar(request) -> HttpResponse:
    """503: a Dutch page, or JSON under /api/; never touches the database."""
    if _is_api(request):
        response = JsonResponse({"detail": API_ONBEREIKBAAR}, status=503)
    else:
        response = HttpResponse(render_to_string("503.html"), status=503)
    response["Retry-After"] = OPNIEUW_NA
    response["Cache-Control"] = "no-store"
    return response


class DatabaseOnbereikbaarMiddleware:
    """Turn a database connection error in a view (or its template) into a 503."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        return self.get_response(request)

    def process_exception(self, request, exception):
        if isinstance(exception, DATABASE_ONBEREIKBAAR):
            logger.error("Database onbereikbaar bij %s: %s", request.path, exception)
            return niet_beschikbaar(request)
        return None


def api_uitzondering(exc, context):
    """The API's exception handler (DRF's, with the Dutch 429 of ``kern.afscherming``), plus 503
    JSON when the database cannot be reached. Anything
    else it does not know goes on to ``server_error``, which answers JSON under /api/."""
    if isinstance(exc, DATABASE_ONBEREIKBAAR):
        logger.error("Database onbereikbaar (API): %s", exc)
        return niet_beschikbaar(context["request"])
    return exception_handler(exc, context)


def page_not_found(request, exception):
    """handler404: JSON under /api/ (a path no API route knows), else the Dutch 404 page."""
    if _is_api(request):
        return JsonResponse({"detail": API_NIET_GEVONDEN}, status=404)
    return defaults.page_not_found(request, exception)


def server_error(request):
    """handler500: 503 when the cause is the database, JSON under /api/, else the 500 page
    (rendered without context processors)."""
    fout = sys.exc_info()[1]
    if isinstance(fout, DATABASE_ONBEREIKBAAR):
        return niet_beschikbaar(request)
    if _is_api(request):
        return JsonResponse({"detail": API_FOUT}, status=500)
    return HttpResponse(render_to_string("500.html"), status=500)


def permission_denied(request, exception):
    """handler403: JSON under /api/ (e.g. a CSRF failure outside DRF), else the Dutch page."""
    if _is_api(request):
        return JsonResponse({"detail": str(exception) or "Geen toegang."}, status=403)
    if isinstance(exception, ProgrammaGearchiveerd):
        # not a matter of who is signed in: say so, and lead back to reading the page
        terug = request.META.get("HTTP_REFERER", "")
        if not url_has_allowed_host_and_scheme(
            terug, allowed_hosts={request.get_host()}, require_https=request.is_secure()
        ):
            terug = request.path
        inhoud = loader.get_template("403.html").render(
            {"exception": str(exception), "gearchiveerd": True, "terug": terug}, request
        )
        return HttpResponseForbidden(inhoud)
    return defaults.permission_denied(request, exception)
