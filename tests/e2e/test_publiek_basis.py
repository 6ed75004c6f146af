import pytest

from tests.e2e.helpers import assert_toegankelijk, vastleggen

pytestmark = pytest.mark.django_db(transaction=True)


def test_home_and_login_are_accessible(demo, live_server, page):
    page.goto(live_server.url + "/")
    assert page.get_by_role("heading", level=1).inner_text() == "Programma Stedelijke Ontwikkeling"
    vastleggen(page, "publiek-home")
    page.get_by_role("link", name="Inloggen").click()
    page.get_by_label("Gebruikersnaam").fill("wethouder")
    page.get_by_label("Wachtwoord").fill("demo-almelo-2026")
    page.get_by_role("button", name="Inloggen").click()
    assert page.get_by_role("button", name="Uitloggen").is_visible()
    assert_toegankelijk(page)
