"""Staff who leave: accounts are deactivated, never deleted.

Everything a user wrote names them — status updates, measurements, lobby contacts, the audit
history (``on_delete=PROTECT``, see ``historie.py``) — so deleting a user with an audit trail is
refused. ``gebruiker_deactiveren`` is what the admin's "Deactiveren" action calls: the account
can no longer sign in (not active, no usable password, so its open sessions end too) and its API
tokens are revoked; its name stays on everything it did, marked "(gedeactiveerd)".
"""

from django.apps import apps
from django.db import transaction


@transaction.atomic
def gebruiker_deactiveren(*, gebruiker) -> None:
    """Deactivate ``gebruiker``: no sign-in, no usable password, no API tokens."""
    gebruiker.is_active = False
    gebruiker.set_unusable_password()
    gebruiker.save(update_fields=["is_active", "password"])
    if apps.is_installed("rest_framework.authtoken"):
        apps.get_model("authtoken", "Token").objects.filter(user=gebruiker).delete()
