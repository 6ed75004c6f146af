from django.apps import AppConfig
from django.core.exceptions import ImproperlyConfigured


class AanmeldenConfig(AppConfig):
    """Signing in: the login page, SSO (OpenID Connect), two-factor authentication and session
    lifetimes."""

    name = "almelo_programma.aanmelden"
    label = "aanmelden"
    verbose_name = "Inloggen en sessies"

    def ready(self):
        from django.conf import settings
        from django.contrib.auth.signals import user_logged_in

        from almelo_programma.kern.rechten import ROLLEN

        from . import sessies, tweestaps

        onbekend = sorted(
            {rol.partition("@")[0] for rol in settings.OIDC_ROLLEN.values()} - set(ROLLEN)
        )
        if onbekend:
            raise ImproperlyConfigured(
                f"OIDC_ROLLEN noemt onbekende rollen {', '.join(onbekend)}; "
                f"toegestaan zijn {', '.join(ROLLEN)}."
            )
        user_logged_in.connect(sessies.sessie_beginnen, dispatch_uid="aanmelden.sessie")
        user_logged_in.connect(tweestaps.tweede_stap_bepalen, dispatch_uid="aanmelden.tweestaps")
