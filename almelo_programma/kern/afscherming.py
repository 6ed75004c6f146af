"""Protection against abuse: the client's address (login lockout, API throttling), the API's
throttles and their Dutch 429 answer.

``client_ip`` is the one place that decides who "an address" is: ``REMOTE_ADDR``, or behind
``PROXY_AANTAL`` reverse proxies the address the outermost trusted proxy saw (the n-th entry
from the right of ``X-Forwarded-For``), so a client cannot choose its own address by sending
that header. django-axes (``AXES_CLIENT_IP_CALLABLE``) and DRF (``NUM_PROXIES``) both use it.
"""

from django.conf import settings
from django.shortcuts import render
from rest_framework import throttling


def client_ip(request) -> str:
    """The client's address as the outermost trusted proxy (or this server) saw it."""
    aantal = settings.PROXY_AANTAL
    doorgestuurd = request.META.get("HTTP_X_FORWARDED_FOR", "")
    if aantal > 0 and doorgestuurd:
        adressen = [a.strip() for a in doorgestuurd.split(",") if a.strip()]
        if adressen:
            return adressen[-min(aantal, len(adressen))]
    return request.META.get("REMOTE_ADDR", "")


def geblokkeerd(request, original_response=None, credentials=None):
    """django-axes' answer to a locked-out login (``AXES_LOCKOUT_CALLABLE``): the Dutch page,
    429 with ``Retry-After`` (the cool-off time)."""
    seconden = int(settings.AXES_COOLOFF_TIME.total_seconds())
    context = {"minuten": max(1, round(seconden / 60))}
    response = render(request, "registration/geblokkeerd.html", context, status=429)
    response["Retry-After"] = str(seconden)
    return response


class AnoniemThrottle(throttling.AnonRateThrottle):
    """Requests by anonymous clients, per address (rate ``API_LIMIET_ANONIEM``)."""

    def get_ident(self, request):
        return client_ip(request)


class GebruikerThrottle(throttling.UserRateThrottle):
    """Requests by a signed-in client (token or session), per user (``API_LIMIET_GEBRUIKER``)."""

    def get_ident(self, request):
        return client_ip(request)
