"""Publishing shows an item everywhere public; unpublishing hides it everywhere again.

"Everywhere" is the pages, the Atom and iCalendar feeds, the CSV downloads and the API. The
public cache stays on: these tests also prove that publishing invalidates it.
"""

import datetime

import pytest
from django.utils import timezone

from activiteiten.models import Activiteit, Statusupdate
from activiteiten.services import laatste_updates_bijwerken
from doelen.models import Effectindicator
from tests.factories import (
    BijeenkomstFactory,
    MetingFactory,
    RealisatieFactory,
    StatusupdateFactory,
    WoningbouwprojectFactory,
)
from woondeals.models import Deelspoor, DeelspoorUpdate

pytestmark = pytest.mark.django_db

API_ALLES = [
    "/api/v1/activiteiten/",
    "/api/v1/statusupdates/",
    "/api/v1/indicatoren/",
    "/api/v1/lijnen/",
    "/api/v1/deelsporen/",
    "/api/v1/woningbouwprojecten/",
    "/api/v1/woningbouwcijfers/",
    "/api/v1/bijeenkomsten/",
]


def _overal(client, urls) -> str:
    teksten = []
    for url in urls:
        response = client.get(url)
        assert response.status_code == 200, url
        teksten.append(response.content.decode("utf-8"))
    return "\n".join(teksten)


def _zet(obj, **velden):
    """Change and save ``obj`` as the admin does (for a status update: the activity's stored
    latest update is refreshed, ``StatusupdateAdmin.save_model``)."""
    for naam, waarde in velden.items():
        setattr(obj, naam, waarde)
    obj.save()
    if isinstance(obj, Statusupdate):
        laatste_updates_bijwerken([obj.activiteit_id])


def test_status_update_publish_and_unpublish(programma, client):
    act = Activiteit.objects.get(slug="2023-b1-stadscafe")
    update = StatusupdateFactory(
        activiteit=act,
        toelichting="Zichtbaar-na-publicatie-42",
        gepubliceerd=False,
        rapportagedatum=datetime.date(2023, 12, 31),
    )
    urls = [
        "/",
        act.get_absolute_url(),
        act.lijn.get_absolute_url(),
        act.lijn.doel.get_absolute_url(),
        "/feeds/statusupdates.atom",
        *API_ALLES,
    ]
    assert "Zichtbaar-na-publicatie-42" not in _overal(client, urls)

    _zet(update, gepubliceerd=True)
    assert _overal(client, urls).count("Zichtbaar-na-publicatie-42") >= 7

    _zet(update, gepubliceerd=False)
    assert "Zichtbaar-na-publicatie-42" not in _overal(client, urls)


def test_status_update_drives_public_status_only_when_published(programma, client):
    act = Activiteit.objects.get(slug="2023-b1-stadscafe")
    StatusupdateFactory(activiteit=act, status="op_schema", voortgang=40, gepubliceerd=True)
    concept = StatusupdateFactory(
        activiteit=act,
        status="vertraagd",
        voortgang=45,
        toelichting="x",
        gepubliceerd=False,
        rapportagedatum=datetime.date(2024, 8, 31),
    )

    def status_overal():
        api = client.get(f"/api/v1/activiteiten/{act.slug}/").json()
        rij = [
            r
            for r in client.get("/activiteiten.csv").content.decode().splitlines()
            if act.slug in r
        ]
        return api["status"], api["voortgang"], rij[0].split(";")[7]

    assert status_overal() == ("op_schema", 40, "op_schema")
    _zet(concept, gepubliceerd=True)
    assert status_overal() == ("vertraagd", 45, "vertraagd")


