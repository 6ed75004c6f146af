"""The two sign-in middlewares: session lifetimes and the second step of two-factor login.

Both read only the session (no query) on an ordinary page of a user who is done signing in.
"""

from urllib.parse import urlencode

from django.contrib import messages
from django.contrib.auth import SESSION_KEY, logout
from django.contrib.auth.models import AnonymousUser
from django.contrib.auth.views import redirect_to_login
from django.shortcuts import redirect
from django.urls import reverse

from . import sessies, tweestaps


def _path_begint_met(request, *voorvoegsels) -> bool:
    return any(request.path.startswith(v) for v in voorvoegsels)


class SessieLimietMiddleware:
    """Logs a signed-in user out after the idle timeout or the absolute lifetime.

    A page sends them to the login page with the reason (a GET comes back to where it was after
    logging in again; a form sent after expiry is not processed).
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if SESSION_KEY in request.session:
            reden = sessies.sessie_verlopen(request.session)
            if reden:
                logout(request)
                if _path_begint_met(request, "/api/", reverse("login")):
                    # the API and the login form go on for an anonymous visitor: public reads
                    # work, writes are refused, a new login is taken
                    return self.get_response(request)
                messages.warning(request, reden)
                if request.method == "GET":
                    return redirect_to_login(request.get_full_path())
                return redirect("login")
        return self.get_response(request)


class TweeFactorMiddleware:
    """Until a user who needs a second step has taken it, the portal shows them only that step.

    Pages send them to the code form or the set-up page; the API treats them as anonymous (public
    reads work, writes are refused); logging out always works.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if SESSION_KEY not in request.session:
            return self.get_response(request)
        stap = tweestaps.openstaande_stap(request.session)
        if stap == "":
            stap = tweestaps.bepaal_stap(request.user, request.session)
            request.session[tweestaps.STAP] = stap
        if stap == tweestaps.GEEN:
            return self.get_response(request)
        vrij = [
            reverse("logout"),
            reverse("aanmelden:code"),
            reverse("aanmelden:instellen"),
            # signing in through SSO instead replaces this half-finished login
            reverse("aanmelden:sso_start"),
            reverse("aanmelden:sso_terug"),
        ]
        if request.path in vrij or _path_begint_met(request, "/static/"):
            return self.get_response(request)
        if _path_begint_met(request, "/api/"):
            request.user = AnonymousUser()
            return self.get_response(request)
        doel = "aanmelden:code" if stap == tweestaps.CODE else "aanmelden:instellen"
        return redirect(f"{reverse(doel)}?{urlencode({'next': request.get_full_path()})}")
