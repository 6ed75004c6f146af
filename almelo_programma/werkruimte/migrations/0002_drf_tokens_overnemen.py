"""Take over the API tokens of DRF's authtoken app (plaintext in ``authtoken_token``) as hashed
knox tokens, so that clients keep working: knox finds a token by its first 15 characters and
checks the SHA-512 digest of the whole token, whatever its length. The plaintext rows are then
deleted. Taken-over tokens get the normal lifetime from now (REST_KNOX["TOKEN_TTL"]).
Nothing to do in a database that never had the authtoken app."""

from django.conf import settings
from django.db import migrations
from django.utils import timezone
from knox.crypto import hash_token
from knox.settings import CONSTANTS

OUDE_TABEL = "authtoken_token"


def overnemen(apps, schema_editor):
    connection = schema_editor.connection
    if OUDE_TABEL not in connection.introspection.table_names():
        return
    ApiToken = apps.get_model("werkruimte", "ApiToken")
    quote = connection.ops.quote_name
    with connection.cursor() as cursor:
        cursor.execute(f"SELECT {quote('key')}, user_id FROM {quote(OUDE_TABEL)}")
        rijen = cursor.fetchall()
    verloopt = timezone.now() + settings.REST_KNOX["TOKEN_TTL"]
    ApiToken.objects.bulk_create(
        [
            ApiToken(
                digest=hash_token(key),
                token_key=key[: CONSTANTS.TOKEN_KEY_LENGTH],
                user_id=user_id,
                naam="Overgenomen token (van vóór de gehashte opslag)",
                expiry=verloopt,
            )
            for key, user_id in rijen
        ]
    )
    with connection.cursor() as cursor:
        cursor.execute(f"DELETE FROM {quote(OUDE_TABEL)}")


class Migration(migrations.Migration):
    dependencies = [("werkruimte", "0001_api_tokens")]

    operations = [migrations.RunPython(overnemen, migrations.RunPython.noop)]