def test_activity_openbaar_shows_and_hides(programma, client):
    act = Activiteit.objects.get(slug="2023-b1-stadscafe")
    StatusupdateFactory(activiteit=act, toelichting="Update-van-openbare-activiteit")
    urls = [
        "/",
        "/activiteiten/",
        "/activiteiten.csv",
        act.lijn.get_absolute_url(),
        "/feeds/statusupdates.atom",
        *API_ALLES,
    ]
    tekst = _overal(client, urls)
    assert act.slug in tekst and "Update-van-openbare-activiteit" in tekst

    _zet(act, openbaar=False)
    tekst = _overal(client, urls)
    assert act.slug not in tekst and "Update-van-openbare-activiteit" not in tekst
    assert client.get(act.get_absolute_url()).status_code == 404
    assert client.get(f"/api/v1/activiteiten/{act.slug}/").status_code == 404

    _zet(act, openbaar=True)
    assert client.get(act.get_absolute_url()).status_code == 200


def test_measurement_publish_and_unpublish(programma, client):
    indicator = Effectindicator.objects.get(nummer=6)
    meting = MetingFactory(indicator=indicator, toelichting="Meting-profiel-77", gepubliceerd=False)
    urls = [
        "/",
        indicator.get_absolute_url(),
        indicator.doel.get_absolute_url(),
        "/metingen.csv",
        "/api/v1/indicatoren/",
        f"/api/v1/indicatoren/{indicator.slug}/",
    ]
    assert "Meting-profiel-77" not in _overal(client, urls)
    _zet(meting, gepubliceerd=True)
    tekst = _overal(client, urls)
    assert "Meting-profiel-77" in tekst
    assert "In gang" in client.get("/").content.decode()
    _zet(meting, gepubliceerd=False)
    assert "Meting-profiel-77" not in _overal(client, urls)


def test_housing_project_publish_and_unpublish(programma, client):
    project = WoningbouwprojectFactory(naam="Project-Hofkamp-Zuid", gepubliceerd=False)
    RealisatieFactory(project=project, jaar=2024, gestart=0, opgeleverd=1234)
    urls = ["/", "/woningbouw/", "/api/v1/woningbouwprojecten/", "/api/v1/woningbouwcijfers/"]

    def opgeleverd():
        return client.get("/api/v1/woningbouwcijfers/").json()["opgeleverd"]

    assert "Project-Hofkamp-Zuid" not in _overal(client, urls)
    assert opgeleverd() == 0
    assert "1.234" not in client.get("/").content.decode()

    _zet(project, gepubliceerd=True)
    assert "Project-Hofkamp-Zuid" in _overal(client, urls)
    assert opgeleverd() == 1234
    assert "1.234" in client.get("/").content.decode()

    _zet(project, gepubliceerd=False)
    assert "Project-Hofkamp-Zuid" not in _overal(client, urls)
    assert opgeleverd() == 0


def test_event_openbaar_shows_and_hides(programma, client):
    start = timezone.now() + datetime.timedelta(days=10)
    event = BijeenkomstFactory(titel="Stadscafe-Bijeenkomst-9", start=start, openbaar=False)
    urls = ["/", "/agenda/", "/agenda.ics", "/api/v1/bijeenkomsten/"]
    assert "Stadscafe-Bijeenkomst-9" not in _overal(client, urls)
    assert client.get(event.get_absolute_url()).status_code == 404

    _zet(event, openbaar=True)
    assert _overal(client, urls).count("Stadscafe-Bijeenkomst-9") >= 4
    assert client.get(event.get_absolute_url()).status_code == 200

    _zet(event, openbaar=False)
    assert "Stadscafe-Bijeenkomst-9" not in _overal(client, urls)


def test_subtrack_update_publish_and_unpublish(programma, client):
    spoor = Deelspoor.objects.order_by("nummer").first()
    update = DeelspoorUpdate.objects.create(
        deelspoor=spoor,
        rapportagedatum=datetime.date(2024, 4, 30),
        status="op_schema",
        voortgang=30,
        toelichting="Deelspoor-update-55",
        gepubliceerd=False,
    )
    urls = ["/woningbouw/", "/api/v1/deelsporen/"]
    assert "Deelspoor-update-55" not in _overal(client, urls)
    _zet(update, gepubliceerd=True)
    assert _overal(client, urls).count("Deelspoor-update-55") == 2
    _zet(spoor, openbaar=False)
    assert "Deelspoor-update-55" not in _overal(client, urls)
    assert spoor.naam not in client.get("/api/v1/deelsporen/").content.decode()
