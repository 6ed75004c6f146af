"""A programme manager archives a programme whose end evaluation is vastgesteld: the archive page
explains it (axe-core finds nothing), the result is shown, the werkruimte of the archived
programme says it is read-only, and a write is refused with the Dutch message."""

import pytest

from activiteiten.models import Activiteit
from tests.archief.conftest import vaststellen
from tests.e2e.helpers import assert_toegankelijk, login
from tests.factories import UserFactory

pytestmark = pytest.mark.django_db(transaction=True)

SHOTS = "/tmp/shots"


def test_programme_manager_archives_a_programme(programma, live_server, page):
    import pathlib

    pathlib.Path(SHOTS).mkdir(exist_ok=True)
    pm = UserFactory(username="pm.archief", rol="programmamanager", first_name="Petra")
    vaststellen(programma, pm)
    login(page, live_server, "pm.archief")
    adres = f"{live_server.url}/{programma.slug}/dashboard/evaluatie/archiveren/"
    page.goto(adres)
    assert page.get_by_role("heading", level=1).inner_text().startswith("Programma archiveren")
    assert page.get_by_text("COL-2026-123").is_visible()
    assert_toegankelijk(page)
    page.screenshot(path=f"{SHOTS}/archiveren-voor.png", full_page=True)

    page.get_by_role("button", name=f"{programma.naam} archiveren").click()
    assert page.url == adres
    assert page.get_by_text("is vanaf nu alleen nog te lezen").is_visible()
    assert page.get_by_text("Dit programma is gearchiveerd op").is_visible()
    assert page.get_by_role("button", name=f"{programma.naam} archiveren").count() == 0
    assert_toegankelijk(page)
    page.screenshot(path=f"{SHOTS}/archiveren-na.png", full_page=True)

    page.goto(f"{live_server.url}/{programma.slug}/werkruimte/")
    melding = page.get_by_text("Gearchiveerd programma.")
    assert melding.is_visible()
    assert_toegankelijk(page)
    page.screenshot(path=f"{SHOTS}/archief-werkruimte.png", full_page=True)

    # a write through a form (following an activity) is refused with the reason, not a 500
    act = Activiteit.objects.filter(lijn__doel__programma=programma).first()
    page.goto(f"{live_server.url}/{programma.slug}/werkruimte/activiteiten/{act.slug}/")
    with page.expect_response(lambda r: r.request.method == "POST") as antwoord:
        page.get_by_role("button", name="Volgen", exact=True).click()
    assert antwoord.value.status == 403
    assert page.get_by_role("heading", level=1, name="Alleen te lezen").is_visible()
    assert page.get_by_text("Dit programma is gearchiveerd en kan niet meer").is_visible()
    assert_toegankelijk(page)
    page.screenshot(path=f"{SHOTS}/archief-geweigerd.png", full_page=True)
