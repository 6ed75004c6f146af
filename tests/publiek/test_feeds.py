"""The Atom feed, the iCalendar feed and the CSV downloads are well-formed and complete."""

import csv
import datetime
import io
from xml.etree import ElementTree

import pytest

from activiteiten.models import Activiteit
from almelo_programma.publiek.feeds import agenda_ics_tekst
from doelen.models import Effectindicator
from tests.factories import BijeenkomstFactory, MetingFactory, StatusupdateFactory

pytestmark = pytest.mark.django_db

ATOM = "{http://www.w3.org/2005/Atom}"


def test_atom_feed_lists_published_updates_without_authors(programma, client):
    act = Activiteit.objects.get(slug="2023-b1-stadscafe")
    update = StatusupdateFactory(activiteit=act, toelichting="Stadscafé gehouden", voortgang=60)
    response = client.get("/feeds/statusupdates.atom")
    assert response["Content-Type"].startswith("application/atom+xml")
    feed = ElementTree.fromstring(response.content)
    entries = feed.findall(f"{ATOM}entry")
    assert len(entries) == 1
    entry = entries[0]
    assert entry.find(f"{ATOM}id").text == f"urn:uuid:{update.uuid}"
    assert "(60%)" in entry.find(f"{ATOM}title").text
    assert entry.find(f"{ATOM}link").get("href").endswith(f"#update-{update.uuid}")
    assert entry.find(f"{ATOM}author") is None


def test_icalendar_feed_is_valid_rfc5545(programma, client):
    BijeenkomstFactory(
        titel="Stadscafé: wonen, werken; en trots zijn — een heel lange titel die gevouwen moet",
        start=datetime.datetime(2030, 5, 1, 13, 30, tzinfo=datetime.UTC),
        locatie="Stadhuis, Almelo",
        openbare_samenvatting="Regel één\nRegel twee",
    )
    BijeenkomstFactory(titel="Nog niet gepland", start=None)
    BijeenkomstFactory(titel="Intern overleg", openbaar=False)
    response = client.get("/agenda.ics")
    assert response["Content-Type"] == "text/calendar; charset=utf-8"
    tekst = response.content.decode("utf-8")
    assert tekst.endswith("\r\n") and "\n" not in tekst.replace("\r\n", "")
    regels = tekst.split("\r\n")[:-1]
    assert regels[0] == "BEGIN:VCALENDAR" and regels[-1] == "END:VCALENDAR"
    assert all(len(r.encode("utf-8")) <= 75 for r in regels)
    ontvouwen = tekst.replace("\r\n ", "")
    assert ontvouwen.count("BEGIN:VEVENT") == 1  # unplanned and internal events left out
    assert "DTSTART:20300501T133000Z" in ontvouwen
    assert "SUMMARY:Stadscafé: wonen\\, werken\\; en trots zijn" in ontvouwen
    assert "LOCATION:Stadhuis\\, Almelo" in ontvouwen
    assert "DESCRIPTION:Regel één\\nRegel twee" in ontvouwen
    assert "Intern overleg" not in ontvouwen


def test_ics_folding_keeps_multibyte_characters_whole(programma):
    event = BijeenkomstFactory(
        titel="é" * 100, start=datetime.datetime(2030, 1, 1, tzinfo=datetime.UTC)
    )
    tekst = agenda_ics_tekst([event], basis_url="https://example.invalid")
    assert "é" * 100 in tekst.replace("\r\n ", "")


def test_activity_csv_follows_the_list_filters(programma, client):
    response = client.get("/activiteiten.csv?doel=B")
    assert response["Content-Disposition"].startswith("attachment;")
    tekst = io.StringIO(response.content.decode("utf-8-sig"))
    rijen = list(csv.DictReader(tekst, delimiter=";"))
    assert rijen and {r["doel"] for r in rijen} == {"B"}
    assert set(rijen[0]) >= {"uuid", "slug", "lijn", "jaar", "titel", "status", "voortgang_procent"}
    assert "trekker" not in rijen[0]


def test_measurement_csv_neutralises_formulas(programma, client):
    MetingFactory(
        indicator=Effectindicator.objects.get(nummer=6), toelichting='=HYPERLINK("http://x")'
    )
    tekst = io.StringIO(client.get("/metingen.csv").content.decode("utf-8-sig"))
    rijen = list(csv.DictReader(tekst, delimiter=";"))
    assert len(rijen) == 1
    assert rijen[0]["toelichting"].startswith("'=")
    assert rijen[0]["indicator"] == "6"
