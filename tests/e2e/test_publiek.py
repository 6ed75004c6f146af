"""The public pages in a browser: every page type, axe-core clean, screenshots for review."""

import pytest
from django.core.cache import cache

from activiteiten.models import Activiteit
from netwerk.models import Bijeenkomst
from tests.e2e.helpers import vastleggen

pytestmark = pytest.mark.django_db(transaction=True)


def test_every_public_page_type_is_accessible(demo, live_server, page):
    cache.clear()
    act = Activiteit.objects.filter(openbaar=True, is_demo=True, statusupdates__gepubliceerd=True)
    act = act.order_by("slug").first()
    bijeenkomst = Bijeenkomst.objects.filter(openbaar=True, start__isnull=False).first()
    paginas = {
        "publiek-home": "/",
        "publiek-doel": "/doelen/a-wonen/",
        "publiek-indicator": "/indicatoren/3-4100-nieuwbouwwoningen/",
        "publiek-indicator-kwalitatief": "/indicatoren/9-samenwerking-partners/",
        "publiek-lijn": "/lijnen/a1-ongedeelde-regio/",
        "publiek-activiteit": act.get_absolute_url(),
        "publiek-activiteiten": "/activiteiten/",
        "publiek-agenda": "/agenda/",
        "publiek-bijeenkomst": bijeenkomst.get_absolute_url(),
        "publiek-woningbouw": "/woningbouw/",
        "publiek-toegankelijkheid": "/toegankelijkheid/",
    }
    for naam, pad in paginas.items():
        response = page.goto(live_server.url + pad)
        assert response.status == 200, pad
        assert page.get_by_role("heading", level=1).count() == 1, pad
        vastleggen(page, naam)


def test_activity_search_and_filters_work_without_javascript(demo, live_server, page):
    page.goto(live_server.url + "/activiteiten/")
    assert page.locator("script").count() == 0  # a plain GET form: nothing needs JavaScript
    page.get_by_label("Doel", exact=True).select_option("B")
    page.get_by_label("Jaar", exact=True).select_option("2025")
    page.get_by_role("textbox", name="Zoeken").fill("Provada")
    page.get_by_role("button", name="Zoeken").click()
    page.wait_for_url("**/activiteiten/?*")
    assert "doel=B" in page.url and "jaar=2025" in page.url
    rijen = page.locator("table.tabel tbody tr")
    assert rijen.count() >= 1
    for tekst in rijen.all_inner_texts():
        assert "Provada" in tekst and "B2" in tekst
    vastleggen(page, "publiek-activiteiten-gefilterd")


def test_api_docs_render_from_local_assets(db, live_server, page):
    extern = []
    page.on(
        "request",
        lambda r: extern.append(r.url) if not r.url.startswith(live_server.url) else None,
    )
    page.goto(live_server.url + "/api/v1/docs/")
    page.wait_for_selector(".swagger-ui .info")
    assert "open data API" in page.locator(".swagger-ui .info").inner_text()
    assert extern == []
