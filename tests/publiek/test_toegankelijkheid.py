import pytest

pytestmark = pytest.mark.django_db


def test_accessibility_statement_is_published_and_linked_from_every_page(programma, client):
    html = client.get("/toegankelijkheid/").content.decode()
    for tekst in (
        "Toegankelijkheidsverklaring",
        "WCAG 2.1",
        "Nalevingsstatus",
        "Een probleem melden",
    ):
        assert tekst in html
    for url in ("/", "/activiteiten/", "/woningbouw/", "/inloggen/"):
        assert 'href="/toegankelijkheid/"' in client.get(url).content.decode(), url
