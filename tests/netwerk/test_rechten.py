"""Rights per role on every netwerk URL: internal readers read, programme managers and B-line
leads edit, only programme managers run surveys; partners and anonymous visitors are refused."""

import pytest

from netwerk.models import Bijeenkomst, Contactpersoon, Enquete, Lobbydossier, Partner, Vervolgactie

pytestmark = pytest.mark.django_db

LEZEN, BEWERKEN, ENQUETE = "lezen", "bewerken", "enquete"


def urls():
    p = Partner.objects.get(slug="woonstichting-test")
    c = Contactpersoon.objects.get()
    b = Bijeenkomst.objects.get(slug="platformbijeenkomst-najaar")
    d = Lobbydossier.objects.get()
    e = Enquete.objects.get()
    w = "/werkruimte/netwerk"
    return [
        (f"{w}/", LEZEN),
        (f"{w}/partners/", LEZEN),
        (f"{w}/partners/{p.slug}/", LEZEN),
        (f"{w}/bijeenkomsten/", LEZEN),
        (f"{w}/bijeenkomsten/{b.slug}/", LEZEN),
        (f"{w}/acties/", LEZEN),
        (f"{w}/lobby/", LEZEN),
        (f"{w}/lobby/{d.slug}/", LEZEN),
        (f"{w}/enquetes/", LEZEN),
        (f"{w}/enquetes/{e.slug}/", LEZEN),
        (f"{w}/partners/nieuw/", BEWERKEN),
        (f"{w}/partners/{p.slug}/bewerken/", BEWERKEN),
        (f"{w}/partners/{p.slug}/contactpersonen/nieuw/", BEWERKEN),
        (f"{w}/contactpersonen/{c.pk}/bewerken/", BEWERKEN),
        (f"{w}/bijeenkomsten/nieuw/", BEWERKEN),
        (f"{w}/bijeenkomsten/{b.slug}/bewerken/", BEWERKEN),
        (f"{w}/bijeenkomsten/{b.slug}/acties/nieuw/", BEWERKEN),
        (f"{w}/lobby/nieuw/", BEWERKEN),
        (f"{w}/lobby/{d.slug}/bewerken/", BEWERKEN),
        (f"{w}/lobby/{d.slug}/contacten/nieuw/", BEWERKEN),
        (f"{w}/enquetes/nieuw/", ENQUETE),
        (f"{w}/enquetes/{e.slug}/links/", ENQUETE),
    ]


# role -> what it may open
MAG = {
    "programmamanager": {LEZEN, BEWERKEN, ENQUETE},
    "beheerder": {LEZEN, BEWERKEN, ENQUETE},
    "trekker.netwerk": {LEZEN, BEWERKEN},  # leads B1–B3
    "trekker.wonen": {LEZEN},  # leads A-lines only
    "trekker.kennis": {LEZEN},
    "wethouder": {LEZEN},
    "partner": set(),
}


def test_every_url_per_role(client, gebruikers):
    fouten = []
    for username, mag in MAG.items():
        client.force_login(gebruikers[username])
        for url, nodig in urls():
            status = client.get(url).status_code
            verwacht = 200 if nodig in mag else 403
            if status != verwacht:
                fouten.append(f"{username} {url}: {status}, verwacht {verwacht}")
    assert not fouten


def test_anonymous_is_sent_to_login_everywhere(client, netwerk_basis):
    for url, _nodig in urls():
        response = client.get(url)
        assert response.status_code == 302, url
        assert response["Location"].startswith("/inloggen/?next="), url


def test_posts_are_refused_without_rights(client, gebruikers):
    e = Enquete.objects.get()
    aantal = Partner.objects.count()
    client.force_login(gebruikers["wethouder"])
    assert client.post("/werkruimte/netwerk/partners/nieuw/", {"naam": "X"}).status_code == 403
    assert Partner.objects.count() == aantal
    client.force_login(gebruikers["trekker.netwerk"])
    assert client.post(f"/werkruimte/netwerk/enquetes/{e.slug}/sluiten/").status_code == 403
    e.refresh_from_db()
    assert e.is_open
    client.force_login(gebruikers["partner"])
    actie = Vervolgactie.objects.get()
    assert client.post(f"/werkruimte/netwerk/acties/{actie.pk}/afronden/").status_code == 403


def test_edit_links_only_for_editors(client, gebruikers):
    p = Partner.objects.get(slug="woonstichting-test")
    client.force_login(gebruikers["wethouder"])
    html = client.get(f"/werkruimte/netwerk/partners/{p.slug}/").content.decode()
    assert "Partner bewerken" not in html
    client.force_login(gebruikers["trekker.netwerk"])
    html = client.get(f"/werkruimte/netwerk/partners/{p.slug}/").content.decode()
    assert "Partner bewerken" in html


def test_menu_item_for_internal_users_only(client, gebruikers):
    client.force_login(gebruikers["wethouder"])
    assert 'href="/werkruimte/netwerk/"' in client.get("/").content.decode()
    client.force_login(gebruikers["partner"])
    assert 'href="/werkruimte/netwerk/"' not in client.get("/").content.decode()
