"""Browser: the status pages of a large background import — running (progress bar, refresh link)
and refused (the first 50 errors, the rest counted) — pass axe-core (WCAG 2.1 AA)."""

import pytest

from tests.e2e.helpers import bekijk, login
from tests.paginatypen import importtaak_paginas

pytestmark = pytest.mark.django_db(transaction=True)
DEMO_WACHTWOORD = "demo-almelo-2026"


def test_import_status_pages_are_accessible(demo, live_server, page):
    urls = importtaak_paginas()
    login(page, live_server, "programmamanager", DEMO_WACHTWOORD)
    bekijk(page, live_server.url + urls["werkruimte-import-status"], "import-status-bezig")
    assert page.get_by_text("400 van 1.200 rijen gecontroleerd").is_visible()
    assert page.get_by_role("link", name="Vernieuwen").is_visible()
    bekijk(page, live_server.url + urls["woningbouw-import-status"], "import-status-afgewezen")
    assert page.get_by_text("Hieronder staan de eerste 50 van 799 fouten").is_visible()
    assert page.get_by_role("listitem").filter(has_text="is onbekend").count() == 50
