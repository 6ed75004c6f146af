"""Writes of the werkruimte's own data: a user's API tokens."""

from django.core.exceptions import ValidationError
from django.db import transaction

from .models import ApiToken


def apitoken_create(*, user, naam: str) -> tuple[ApiToken, str]:
    """A new token for ``user``, valid for ``REST_KNOX['TOKEN_TTL']``. Returns the row and the
    plaintext token, which is nowhere stored: show it once."""
    naam = (naam or "").strip()
    if not naam:
        raise ValidationError({"naam": "Geef de token een naam, zodat u hem later herkent."})
    with transaction.atomic():
        return ApiToken.objects.create(user=user, naam=naam)


def apitoken_delete(*, user, digest: str) -> ApiToken:
    """Revoke (delete) one of ``user``'s own tokens; another user's token is not found."""
    token = ApiToken.objects.filter(user=user, digest=digest).first()
    if token is None:
        raise ValidationError("Deze token bestaat niet (meer).")
    token.delete()
    return token
