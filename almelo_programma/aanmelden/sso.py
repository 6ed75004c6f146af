"""SSO with the municipality's identity provider (OpenID Connect, mozilla-django-oidc).

A user is found by the user-name claim (``OIDC_GEBRUIKERSNAAM_CLAIM``) and created when new, with
an unusable password (they sign in through SSO only). On every SSO login their name and e-mail
come from the claims and their portal roles from the role claim (``OIDC_ROLLEN_CLAIM``) through
``OIDC_ROLLEN``: a role the claim no longer carries is taken away, and staff status (``/admin/``)
follows the programmamanager role. Superuser status is never given through SSO.

Roles are held per programme (``doelen.Programmarol``): a mapping ``claimwaarde=rol`` gives the
role in every programme, ``claimwaarde=rol@programma-slug`` only in that programme.
"""

from django.conf import settings
from django.core.exceptions import SuspiciousOperation
from django.db import transaction
from mozilla_django_oidc.auth import OIDCAuthenticationBackend

from almelo_programma.kern.rechten import PROGRAMMAMANAGER, rollen_groepen_bijwerken
from doelen.models import Programma, Programmarol


def programmarollen_uit_claims(claims: dict) -> set[tuple[str, str | None]]:
    """(role, programme slug or None for every programme) pairs the role claim maps to
    (unknown claim values are ignored)."""
    waarden = claims.get(settings.OIDC_ROLLEN_CLAIM) or []
    if isinstance(waarden, str):
        waarden = [waarden]
    paren = set()
    for waarde in waarden:
        if waarde in settings.OIDC_ROLLEN:
            rol, _at, slug = settings.OIDC_ROLLEN[waarde].partition("@")
            paren.add((rol, slug or None))
    return paren


def rollen_uit_claims(claims: dict) -> set[str]:
    """The portal roles the role claim maps to, in any programme."""
    return {rol for rol, _slug in programmarollen_uit_claims(claims)}


@transaction.atomic
def gebruiker_bijwerken_uit_claims(user, claims: dict):
    """Name, e-mail, roles per programme and staff status from the claims; groups other than
    the role groups are left alone."""
    paren = programmarollen_uit_claims(claims)
    user.first_name = (claims.get("given_name") or "")[:150]
    user.last_name = (claims.get("family_name") or "")[:150]
    user.email = claims.get("email") or ""
    if not user.is_superuser:
        user.is_staff = PROGRAMMAMANAGER in {rol for rol, _slug in paren}
    user.save()
    gewenst = {
        (rol, programma.pk)
        for programma in Programma.objects.all()
        for rol, slug in paren
        if slug is None or slug == programma.slug
    }
    huidig = {(r.rol, r.programma_id): r.pk for r in user.programmarollen.all()}
    weg = [pk for paar, pk in huidig.items() if paar not in gewenst]
    Programmarol.objects.filter(pk__in=weg).delete()
    for rol, programma_id in gewenst - set(huidig):  # one by one: each gets its history row
        Programmarol.objects.create(gebruiker=user, rol=rol, programma_id=programma_id)
    rollen_groepen_bijwerken(user)
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
