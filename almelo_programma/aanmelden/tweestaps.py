"""Two-factor authentication (TOTP with recovery codes, on django-otp): who must pass it.

After the password, a user goes through a second step when

- they have a confirmed authenticator app (TOTP): always, whether or not 2FA is required; or
- 2FA is required (``TWEE_FACTOR_VERPLICHT``) and they are a programme manager or staff
  (``/admin/``): with an app they enter its code, without one they must set it up first.

Accounts that signed in through SSO skip it: the municipality's identity provider does MFA. The
decision is taken once at login and kept in the session, so a page costs no extra query; the
middleware only reads the session.
"""

from django.conf import settings
from django.contrib.auth import BACKEND_SESSION_KEY
from django_otp import DEVICE_ID_SESSION_KEY
from django_otp.plugins.otp_static.models import StaticDevice, StaticToken
from django_otp.plugins.otp_totp.models import TOTPDevice

from almelo_programma.kern.rechten import PROGRAMMAMANAGER

STAP = "aanmelden_tweede_stap"
GEEN = "geen"  # nothing to do
CODE = "code"  # enter the code of the authenticator app (or a recovery code)
INSTELLEN = "instellen"  # set up an authenticator app first

APP_NAAM = "Authenticator-app"
HERSTEL_NAAM = "Herstelcodes"
AANTAL_HERSTELCODES = 10


def is_verplicht_voor(user) -> bool:
    """Must this user use a second factor (when 2FA is switched on)?"""
    if user.is_staff or user.is_superuser:
        return True
    return user.groups.filter(name=PROGRAMMAMANAGER).exists()


def via_sso(session) -> bool:
    return session.get(BACKEND_SESSION_KEY) == settings.SSO_BACKEND


def heeft_app(user) -> bool:
    return TOTPDevice.objects.filter(user=user, confirmed=True).exists()


def bepaal_stap(user, session) -> str:
    if via_sso(session):
        return GEEN
    if heeft_app(user):
        return CODE
    if settings.TWEE_FACTOR_VERPLICHT and is_verplicht_voor(user):
        return INSTELLEN
    return GEEN


def tweede_stap_bepalen(sender, request, user, **kwargs):
    """On every login: decide the second step and keep it in the session."""
    if request is None or not hasattr(request, "session"):
        return
    request.session[STAP] = bepaal_stap(user, request.session)


def openstaande_stap(session) -> str:
    """The second step this signed-in session still has to take (GEEN when done).

    A session from before this decision existed is treated as needing one; the middleware then
    decides it with the user at hand.
    """
    if session.get(DEVICE_ID_SESSION_KEY):
        return GEEN
    return session.get(STAP, "")


def even_wachten(user) -> bool:
    """True when django-otp's throttling refuses codes for now (after wrong ones): each wrong
    code doubles the wait, so guessing 6 digits is hopeless."""
    from django_otp import devices_for_user

    return any(not d.verify_is_allowed()[0] for d in devices_for_user(user, for_verify=False))


def herstelcodes_maken(user) -> list[str]:
    """Replace the user's recovery codes by ``AANTAL_HERSTELCODES`` new ones; each works once."""
    apparaat, _ = StaticDevice.objects.get_or_create(
        user=user, name=HERSTEL_NAAM, defaults={"confirmed": True}
    )
    apparaat.token_set.all().delete()
    codes = [StaticToken.random_token() for _ in range(AANTAL_HERSTELCODES)]
    StaticToken.objects.bulk_create(StaticToken(device=apparaat, token=code) for code in codes)
    return codes


def herstelcodes_over(user) -> int:
    return StaticToken.objects.filter(device__user=user, device__name=HERSTEL_NAAM).count()
