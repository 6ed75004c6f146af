"""Who may see the dashboard, and a fixed number of SQL queries at 1× and 10× the demo data."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from almelo_programma.laden import laad_demo
from tests.factories import UserFactory

pytestmark = pytest.mark.django_db

PAGINAS = [
    "/dashboard/",
    "/dashboard/aandacht/",
    "/dashboard/?stand=2024",
    "/dashboard/doelen/a-wonen/",
    "/dashboard/lijnen/a1-ongedeelde-regio/",
    "/dashboard/indicatoren/3-4100-nieuwbouwwoningen/",
    "/dashboard/deelsporen/aanvragen-rijksregelingen/",
    "/dashboard/export.xlsx",
    "/dashboard/rapportages/",
]


def test_anonymous_is_sent_to_login_partner_and_roleless_refused(client, programma):
    for url in PAGINAS:
        response = client.get(url)
        assert response.status_code == 302, url
        assert response["Location"].startswith("/inloggen/?next="), url
    partner, zonder_rol = UserFactory(rol="partner"), UserFactory()
    for user in (partner, zonder_rol):
        client.force_login(user)
        for url in PAGINAS:
            assert client.get(url).status_code == 403, (user, url)
    client.force_login(partner)
    assert client.post("/dashboard/rapportages/", {"stand": ""}).status_code == 403


@pytest.mark.parametrize("rol", ["bestuurder", "programmamanager", "lijntrekker"])
def test_internal_roles_see_dashboard_and_menu_item(client, programma, rol):
    client.force_login(UserFactory(rol=rol))
    for url in PAGINAS:
        assert client.get(url).status_code == 200, url
    html = client.get("/dashboard/").content.decode()
    assert 'href="/dashboard/" aria-current="page">Dashboard</a>' in html


def test_partner_has_no_dashboard_menu_item(client, programma):
    client.force_login(UserFactory(rol="partner"))
    assert 'href="/dashboard/"' not in client.get("/").content.decode()


def _tel(client, url):
    with CaptureQueriesContext(connection) as ctx:
        response = client.get(url)
    assert response.status_code == 200
    return len(ctx.captured_queries)


def test_fixed_number_of_queries_at_1x_and_10x_demo_data(client, demo, monkeypatch):
    from activiteiten.models import Activiteit
    from almelo_programma.aanmelden import sessies
    from woondeals.models import Woningbouwproject

    # The session's last activity is written once a minute: loading 10× the demo data can take
    # longer than that on a busy machine, and that write is not the page's.
    monkeypatch.setattr(sessies, "SCHRIJF_INTERVAL", 24 * 3600)
    client.force_login(UserFactory(rol="bestuurder"))
    urls = ["/dashboard/", "/dashboard/?stand=2025-t2", "/dashboard/lijnen/a1-ongedeelde-regio/"]
    urls.append("/dashboard/export.xlsx")
    urls += ["/dashboard/aandacht/", "/dashboard/deelsporen/aanvragen-rijksregelingen/"]
    for url in urls:
        client.get(url)  # warm caches (content types, session)
    bij_1x = {url: _tel(client, url) for url in urls}
    activiteiten, projecten = Activiteit.objects.count(), Woningbouwproject.objects.count()

    laad_demo(schaal=10)
    assert Activiteit.objects.count() > 5 * activiteiten
    assert Woningbouwproject.objects.count() == 10 * projecten
    bij_10x = {url: _tel(client, url) for url in urls}
    assert bij_10x == bij_1x
    # incl. the overdue motions and commitments and the programme switcher (base.html)
    assert bij_1x["/dashboard/"] <= 22
