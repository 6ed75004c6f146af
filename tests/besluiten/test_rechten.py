"""Rights per role on every werkruimte URL of the decision trail: internal readers read and
download, only programme managers create, edit and import; partners are refused and anonymous
visitors are sent to the login page."""

import pytest

from besluiten.models import Besluit

pytestmark = pytest.mark.django_db

LEZEN, BEWERKEN = "lezen", "bewerken"


def urls(besluiten):
    slug = besluiten["geheim"].slug
    w = "/werkruimte/besluiten"
    return [
        (f"{w}/", LEZEN),
        (f"{w}/{slug}/", LEZEN),
        (f"{w}/besluiten.xlsx", LEZEN),
        (f"{w}/nieuw/", BEWERKEN),
        (f"{w}/{slug}/bewerken/", BEWERKEN),
        (f"{w}/importeren/", BEWERKEN),
    ]


MAG = {
    "programmamanager": {LEZEN, BEWERKEN},
    "beheerder": {LEZEN, BEWERKEN},
    "trekker.wonen": {LEZEN},
    "trekker.netwerk": {LEZEN},
    "trekker.kennis": {LEZEN},
    "wethouder": {LEZEN},
    "partner": set(),
}


def test_every_url_per_role(client, gebruikers, besluiten):
    fouten = []
    for username, mag in MAG.items():
        client.force_login(gebruikers[username])
        for url, nodig in urls(besluiten):
            status = client.get(url).status_code
            verwacht = 200 if nodig in mag else 403
            if status != verwacht:
                fouten.append(f"{username} {url}: {status}, verwacht {verwacht}")
    assert not fouten


def test_anonymous_is_sent_to_login_everywhere(client, besluiten):
    for url, _nodig in urls(besluiten):
        response = client.get(url)
        assert response.status_code == 302, url
        assert response["Location"].startswith("/inloggen/?next="), url


def test_posts_without_rights_change_nothing(client, gebruikers, besluiten):
    besluit = besluiten["geheim"]
    gegevens = {"soort": "raadsbesluit", "kenmerk": "X-1", "datum": "2025-01-01", "titel": "X"}
    for username in ("wethouder", "trekker.wonen", "partner"):
        client.force_login(gebruikers[username])
        assert client.post("/werkruimte/besluiten/nieuw/", gegevens).status_code == 403
        url = f"/werkruimte/besluiten/{besluit.slug}/bewerken/"
        assert client.post(url, gegevens).status_code == 403
    assert not Besluit.objects.filter(kenmerk="X-1").exists()
    besluit.refresh_from_db()
    assert besluit.titel == "Vertrouwelijk grondaankoopbesluit"


def test_edit_links_only_for_editors(client, gebruikers, besluiten):
    url = f"/werkruimte/besluiten/{besluiten['geheim'].slug}/"
    client.force_login(gebruikers["wethouder"])
    html = client.get(url).content.decode()
    assert "/bewerken/" not in html
    assert "Besluit toevoegen" not in client.get("/werkruimte/besluiten/").content.decode()
    client.force_login(gebruikers["programmamanager"])
    assert "/bewerken/" in client.get(url).content.decode()
    assert "Besluit toevoegen" in client.get("/werkruimte/besluiten/").content.decode()


def test_menu_item_for_internal_users_only(client, gebruikers):
    client.force_login(gebruikers["wethouder"])
    assert 'href="/werkruimte/besluiten/"' in client.get("/").content.decode()
    client.force_login(gebruikers["partner"])
    assert 'href="/werkruimte/besluiten/"' not in client.get("/").content.decode()
