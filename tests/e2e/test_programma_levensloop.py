"""The life of a programme in the browser: the programme manager writes the end evaluation, has
it established, starts the successor on the page "Vervolgprogramma starten", and a visitor then
finds both programmes on /programmas/ and opens each home. axe-core checks the evaluation page
and the successor page (with its errors and as first shown)."""

import re

import pytest

from tests.e2e.helpers import login, vastleggen

pytestmark = pytest.mark.django_db(transaction=True)

NIEUW = "Programma Stedelijke Ontwikkeling 2027–2030"


def test_from_evaluation_to_successor(demo, live_server, page, browser):
    login(page, live_server, "programmamanager", "demo-almelo-2026")
    page.goto(live_server.url + "/dashboard/evaluatie/")

    # the evaluation: a conclusion, offered, established by the college
    page.get_by_role("link", name="Conclusies en lessen bewerken").click()
    page.get_by_label("Conclusies").fill("Het programma loopt door in een vervolg.")
    page.get_by_role("button", name="Opslaan").click()
    assert page.get_by_text("De eindevaluatie is bijgewerkt.").is_visible()
    page.get_by_role("button", name="Ter vaststelling aanbieden").click()
    page.get_by_label("Datum collegebesluit").fill("2026-12-15")
    page.get_by_label("Kenmerk collegebesluit").fill("2026-0815")
    page.get_by_role("button", name="Vastgesteld door het college").click()
    assert page.get_by_text("Vastgesteld door het college op 15 december 2026").is_visible()
    vastleggen(page, "levensloop-evaluatie-vastgesteld")

    # the successor: first a mistake, then started
    page.get_by_role("link", name="Vervolgprogramma starten").click()
    assert page.get_by_role("heading", level=1).inner_text().startswith("Vervolgprogramma starten")
    assert page.get_by_label("Naam", exact=True).input_value() == NIEUW
    vastleggen(page, "levensloop-opvolger")
    page.get_by_label("Slug").fill("api")
    page.get_by_role("button", name="Vervolgprogramma starten").click()
    assert page.get_by_text("Er is niets opgeslagen.").is_visible()
    fout = page.get_by_text("is een vast deel van de adressen van het portaal")
    assert fout.count() == 2 and fout.first.is_visible()  # in the summary and at the field
    page.get_by_role("link", name="Slug: De slug “api” is een vast deel").click()
    assert page.evaluate("document.activeElement.id") == "id_slug"
    vastleggen(page, "levensloop-opvolger-fout")
    page.get_by_label("Slug").fill("stedelijke-ontwikkeling-2027-2030")
    page.get_by_role("button", name="Vervolgprogramma starten").click()
    # (a redirect keeps the fragment of the summary link that was followed)
    page.wait_for_url(re.compile(r"/stedelijke-ontwikkeling-2027-2030/dashboard/(#.*)?$"))
    assert page.get_by_text(f"Het vervolgprogramma “{NIEUW}” (2027–2030) is gestart.").is_visible()

    # a visitor sees both programmes and opens each home
    bezoeker = browser.new_context(locale="nl-NL").new_page()
    for naam, pad in (
        ("Programma Stedelijke Ontwikkeling", "/stedelijke-ontwikkeling/"),
        (NIEUW, "/stedelijke-ontwikkeling-2027-2030/"),
    ):
        bezoeker.goto(live_server.url + "/programmas/")
        bezoeker.get_by_role("link", name=naam, exact=True).click()
        bezoeker.wait_for_url(re.compile(re.escape(pad) + "$"))
        assert bezoeker.get_by_role("heading", level=1).is_visible()
    assert "2027" in bezoeker.content()
