"""What the sign-in tests share: logging in through the real login page and computing codes."""

from django_otp.oath import totp
from django_otp.plugins.otp_totp.models import TOTPDevice

WACHTWOORD = "geheim-wachtwoord-123"


def inloggen(client, user, volgende="/werkruimte/"):
    """POST the login form as a user would; returns the response (not followed)."""
    return client.post(
        "/inloggen/", {"username": user.username, "password": WACHTWOORD, "next": volgende}
    )


def huidige_code(apparaat: TOTPDevice) -> str:
    """The code an authenticator app shows right now for ``apparaat``."""
    waarde = totp(
        apparaat.bin_key,
        step=apparaat.step,
        t0=apparaat.t0,
        digits=apparaat.digits,
        drift=apparaat.drift,
    )
    return f"{waarde:0{apparaat.digits}d}"


def app_geven(user) -> TOTPDevice:
    return TOTPDevice.objects.create(user=user, name="Authenticator-app", confirmed=True)
