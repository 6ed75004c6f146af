"""API tokens: stored hashed, with expiry and revocation; a user lists, makes and revokes their
own at /werkruimte/tokens/ (the token shown once); the admin lists everyone's. DRF tokens from
before are taken over by a migration and keep working."""

import re
from datetime import timedelta
from types import SimpleNamespace

import pytest
from django.db import connection
from django.utils import timezone

from activiteiten.models import Activiteitenlijn
from almelo_programma.werkruimte.models import ApiToken
from tests.api.helpers import nieuwe_token
from tests.factories import ActiviteitFactory, UserFactory

pytestmark = pytest.mark.django_db

URL = "/api/v1/statusupdates/"
PAGINA = "/werkruimte/tokens/"


@pytest.fixture
def manager(programma):
    return UserFactory(username="manager", rol="programmamanager")


@pytest.fixture
def activiteit(programma):
    lijn = Activiteitenlijn.objects.get(code="A1")
    return ActiviteitFactory(lijn=lijn, jaar=2024, slug="a1-token-test")


def _schrijven(api_client, token, activiteit):
    api_client.credentials(HTTP_AUTHORIZATION=f"Token {token}")
    data = {
        "activiteit": activiteit.slug,
        "status": "op_schema",
        "voortgang": 10,
        "toelichting": "",
        "rapportagedatum": "2024-04-30",
    }
    return api_client.post(URL, data, format="json")


def _alle_tekst_in_database() -> str:
    """Every value of every column of the token table, as text."""
    with connection.cursor() as cursor:
        cursor.execute(f"SELECT * FROM {ApiToken._meta.db_table}")
        return " ".join(str(v) for rij in cursor.fetchall() for v in rij)


def test_a_token_works_and_is_stored_hashed(api_client, manager, activiteit):
    token = nieuwe_token(manager)
    assert _schrijven(api_client, token, activiteit).status_code == 201
    opgeslagen = _alle_tekst_in_database()
    assert token not in opgeslagen  # no plaintext in the database
    assert token[:15] in opgeslagen  # only the lookup prefix knox uses
    rij = ApiToken.objects.get()
    assert len(rij.digest) == 128 and rij.digest != token
    assert rij.laatst_gebruikt is not None
    assert rij.expiry - timezone.now() > timedelta(days=89)


def test_an_expired_token_is_refused(api_client, manager, activiteit):
    token = nieuwe_token(manager)
    ApiToken.objects.update(expiry=timezone.now() - timedelta(minutes=1))
    response = _schrijven(api_client, token, activiteit)
    assert response.status_code == 401
    assert response.json() == {"detail": "Ongeldige token."}
    assert response["WWW-Authenticate"] == "Token"
    # also on a read: a wrong token is never silently anonymous
    assert api_client.get("/api/v1/doelen/").status_code == 401


def test_a_revoked_token_is_refused(client, api_client, manager, activiteit):
    token = nieuwe_token(manager, naam="koppeling GIS")
    client.force_login(manager)
    digest = ApiToken.objects.get().digest
    response = client.post(PAGINA, {"intrekken": digest})
    assert response.status_code == 302
    assert not ApiToken.objects.exists()
    response = _schrijven(api_client, token, activiteit)
    assert response.status_code == 401
    assert response.json() == {"detail": "Ongeldige token."}


def test_the_page_lists_own_tokens_without_secrets(client, manager):
    token = nieuwe_token(manager, naam="koppeling GIS")
    nieuwe_token(UserFactory(username="collega", rol="lijntrekker"), naam="andermans token")
    client.force_login(manager)
    response = client.get(PAGINA)
    assert response.status_code == 200
    html = response.content.decode()
    assert "koppeling GIS" in html
    assert "nog niet gebruikt" in html
    assert "andermans token" not in html
    assert token not in html and token[:15] not in html


def test_making_a_token_shows_it_once(client, api_client, manager, activiteit):
    client.force_login(manager)
    response = client.post(PAGINA, {"naam": "rapportagescript"})
    assert response.status_code == 200
    html = response.content.decode()
    token = re.search(r'id="nieuwe-token"[^>]*value="([0-9a-f]{64})"', html).group(1)
    assert ApiToken.objects.get(user=manager).naam == "rapportagescript"
    assert _schrijven(api_client, token, activiteit).status_code == 201
    assert token not in client.get(PAGINA).content.decode()  # never shown again


def test_a_token_without_a_name_is_refused(client, manager):
    client.force_login(manager)
    response = client.post(PAGINA, {"naam": "  "})
    assert response.status_code == 400
    assert "Dit veld is vereist." in response.content.decode()
    assert not ApiToken.objects.exists()


def test_revoking_another_users_token_changes_nothing(client, manager):
    nieuwe_token(UserFactory(username="collega", rol="lijntrekker"))
    client.force_login(manager)
    response = client.post(PAGINA, {"intrekken": ApiToken.objects.get().digest}, follow=True)
    assert "bestaat niet (meer)" in response.content.decode()
    assert ApiToken.objects.count() == 1


@pytest.mark.parametrize("rol", ["partner", None])
def test_partners_and_visitors_have_no_token_page(client, programma, rol):
    if rol:
        client.force_login(UserFactory(rol=rol))
        assert client.get(PAGINA).status_code == 403
    else:
        assert client.get(PAGINA).status_code == 302


def test_the_admin_lists_every_users_tokens(client, manager):
    nieuwe_token(UserFactory(username="collega", rol="lijntrekker"), naam="andermans token")
    manager.is_staff = True
    manager.save()
    client.force_login(manager)
    response = client.get("/admin/werkruimte/apitoken/")
    assert response.status_code == 200
    assert "andermans token" in response.content.decode()


def test_the_page_takes_a_fixed_number_of_queries(client, manager, django_assert_num_queries):
    client.force_login(manager)
    nieuwe_token(manager)
    client.get(PAGINA)  # warm up (session, groups)
    # session, user, the page's programme, the user's roles in it, the programme switcher, tokens
    with django_assert_num_queries(6) as een:
        client.get(PAGINA)
    for n in range(9):
        nieuwe_token(manager, naam=f"token {n}")
    with django_assert_num_queries(len(een.captured_queries)):
        assert client.get(PAGINA).content.decode().count("Intrekken") == 10


def test_drf_tokens_are_taken_over_hashed_and_keep_working(api_client, manager, activiteit):
    """The data migration (werkruimte 0002) on a database that still has DRF's token table."""
    import importlib

    from django.apps import apps as django_apps

    migratie = importlib.import_module(
        "almelo_programma.werkruimte.migrations.0002_drf_tokens_overnemen"
    )
    oud = "0123456789abcdef0123456789abcdef01234567"  # a DRF key: 40 hex characters
    with connection.cursor() as cursor:
        cursor.execute(
            'CREATE TABLE authtoken_token ("key" varchar(40) PRIMARY KEY, user_id integer, '
            "created timestamp)"
        )
        cursor.execute(
            "INSERT INTO authtoken_token VALUES (%s, %s, %s)", [oud, manager.pk, timezone.now()]
        )
    # what RunPython passes: the app registry and something with the connection
    migratie.overnemen(django_apps, SimpleNamespace(connection=connection))
    with connection.cursor() as cursor:
        cursor.execute("SELECT COUNT(*) FROM authtoken_token")
        assert cursor.fetchone()[0] == 0  # the plaintext is gone
        cursor.execute("DROP TABLE authtoken_token")
    assert oud not in _alle_tekst_in_database()
    assert ApiToken.objects.get().naam.startswith("Overgenomen token")
    assert _schrijven(api_client, oud, activiteit).status_code == 201
