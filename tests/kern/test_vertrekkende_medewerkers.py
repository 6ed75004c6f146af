"""Leaving staff: accounts are deactivated, not deleted, and the audit trail keeps who did what."""

import pytest
from django.contrib import admin
from django.contrib.auth import get_user_model
from django.db.models import ProtectedError
from django.urls import reverse
from rest_framework.authtoken.models import Token

from activiteiten.models import Activiteit, Statusupdate
from activiteiten.services import activiteit_update
from tests.api.helpers import met_token
from tests.factories import UserFactory

pytestmark = pytest.mark.django_db

WACHTWOORD = "geheim-wachtwoord-123"  # the factory's


@pytest.fixture
def vertrekker(programma, api_client):
    """The lead of line B1 with a status update (and so a history row) to their name, written
    through the API with their token."""
    user = UserFactory(
        username="vertrekker", first_name="Vera", last_name="Vertrek", rol="lijntrekker"
    )
    activiteit = Activiteit.objects.get(slug="2023-b1-stadscafe")
    activiteit.lijn.trekker = user
    activiteit.lijn.save()
    antwoord = met_token(api_client, user).post(
        "/api/v1/statusupdates/",
        {"activiteit": activiteit.slug, "status": "op_schema", "voortgang": 40,
         "toelichting": "Loopt.", "rapportagedatum": "2023-04-30"},
        format="json",
    )  # fmt: skip
    assert antwoord.status_code == 201, antwoord.content
    activiteit_update(
        activiteit=activiteit, versie=activiteit.versie, door=user,
        titel="Stadscafé (nieuwe opzet)", omschrijving=activiteit.omschrijving,
    )  # fmt: skip
    update = Statusupdate.objects.get(uuid=antwoord.json()["uuid"])
    assert Token.objects.filter(user=user).exists()
    return user, update


@pytest.fixture
def beheerder(client):
    user = UserFactory(username="beheerder-test", is_staff=True, is_superuser=True)
    client.force_login(user)
    return user


def deactiveer(client, user):
    return client.post(
        reverse("admin:auth_user_changelist"),
        {"action": "deactiveren", "_selected_action": [user.pk]},
        follow=True,
    )


def test_deactivated_user_cannot_sign_in_and_keeps_their_name_on_their_work(
    vertrekker, beheerder, client
):
    user, update = vertrekker
    assert client.login(username="vertrekker", password=WACHTWOORD)  # before: they can
    client.force_login(beheerder)

    antwoord = deactiveer(client, user)

    assert "1 gebruiker(s) gedeactiveerd" in antwoord.content.decode()
    user.refresh_from_db()
    assert not user.is_active and not user.has_usable_password()
    assert not Token.objects.filter(user=user).exists()
    assert not client.login(username="vertrekker", password=WACHTWOORD)
    update.refresh_from_db()
    assert update.auteur == user
    assert update.history.get().history_user == user

    client.force_login(beheerder)
    naam = "Vera Vertrek (gedeactiveerd)"
    # the werkruimte page: the update timeline and the activity's audit history
    pagina = client.get(reverse("activiteiten:activiteit", args=[update.activiteit.slug]))
    assert pagina.status_code == 200
    html = pagina.content.decode()
    assert f"door {naam}</span>" in html  # timeline
    assert f"door {naam} <span" in html  # audit history: "Gewijzigd door … — datum"
    # the admin's history page
    historie = client.get(reverse("admin:activiteiten_statusupdate_history", args=[update.pk]))
    assert naam in historie.content.decode()


def test_an_open_session_ends_when_the_account_is_deactivated(vertrekker, beheerder, client):
    from django.test import Client

    user, _ = vertrekker
    sessie = Client()
    sessie.force_login(user)
    url = reverse("activiteiten:activiteit", args=["2023-b1-stadscafe"])
    assert sessie.get(url).status_code == 200
    deactiveer(client, user)
    assert sessie.get(url).status_code == 302  # back to the login page


def test_deleting_a_user_with_an_audit_trail_is_refused(vertrekker, beheerder, client):
    user, update = vertrekker
    with pytest.raises(ProtectedError):
        user.delete()
    url = reverse("admin:auth_user_delete", args=[user.pk])
    pagina = client.get(url)
    html = pagina.content.decode()
    assert "<title>gebruiker kan niet worden verwijderd" in html
    client.post(url, {"post": "yes"})
    assert get_user_model().objects.filter(pk=user.pk).exists()
    update.refresh_from_db()
    assert update.auteur_id == user.pk


def test_the_user_list_offers_deactivate_and_no_bulk_delete(beheerder, client):
    html = client.get(reverse("admin:auth_user_changelist")).content.decode()
    assert 'value="deactiveren"' in html
    assert 'value="delete_selected"' not in html


def test_only_a_superuser_may_delete_an_account_without_history(programma, client):
    gebruiker_admin = admin.site._registry[get_user_model()]
    personeelszaken = UserFactory(username="pz", is_staff=True)
    from django.contrib.auth.models import Permission

    personeelszaken.user_permissions.add(
        *Permission.objects.filter(content_type__app_label="auth", codename__endswith="_user")
    )
    los = UserFactory(username="verkeerd-aangemaakt")
    client.force_login(personeelszaken)
    assert client.get(reverse("admin:auth_user_delete", args=[los.pk])).status_code == 403
    beheerder = UserFactory(username="beheerder-test", is_staff=True, is_superuser=True)
    client.force_login(beheerder)
    client.post(reverse("admin:auth_user_delete", args=[los.pk]), {"post": "yes"})
    assert not get_user_model().objects.filter(pk=los.pk).exists()
    assert gebruiker_admin.has_delete_permission.__self__ is gebruiker_admin


def test_a_user_in_the_admin_log_is_not_deleted_with_their_log(programma, beheerder, client):
    from django.contrib.admin.models import CHANGE, LogEntry
    from django.contrib.contenttypes.models import ContentType

    collega = UserFactory(username="oud-beheerder", is_staff=True)
    LogEntry.objects.create(
        user=collega,
        content_type=ContentType.objects.get_for_model(Activiteit),
        object_id="1",
        object_repr="Stadscafé",
        action_flag=CHANGE,
        change_message="Titel gewijzigd",
    )
    url = reverse("admin:auth_user_delete", args=[collega.pk])
    assert "kan niet worden verwijderd" in client.get(url).content.decode()
    client.post(url, {"post": "yes"})
    assert get_user_model().objects.filter(pk=collega.pk).exists()
    assert LogEntry.objects.filter(user=collega).count() == 1
