"""SSO with the municipality's identity provider (OpenID Connect, mozilla-django-oidc).

A user is found by the user-name claim (``OIDC_GEBRUIKERSNAAM_CLAIM``) and created when new, with
an unusable password (they sign in through SSO only). On every SSO login their name and e-mail
come from the claims and their portal roles from the role claim (``OIDC_ROLLEN_CLAIM``) through
``OIDC_ROLLEN``: a role the claim no longer carries is taken away, and staff status (``/admin/``)
follows the programmamanager role. Superuser status is never given through SSO.
"""

from django.conf import settings
from django.contrib.auth.models import Group
from django.core.exceptions import SuspiciousOperation
from django.db import transaction
from mozilla_django_oidc.auth import OIDCAuthenticationBackend

from almelo_programma.kern.rechten import PROGRAMMAMANAGER, ROLLEN


def rollen_uit_claims(claims: dict) -> set[str]:
    """The portal roles the role claim maps to (unknown claim values are ignored)."""
    waarden = claims.get(settings.OIDC_ROLLEN_CLAIM) or []
    if isinstance(waarden, str):
        waarden = [waarden]
    return {settings.OIDC_ROLLEN[w] for w in waarden if w in settings.OIDC_ROLLEN}


@transaction.atomic
def gebruiker_bijwerken_uit_claims(user, claims: dict):
    """Name, e-mail, roles and staff status from the claims; other groups are left alone."""
    rollen = rollen_uit_claims(claims)
    user.first_name = (claims.get("given_name") or "")[:150]
    user.last_name = (claims.get("family_name") or "")[:150]
    user.email = claims.get("email") or ""
    if not user.is_superuser:
        user.is_staff = PROGRAMMAMANAGER in rollen
    user.save()
    user.groups.remove(*Group.objects.filter(name__in=set(ROLLEN) - rollen))
    user.groups.add(*Group.objects.filter(name__in=rollen))
    return user


class GemeentelijkeInlogBackend(OIDCAuthenticationBackend):
    def _gebruikersnaam(self, claims):
        return str(claims.get(settings.OIDC_GEBRUIKERSNAAM_CLAIM) or "").strip()[:150]

    def verify_claims(self, claims):
        return bool(self._gebruikersnaam(claims))

    def filter_users_by_claims(self, claims):
        return self.UserModel.objects.filter(username=self._gebruikersnaam(claims))

    def describe_user_by_claims(self, claims):
        return f"gebruikersnaam {self._gebruikersnaam(claims)}"

    @transaction.atomic
    def create_user(self, claims):
        user = self.UserModel(username=self._gebruikersnaam(claims))
        user.set_unusable_password()
        user.save()
        return gebruiker_bijwerken_uit_claims(user, claims)

    def update_user(self, user, claims):
        if user.is_superuser:
            # a superuser is a local account: an SSO name that matches it signs nobody in
            raise SuspiciousOperation("SSO-aanmelding op een superuser-account geweigerd")
        return gebruiker_bijwerken_uit_claims(user, claims)
