"""Every public list and page uses a fixed number of queries, at 1× and at 10× the demo data."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from almelo_programma.laden import laad_demo
from tests.publiek.helpers import API_LIJSTEN, LIJSTEN, api_details, detailpaginas
from woondeals.models import Woningbouwproject

pytestmark = pytest.mark.django_db

# The most queries any public page or API list may take (no per-row queries).
MAXIMUM = 14


def _tel(client, urls) -> dict[str, int]:
    aantallen = {}
    for url in urls:
        with CaptureQueriesContext(connection) as queries:
            response = client.get(url)
        assert response.status_code == 200, url
        aantallen[url] = len(queries)
    return aantallen


def test_query_counts_do_not_grow_with_the_data(demo, client, geen_cache):
    urls = LIJSTEN + API_LIJSTEN + detailpaginas() + api_details()
    bij_1x = _tel(client, urls)
    projecten_1x = Woningbouwproject.objects.count()

    laad_demo(schaal=10)
    assert Woningbouwproject.objects.count() >= 10 * projecten_1x
    bij_10x = _tel(client, urls)

    assert bij_10x == bij_1x
    assert max(bij_1x.values()) <= MAXIMUM, bij_1x


def test_home_page_query_count(demo, client, geen_cache, django_assert_max_num_queries):
    with django_assert_max_num_queries(14):
        assert client.get("/").status_code == 200


def test_cached_home_page_takes_no_query(demo, client, django_assert_num_queries):
    client.get("/")
    with django_assert_num_queries(0):  # the version key lives in the cache, not the database
        response = client.get("/")
    assert response["X-Publiek-Cache"] == "hit"
