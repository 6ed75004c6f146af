"""The Atom feed is valid RFC 4287: checked against the RELAX NG schema of the RFC (Appendix B,
``schemas/atom.rnc``, converted with rnc2rng and validated with lxml) and the RFC's Schematron
rules, with a feed author and per entry ``updated`` = when the update last changed."""

import datetime
from pathlib import Path

import pytest
import rnc2rng
from django.utils import timezone
from lxml import etree

from activiteiten.models import Activiteit
from tests.factories import StatusupdateFactory

pytestmark = pytest.mark.django_db

A = "{http://www.w3.org/2005/Atom}"
RNC = Path(__file__).parent / "schemas" / "atom.rnc"


def atom_schema() -> etree.RelaxNG:
    rng = rnc2rng.dumps(rnc2rng.load(str(RNC)))
    # rnc2rng declares the empty namespace as a prefix (xmlns:local=""), which XML forbids;
    # the schema itself refers to it as ns="", so the declaration can go
    return etree.RelaxNG(etree.fromstring(rng.replace('xmlns:local=""', "").encode()))


def test_the_validator_refuses_an_invalid_feed():
    ongeldig = etree.fromstring(
        b'<feed xmlns="http://www.w3.org/2005/Atom"><title>x</title></feed>'
    )
    assert not atom_schema().validate(ongeldig)


@pytest.fixture
def feed(programma, client):
    act = Activiteit.objects.get(slug="2023-b1-stadscafe")
    oud = StatusupdateFactory(activiteit=act, rapportagedatum=datetime.date(2023, 4, 30))
    nieuw = StatusupdateFactory(activiteit=act, rapportagedatum=datetime.date(2023, 8, 31))
    # the older update is corrected after the newer one was made: its entry says so
    oud.toelichting = "Gecorrigeerd"
    oud.save()
    response = client.get("/feeds/statusupdates.atom")
    assert response.status_code == 200
    return etree.fromstring(response.content), oud, nieuw


def test_the_feed_is_valid_rfc_4287(feed):
    document, _, _ = feed
    schema = atom_schema()
    assert schema.validate(document), schema.error_log
    # the Schematron rules of RFC 4287 (Appendix B), which RELAX NG cannot state
    entries = document.findall(f"{A}entry")
    assert document.find(f"{A}author") is not None or all(
        e.find(f"{A}author") is not None for e in entries
    )
    for entry in entries:
        alternatief = [
            k for k in entry.findall(f"{A}link") if k.get("rel", "alternate") == "alternate"
        ]
        assert alternatief or entry.find(f"{A}content") is not None
    zelf = [k for k in document.findall(f"{A}link") if k.get("rel") == "self"]
    assert zelf and zelf[0].get("href").endswith("/feeds/statusupdates.atom")


def test_the_feed_names_the_programme_as_author(feed):
    document, _, _ = feed
    auteur = document.find(f"{A}author/{A}name").text
    assert auteur == "Gemeente Almelo, Programma Stedelijke Ontwikkeling"


def test_each_entry_is_updated_when_the_update_last_changed(feed):
    document, oud, nieuw = feed
    oud.refresh_from_db()
    assert oud.gewijzigd_op > oud.aangemaakt_op
    per_id = {e.find(f"{A}id").text: e for e in document.findall(f"{A}entry")}
    for update in (oud, nieuw):
        entry = per_id[f"urn:uuid:{update.uuid}"]
        updated = datetime.datetime.fromisoformat(entry.find(f"{A}updated").text)
        assert updated == update.gewijzigd_op
        published = datetime.datetime.fromisoformat(entry.find(f"{A}published").text)
        assert published.date() == update.rapportagedatum
    feed_updated = datetime.datetime.fromisoformat(document.find(f"{A}updated").text)
    assert feed_updated == max(oud.gewijzigd_op, nieuw.gewijzigd_op)
    assert feed_updated <= timezone.now()
