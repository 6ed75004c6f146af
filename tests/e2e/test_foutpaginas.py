"""The Dutch error pages in a browser: 404, 403, and the 500 and 503 pages (rendered as the
handlers render them, without the database), axe-core clean, no sideways scrolling at 320 px."""

import pytest
from django.template.loader import render_to_string

from tests.e2e.helpers import login, vastleggen
from tests.factories import UserFactory

pytestmark = pytest.mark.django_db(transaction=True)


def _smal_zonder_zijwaarts_scrollen(page):
    page.set_viewport_size({"width": 320, "height": 640})
    assert page.evaluate("document.documentElement.scrollWidth") <= 320
    page.set_viewport_size({"width": 1280, "height": 900})


def test_404_and_403_pages(programma, live_server, page):
    page.goto(live_server.url + "/bestaat-niet/")
    assert page.get_by_role("heading", level=1).inner_text() == "Pagina niet gevonden"
    vastleggen(page, "fout-404")
    _smal_zonder_zijwaarts_scrollen(page)

    UserFactory(username="partner.fout", rol="partner")
    login(page, live_server, "partner.fout")
    antwoord = page.goto(live_server.url + "/werkruimte/")
    assert antwoord.status == 403
    assert page.get_by_role("heading", level=1).inner_text() == "Geen toegang"
    assert page.get_by_text("U heeft geen toegang tot deze pagina.").is_visible()
    vastleggen(page, "fout-403")
    _smal_zonder_zijwaarts_scrollen(page)


@pytest.mark.parametrize(
    ("sjabloon", "kop"),
    [("500.html", "Er ging iets mis"), ("503.html", "Tijdelijk niet beschikbaar")],
)
def test_500_and_503_pages(live_server, page, sjabloon, kop):
    page.goto(live_server.url + "/health/")  # same origin, so the stylesheet loads
    page.set_content(render_to_string(sjabloon), wait_until="load")
    assert page.get_by_role("heading", level=1).inner_text() == kop
    assert (
        page.evaluate("getComputedStyle(document.querySelector('.kop')).backgroundColor")
        != "rgba(0, 0, 0, 0)"
    )  # the portal's stylesheet applies
    vastleggen(page, f"fout-{sjabloon[:3]}")
    _smal_zonder_zijwaarts_scrollen(page)
