"""With two programmes side by side, the public list pages, feeds and downloads of each take a
fixed number of queries, at 1× and at 10× the data."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from tests.publiek.helpers import programma_met_marker

pytestmark = pytest.mark.django_db

LIJSTEN = [
    "",
    "activiteiten/",
    "activiteiten/?lijn=lijn-{naam}&jaar=2024",
    "activiteiten.csv",
    "metingen.csv",
    "feeds/statusupdates.atom",
    "besluiten/",
    "besluiten.xlsx",
    "feeds/besluiten.atom",
    "woningbouw/",
    "woningbouw/projecten.geojson",
    "lijnen/lijn-{naam}/",
    "doelen/doel-{naam}/",
]
PREFIXEN = [("/", "een"), ("/programma-een/", "een"), ("/programma-twee/", "twee")]


def _tel(client) -> dict[str, int]:
    aantallen = {}
    for prefix, naam in PREFIXEN:
        for pad in LIJSTEN:
            url = prefix + pad.format(naam=naam)
            with CaptureQueriesContext(connection) as queries:
                response = client.get(url)
            assert response.status_code == 200, url
            aantallen[url] = len(queries)
    return aantallen


def _programmas(aantal: int, begin: int = 0):
    p1 = programma_met_marker("een", "P1", startjaar=2023, aantal=aantal, begin=begin)
    p2 = programma_met_marker(
        "twee", "P2", startjaar=2027, voorganger=p1, aantal=aantal, begin=begin
    )
    return p1, p2


def test_query_counts_do_not_grow_with_the_data(client, geen_cache):
    _programmas(1)
    bij_1x = _tel(client)
    _programmas(9, begin=1)
    from activiteiten.models import Activiteit
    from besluiten.models import Besluit

    assert Activiteit.objects.count() == 20 and Besluit.objects.count() == 20
    bij_10x = _tel(client)
    assert bij_10x == bij_1x
    assert max(bij_1x.values()) <= 16, bij_1x
