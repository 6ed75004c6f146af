"""Protection against abuse: the client's address (login lockout, API throttling), the API's
throttles and their Dutch 429 answer, the API's token authentication.

``client_ip`` is the one place that decides who "an address" is: ``REMOTE_ADDR``, or behind
``PROXY_AANTAL`` reverse proxies the address the outermost trusted proxy saw (the n-th entry
from the right of ``X-Forwarded-For``), so a client cannot choose its own address by sending
that header. django-axes (``AXES_CLIENT_IP_CALLABLE``) and DRF (``NUM_PROXIES``) both use it.
"""

import math
from datetime import timedelta

from django.conf import settings
from django.shortcuts import render
from django.utils import timezone
from knox.auth import TokenAuthentication
from rest_framework import exceptions, throttling


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


def pogingen_wissen(sender, request, user, **kwargs):
    """After a successful login, forget the failed attempts on this user name — only those.
    (axes' own AXES_RESET_ON_SUCCESS would also clear the address's count, so an attacker with
    one account of their own could reset it after every few guesses at other accounts.)"""
    from axes.models import AccessAttempt

    AccessAttempt.objects.filter(username=user.get_username()).delete()


class _Limiet:
    """The rate from ``settings.API_LIMIETEN`` at each request (DRF reads it once, at import)."""

    def get_rate(self):
        return settings.API_LIMIETEN[self.scope]

    def get_ident(self, request):
        return client_ip(request)


class AnoniemThrottle(_Limiet, throttling.AnonRateThrottle):
    """Requests by anonymous clients, per address (``API_LIMIET_ANONIEM``)."""


class GebruikerThrottle(_Limiet, throttling.UserRateThrottle):
    """Requests by a signed-in client (token or session), per user (``API_LIMIET_GEBRUIKER``)."""


def exception_handler(exc, context):
    """DRF's handler, with the Dutch message of a 429 (DRF sets ``Retry-After`` itself)."""
    # imported here: rest_framework.views loads the authentication classes of this module
    from rest_framework.views import exception_handler as drf_exception_handler

    if isinstance(exc, exceptions.Throttled):
        seconden = math.ceil(exc.wait) if exc.wait is not None else None
        exc.detail = (
            f"Te veel verzoeken; probeer het over {seconden} seconden opnieuw."
            if seconden is not None
            else "Te veel verzoeken; probeer het later opnieuw."
        )
    return drf_exception_handler(exc, context)


class TokenAuthenticatie(TokenAuthentication):
    """The API's token authentication: django-rest-knox (``Authorization: Token <token>``),
    which refuses an expired or revoked (deleted) token with 401; it also records when a token
    was last used (at most one write a minute per token, not one per request)."""

    BIJWERKEN_NA = timedelta(minutes=1)

    def validate_user(self, auth_token):
        user, token = super().validate_user(auth_token)
        nu = timezone.now()
        if token.laatst_gebruikt is None or nu - token.laatst_gebruikt > self.BIJWERKEN_NA:
            type(token).objects.filter(pk=token.pk).update(laatst_gebruikt=nu)
            token.laatst_gebruikt = nu
        return user, token
