"""Prepare the test provider's database: ``python -m tests.oidc_aanbieder.opzetten CONFIG``.

CONFIG is JSON: ``{"client_id", "client_secret", "redirect_uri", "gebruikers": [{"username",
"password", "first_name", "last_name", "email", "rollen": [...]}]}``. Run again with other
``rollen`` to change a user's roles at the provider (the other fields are kept).
"""

import json
import os
import sys


def main(config: dict):
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "tests.oidc_aanbieder.settings")
    import django

    django.setup()
    from django.contrib.auth.models import Group, User
    from django.core.management import call_command
    from oauth2_provider.models import Application

    call_command("migrate", verbosity=0)
    for gegevens in config.get("gebruikers", []):
        user, created = User.objects.get_or_create(
            username=gegevens["username"],
            defaults={k: gegevens.get(k, "") for k in ("first_name", "last_name", "email")},
        )
        if created:
            user.set_password(gegevens["password"])
            user.save()
        user.groups.set([Group.objects.get_or_create(name=r)[0] for r in gegevens["rollen"]])
    if (
        "client_id" in config
        and not Application.objects.filter(client_id=config["client_id"]).exists()
    ):
        Application.objects.create(
            name="Programmaportaal Almelo",
            client_id=config["client_id"],
            client_secret=config["client_secret"],
            client_type=Application.CLIENT_CONFIDENTIAL,
            authorization_grant_type=Application.GRANT_AUTHORIZATION_CODE,
            redirect_uris=config["redirect_uri"],
            algorithm=Application.RS256_ALGORITHM,
            skip_authorization=False,
        )


if __name__ == "__main__":
    main(json.loads(sys.argv[1]))
