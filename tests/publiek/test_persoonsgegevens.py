"""No personal data and nothing internal on any public page, feed, download or API response."""

import pytest
from django.contrib.auth import get_user_model

from netwerk.models import (
    Bijeenkomst,
    Contactpersoon,
    Enquetereactie,
    Lobbycontact,
    Partner,
    Vervolgactie,
)
from tests.publiek.helpers import alle_openbare_urls
from woondeals.models import Subsidieaanvraag

pytestmark = pytest.mark.django_db


def test_no_names_emails_contacts_notes_or_amounts_anywhere_public(demo, client):
    partner = Partner.objects.filter(is_demo=True).first()
    Contactpersoon.objects.create(
        partner=partner,
        naam="Jantine Contactpersoon",
        email="jantine@corporatie.invalid",
        telefoon="0546-123456",
    )
    verboden = {"Jantine Contactpersoon", "jantine@corporatie.invalid", "0546-123456"}
    for user in get_user_model().objects.all():
        verboden |= {user.email, user.get_full_name()}
        if "." in user.username:  # "partner", "wethouder" are ordinary Dutch words
            verboden.add(user.username)
    verboden |= set(Bijeenkomst.objects.values_list("interne_notities", flat=True))
    # the netwerk werkruimte's internals (its demo data): contact persons, follow-up
    # actions, lobby contacts and survey comments never leave the werkruimte
    for naam, email in Contactpersoon.objects.values_list("naam", "email"):
        verboden |= {naam, email}
    verboden |= set(Vervolgactie.objects.values_list("omschrijving", flat=True))
    for met_wie, samenvatting in Lobbycontact.objects.values_list("met_wie", "samenvatting"):
        verboden |= {met_wie, samenvatting}
    verboden |= set(Enquetereactie.objects.values_list("opmerking", flat=True))
    assert Contactpersoon.objects.count() > 1 and Vervolgactie.objects.exists()
    for aanvraag in Subsidieaanvraag.objects.all():
        bedrag = int(aanvraag.aangevraagd_bedrag)
        verboden |= {str(bedrag), f"{bedrag:,}".replace(",", "."), aanvraag.titel}
    verboden.discard("")
    # a username may be a common word; the demo usernames are specific enough
    assert "trekker.wonen" in verboden and "Demo Trekker Wonen" in verboden

    for url in alle_openbare_urls():
        tekst = client.get(url).content.decode("utf-8")
        for woord in verboden:
            assert woord not in tekst, f"{woord!r} staat op {url}"


def test_api_has_no_person_fields(demo, client):
    schema = client.get("/api/v1/schema/?format=json").json()
    velden = set()
    for component in schema["components"]["schemas"].values():
        velden |= set(component.get("properties", {}))
    for veld in ("auteur", "trekker", "door", "email", "interne_notities", "contactpersonen"):
        assert veld not in velden
    for veld in ("aangevraagd_bedrag", "toegekend_bedrag"):
        assert veld not in velden
