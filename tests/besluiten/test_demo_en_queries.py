"""The decision demo is marked demo and links only to demo items; every list of decisions (the
werkruimte list, its Excel download, the public list, the feed and the API) takes a fixed number
of queries at 1× and 10× the demo data."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from activiteiten.models import Statusupdate
from almelo_programma.kern.herkomst import Herkomst
from almelo_programma.laden import laad_demo
from besluiten.models import Besluit

pytestmark = pytest.mark.django_db

INTERN = ["/werkruimte/besluiten/", "/werkruimte/besluiten/besluiten.xlsx"]
PUBLIEK = [
    "/besluiten/",
    "/besluiten.xlsx",
    "/feeds/besluiten.atom",
    "/api/v1/besluiten/",
    "/api/v1/besluiten/?soort=toezegging",
]


def test_demo_decisions_are_marked_and_link_only_to_demo_items(demo, client):
    besluiten = list(Besluit.objects.all())
    assert len(besluiten) >= 8
    for b in besluiten:
        assert b.herkomst == Herkomst.DEMO and b.is_demo
        assert b.titel.startswith("Demo: ") and b.kenmerk.startswith("Demo ")
        assert all(a.is_demo for a in b.activiteiten.all())
        assert all(p.is_demo for p in b.projecten.all())
    met_besluit = Statusupdate.objects.filter(besluit__isnull=False).select_related("besluit")
    assert met_besluit.exists()
    for update in met_besluit:
        assert update.is_demo and update.besluit.is_demo
        assert update.activiteit in update.besluit.activiteiten.all()
    # the demo has an overdue commitment and a non-public decision to show
    assert Besluit.objects.filter(openbaar=False).exists()
    assert Besluit.objects.te_laat(timezone.localdate()).exists()
    # the public list shows the demo badge
    assert "badge--demo" in client.get("/besluiten/").content.decode()
    # loading twice adds nothing
    aantal = Besluit.objects.count()
    laad_demo()
    assert Besluit.objects.count() == aantal


def _tel(client, urls) -> dict[str, int]:
    aantallen = {}
    for url in urls:
        with CaptureQueriesContext(connection) as queries:
            response = client.get(url)
        assert response.status_code == 200, url
        aantallen[url] = len(queries)
    return aantallen


def test_query_counts_do_not_grow_with_the_data(demo, client, settings):
    from django.contrib.auth import get_user_model

    settings.PUBLIEK_CACHE_SECONDEN = 0
    wethouder = get_user_model().objects.get(username="wethouder")
    client.force_login(wethouder)
    intern_1x = _tel(client, INTERN)
    client.logout()
    publiek_1x = _tel(client, PUBLIEK)
    besluiten_1x = Besluit.objects.count()

    laad_demo(schaal=10)
    assert Besluit.objects.count() >= 10 * besluiten_1x
    client.force_login(wethouder)
    assert _tel(client, INTERN) == intern_1x
    client.logout()
    assert _tel(client, PUBLIEK) == publiek_1x
    assert max(intern_1x.values()) <= 12, intern_1x
    assert max(publiek_1x.values()) <= 8, publiek_1x
