"""The alderman's .xlsx never carries a live formula: every text the team typed — goal, line,
indicator, activity, lead, event, lobby dossier — is a text cell, however it starts."""

import pytest
from django.utils import timezone

from activiteiten.constants import Status
from activiteiten.models import Activiteit, Activiteitenlijn
from doelen.models import Doel, Effectindicator
from netwerk.models import Lobbydossier
from tests.factories import BijeenkomstFactory, StatusupdateFactory, UserFactory
from tests.kern.helpers import formule, xlsx_tekstcellen

pytestmark = pytest.mark.django_db


def test_every_exported_text_field_is_inert(client, programma):
    Doel.objects.filter(code="A").update(titel=formule("doel", 0))
    lijn = Activiteitenlijn.objects.get(code="A1")
    Activiteitenlijn.objects.filter(pk=lijn.pk).update(naam=formule("lijn", 1))
    Effectindicator.objects.filter(nummer=1).update(
        tekst=formule("indicator", 2), eenheid=formule("eenheid", 3)
    )
    trekker = UserFactory(username="t", first_name=formule("trekker", 2), last_name="X")
    vandaag = timezone.localdate()
    act = Activiteit.objects.create(
        lijn=lijn, jaar=vandaag.year, titel=formule("activiteit", 5), slug="f", trekker=trekker
    )
    StatusupdateFactory(
        activiteit=act, status=Status.VERTRAAGD, toelichting="x", rapportagedatum=vandaag
    )
    BijeenkomstFactory(titel=formule("bijeenkomst", 6), locatie=formule("locatie", 0))
    Lobbydossier.objects.create(titel=formule("lobby", 1), slug="lobby", inzet="x")

    client.force_login(UserFactory(rol="bestuurder"))
    response = client.get("/dashboard/export.xlsx")
    assert response.status_code == 200
    inhoud = b"".join(response.streaming_content) if response.streaming else response.content
    teksten = xlsx_tekstcellen(inhoud)
    alles = set().union(*teksten.values())
    verwacht = {
        "Doelen en lijnen": [formule("doel", 0), formule("lijn", 1)],
        "Indicatoren": [formule("indicator", 2), formule("eenheid", 3)],
        "Aandacht nodig": [formule("activiteit", 5), formule("trekker", 2) + " X"],
        "Netwerk": [formule("bijeenkomst", 6), formule("locatie", 0), formule("lobby", 1)],
    }
    for blad, waarden in verwacht.items():
        for waarde in waarden:
            assert waarde in teksten[blad], (blad, waarde)
    assert any(formule("lijn", 1) in t for t in alles)  # the context column names the line too
