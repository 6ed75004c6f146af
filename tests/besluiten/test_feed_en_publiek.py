"""The Atom feed of decisions is valid RFC 4287 (the RELAX NG schema of the RFC, as for the
status-update feed) and names no person; every role may open the public pages."""

import pytest
from lxml import etree

from tests.publiek.test_atom import A, atom_schema

pytestmark = pytest.mark.django_db


def test_the_decision_feed_is_valid_and_public_only(client, gebruikers, besluiten):
    response = client.get("/feeds/besluiten.atom")
    assert response.status_code == 200
    document = etree.fromstring(response.content)
    schema = atom_schema()
    assert schema.validate(document), schema.error_log
    titels = [e.find(f"{A}title").text for e in document.findall(f"{A}entry")]
    assert titels == [
        "Raadsbesluit RB 2025-114: Vaststelling uitvoeringsagenda wonen",
        "Toezegging TZ 2025-3: Raad informeren over de woningbouwimpuls",
    ]
    ids = {e.find(f"{A}id").text for e in document.findall(f"{A}entry")}
    assert f"urn:uuid:{besluiten['openbaar'].uuid}" in ids
    tekst = response.content.decode()
    assert "trekker.wonen" not in tekst
    assert gebruikers["trekker.wonen"].get_full_name() not in tekst
    zelf = [k for k in document.findall(f"{A}link") if k.get("rel") == "self"]
    assert zelf[0].get("href").endswith("/feeds/besluiten.atom")


@pytest.mark.parametrize("rol", [None, "partner", "wethouder", "trekker.wonen", "programmamanager"])
def test_every_role_opens_the_public_pages(client, gebruikers, besluiten, rol):
    if rol:
        client.force_login(gebruikers[rol])
    slug = besluiten["openbaar"].slug
    for url in (
        "/besluiten/",
        f"/besluiten/{slug}/",
        "/feeds/besluiten.atom",
        f"/api/v1/besluiten/{slug}/",
    ):
        assert client.get(url).status_code == 200, (rol, url)
    assert client.get(f"/besluiten/{besluiten['geheim'].slug}/").status_code == 404
