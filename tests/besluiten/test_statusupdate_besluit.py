"""A status update may name the decision behind it: one linked to the activity or its line.
The werkruimte form offers exactly those; the service refuses any other, and writes nothing."""

import datetime

import pytest
from django.core.exceptions import ValidationError

from activiteiten.models import Statusupdate
from activiteiten.services import statusupdate_create
from besluiten.services import besluit_create
from doelen.models import Programma

pytestmark = pytest.mark.django_db


@pytest.fixture
def elders(besluiten):
    """A public decision about another line only."""
    from activiteiten.models import Activiteitenlijn

    return besluit_create(
        programma=Programma.objects.get(),
        soort="raadsbesluit",
        kenmerk="RB 2025-200",
        datum=datetime.date(2025, 2, 2),
        titel="Besluit over de kennisagenda",
        openbaar=True,
        lijnen=[Activiteitenlijn.objects.get(code="C1")],
    )


def test_the_form_offers_the_decisions_of_the_activity_and_its_line(
    client, gebruikers, besluiten, elders
):
    act = besluiten["activiteit"]
    client.force_login(gebruikers["trekker.wonen"])
    html = client.get(f"/werkruimte/activiteiten/{act.slug}/").content.decode()
    assert 'name="besluit"' in html
    for kenmerk in ("RB 2025-114", "CB 2025-7", "TZ 2025-3"):  # activity or line A1
        assert kenmerk in html
    assert "RB 2025-200" not in html


def test_posting_an_update_with_its_decision(client, gebruikers, besluiten, elders):
    act = besluiten["activiteit"]
    client.force_login(gebruikers["trekker.wonen"])
    url = f"/werkruimte/activiteiten/{act.slug}/update/"
    gegevens = {
        "status": "vertraagd",
        "voortgang": 40,
        "toelichting": "Het raadsbesluit verschuift de planning.",
        "rapportagedatum": "2025-05-01",
        "besluit": besluiten["openbaar"].pk,
    }
    response = client.post(url, gegevens)
    assert response.status_code == 302
    assert Statusupdate.objects.get(activiteit=act).besluit == besluiten["openbaar"]

    response = client.post(url, {**gegevens, "besluit": elders.pk})
    assert response.status_code == 400
    assert Statusupdate.objects.filter(activiteit=act).count() == 1


def test_the_service_refuses_a_decision_of_another_line(besluiten, elders):
    with pytest.raises(ValidationError) as fout:
        statusupdate_create(
            activiteit=besluiten["activiteit"],
            status="op_schema",
            voortgang=10,
            rapportagedatum=datetime.date(2025, 5, 1),
            besluit=elders,
        )
    assert "bij deze activiteit of haar lijn" in str(fout.value)
    assert not Statusupdate.objects.exists()


def test_deleting_a_decision_keeps_the_update(besluiten):
    update = statusupdate_create(
        activiteit=besluiten["activiteit"],
        status="op_schema",
        voortgang=10,
        rapportagedatum=datetime.date(2025, 5, 1),
        besluit=besluiten["geheim"],
    )
    besluiten["geheim"].delete()
    update.refresh_from_db()
    assert update.besluit is None


def test_the_api_takes_a_decision_and_shows_only_a_public_one(
    api_client, gebruikers, besluiten, elders
):
    act = besluiten["activiteit"]
    api_client.force_authenticate(gebruikers["trekker.wonen"])
    gegevens = {
        "activiteit": act.slug,
        "status": "vertraagd",
        "voortgang": 40,
        "toelichting": "Het raadsbesluit verschuift de planning.",
        "rapportagedatum": "2025-05-01",
        "gepubliceerd": True,
    }
    antwoord = api_client.post(
        "/api/v1/statusupdates/", {**gegevens, "besluit": besluiten["openbaar"].slug}, format="json"
    )
    assert antwoord.status_code == 201, antwoord.content
    assert antwoord.json()["besluit"] == besluiten["openbaar"].slug
    geheim = api_client.post(
        "/api/v1/statusupdates/",
        {**gegevens, "rapportagedatum": "2025-05-02", "besluit": besluiten["geheim"].slug},
        format="json",
    )
    assert geheim.status_code == 201
    assert geheim.json()["besluit"] is None  # not public: never named in the API
    fout = api_client.post(
        "/api/v1/statusupdates/", {**gegevens, "besluit": elders.slug}, format="json"
    )
    assert fout.status_code == 400
    assert "bij deze activiteit of haar lijn" in fout.json()["besluit"][0]
    onbekend = api_client.post(
        "/api/v1/statusupdates/", {**gegevens, "besluit": "bestaat-niet"}, format="json"
    )
    assert onbekend.status_code == 400
    assert Statusupdate.objects.filter(activiteit=act).count() == 2

    api_client.force_authenticate(None)
    lijst = api_client.get("/api/v1/statusupdates/").json()["results"]
    assert sorted(str(r["besluit"]) for r in lijst) == ["None", besluiten["openbaar"].slug]
