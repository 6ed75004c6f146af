"""Creating and editing partners, contact persons, events and lobby dossiers; bad input gets a
Dutch error next to the field and writes nothing."""

import pytest

from activiteiten.models import Activiteitenlijn
from netwerk.models import Bijeenkomst, Contactpersoon, Lobbycontact, Lobbydossier, Partner

pytestmark = pytest.mark.django_db
W = "/werkruimte/netwerk"


def test_partner_create_and_edit(als):
    client = als("trekker.netwerk")
    fout = client.post(
        f"{W}/partners/nieuw/",
        {"naam": "Saxion", "soort": "kennisinstelling", "lid_sinds": "2024-01-01"},
    )
    assert "Vul “lid sinds” alleen in voor een lid van het platform." in fout.content.decode()
    assert not Partner.objects.filter(naam="Saxion").exists()
    ok = client.post(
        f"{W}/partners/nieuw/",
        {
            "naam": "Saxion",
            "soort": "kennisinstelling",
            "website": "https://www.saxion.nl",
            "platformlid": "on",
            "lid_sinds": "2024-01-01",
        },
    )
    assert ok.status_code == 302
    saxion = Partner.objects.get(naam="Saxion")
    assert saxion.slug == "saxion" and saxion.platformlid
    ok = client.post(
        f"{W}/partners/saxion/bewerken/", {"naam": "Saxion Hogeschool", "soort": "kennisinstelling"}
    )
    assert ok.status_code == 302
    saxion.refresh_from_db()
    assert saxion.naam == "Saxion Hogeschool" and not saxion.platformlid
    assert saxion.history.count() == 2


def test_contact_person_create_and_edit(als, netwerk_basis):
    client = als("programmamanager")
    slug = netwerk_basis["partner"].slug
    fout = client.post(
        f"{W}/partners/{slug}/contactpersonen/nieuw/", {"naam": "Piet", "email": "geen-mail"}
    )
    assert "Voer een geldig e-mailadres in." in fout.content.decode()
    assert Contactpersoon.objects.count() == 1
    client.post(
        f"{W}/partners/{slug}/contactpersonen/nieuw/",
        {"naam": "Piet", "email": "piet@example.invalid"},
    )
    piet = Contactpersoon.objects.get(naam="Piet")
    client.post(
        f"{W}/contactpersonen/{piet.pk}/bewerken/", {"naam": "Piet Puk", "functie": "Directeur"}
    )
    piet.refresh_from_db()
    assert (piet.naam, piet.functie) == ("Piet Puk", "Directeur")


def test_event_create_with_partners_and_lines(als, netwerk_basis):
    client = als("trekker.netwerk")
    b3 = Activiteitenlijn.objects.get(code="B3")
    data = {
        "titel": "Stadscafé voorjaar",
        "soort": "stadscafe",
        "start": "2026-03-05T19:00",
        "einde": "2026-03-05T17:00",
        "locatie": "Theaterhotel",
        "partners": [netwerk_basis["partner"].pk],
        "lijnen": [b3.pk],
        "openbaar": "on",
    }
    fout = client.post(f"{W}/bijeenkomsten/nieuw/", data)
    assert "Het einde mag niet voor de start liggen." in fout.content.decode()
    assert not Bijeenkomst.objects.filter(titel="Stadscafé voorjaar").exists()
    fout = client.post(f"{W}/bijeenkomsten/nieuw/", {**data, "start": "", "einde": ""})
    assert "Een openbare bijeenkomst heeft een datum en tijd." in fout.content.decode()
    ok = client.post(f"{W}/bijeenkomsten/nieuw/", {**data, "einde": "2026-03-05T21:00"})
    assert ok.status_code == 302
    b = Bijeenkomst.objects.get(titel="Stadscafé voorjaar")
    assert b.slug == "stadscafe-voorjaar"
    assert list(b.partners.all()) == [netwerk_basis["partner"]]
    assert list(b.lijnen.all()) == [b3]
    assert b.start.hour == 18  # 19:00 Amsterdam (CET) is 18:00 UTC
    ok = client.post(
        f"{W}/bijeenkomsten/{b.slug}/bewerken/",
        {**data, "einde": "", "partners": [], "openbaar": ""},
    )
    assert ok.status_code == 302
    b.refresh_from_db()
    assert not b.partners.exists() and not b.openbaar


def test_lobby_dossier_and_contact_log(als, netwerk_basis):
    client = als("trekker.netwerk")
    b2 = Activiteitenlijn.objects.get(code="B2")
    ok = client.post(
        f"{W}/lobby/nieuw/",
        {
            "titel": "Spoorzone",
            "inzet": "Snellere treinen naar Zwolle.",
            "doelwitten": "Rijk",
            "status": "actief",
            "lijnen": [b2.pk],
        },
    )
    assert ok.status_code == 302
    dossier = Lobbydossier.objects.get(titel="Spoorzone")
    assert list(dossier.lijnen.all()) == [b2]
    url = f"{W}/lobby/{dossier.slug}/contacten/nieuw/"
    fout = client.post(
        url,
        {"datum": "2099-01-01", "doelwit": "rijk", "met_wie": "ProRail", "samenvatting": "Overleg"},
    )
    assert "Een contact ligt niet in de toekomst." in fout.content.decode()
    assert not dossier.contacten.exists()
    ok = client.post(
        url,
        {
            "datum": "2026-02-01",
            "doelwit": "rijk",
            "met_wie": "ProRail",
            "samenvatting": "Overleg",
            "uitkomst": "Vervolgoverleg in maart",
        },
    )
    assert ok.status_code == 302
    contact = Lobbycontact.objects.get(dossier=dossier)
    assert contact.door.username == "trekker.netwerk"
    html = client.get(f"{W}/lobby/{dossier.slug}/").content.decode()
    assert "ProRail" in html and "Vervolgoverleg in maart" in html
    lijst = client.get(f"{W}/lobby/").content.decode()
    assert "Spoorzone" in lijst and "1 februari 2026" in lijst
