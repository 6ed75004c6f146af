"""Personal data (contact persons, action owners), internal notes, follow-up actions and lobby
contacts never reach the public pages; the survey form shows no partner or person."""

import pytest

from activiteiten.models import Activiteitenlijn
from doelen.models import Doel, Effectindicator
from netwerk import services
from netwerk.models import Bijeenkomst

pytestmark = pytest.mark.django_db

GEHEIM = [
    "Jantje Geheim",
    "jantje.geheim@example.invalid",
    "Vertrouwelijk: wethouder twijfelt over locatie.",
    "Geheime vervolgactie uitwerken",
    "Vertrouwelijk lobbygesprek",
    "Trekker Netwerk",  # the action owner's name
]


def publieke_urls():
    urls = ["/"]
    urls += [d.get_absolute_url() for d in Doel.objects.all()]
    urls += [i.get_absolute_url() for i in Effectindicator.objects.all()]
    urls += [lijn.get_absolute_url() for lijn in Activiteitenlijn.objects.all()]
    urls += [b.get_absolute_url() for b in Bijeenkomst.objects.filter(openbaar=True)]
    return urls


def test_public_pages_show_no_personal_data_or_internal_notes(client, netwerk_basis):
    bijeenkomst = netwerk_basis["bijeenkomst"]
    agenda = client.get(bijeenkomst.get_absolute_url()).content.decode()
    assert "Het platform besprak de woningbouwagenda." in agenda  # the public summary is there
    for url in publieke_urls():
        response = client.get(url)
        assert response.status_code == 200, url
        html = response.content.decode()
        for tekst in GEHEIM:
            assert tekst not in html, f"{tekst!r} op {url}"


def test_partner_login_sees_no_personal_data_either(client, netwerk_basis):
    client.force_login(netwerk_basis["gebruikers"]["partner"])
    for url in publieke_urls():
        html = client.get(url).content.decode()
        for tekst in GEHEIM:
            assert tekst not in html, f"{tekst!r} op {url}"


def test_non_public_event_is_not_on_the_public_side(client, netwerk_basis):
    bijeenkomst = netwerk_basis["bijeenkomst"]
    services.bijeenkomst_update(bijeenkomst=bijeenkomst, data={"openbaar": False})
    assert client.get(bijeenkomst.get_absolute_url()).status_code == 404
    assert bijeenkomst.titel not in client.get("/").content.decode()


def test_survey_form_names_no_partner_or_person(client, netwerk_basis):
    services.contactpersoon_create(partner=netwerk_basis["partner"], naam="Klaas Contact")
    links = services.uitnodigingen_create(
        enquete=netwerk_basis["enquete"],
        partners=[netwerk_basis["partner"]],
        per_contactpersoon=True,
    )
    for link in links:
        html = client.get(f"/enquete/{link.token}/").content.decode()
        for tekst in ("Woonstichting Test", "Jantje Geheim", "Klaas Contact"):
            assert tekst not in html
