"""The housing map's data: the public GeoJSON (download and API) is valid RFC 7946 with published
projects only and no commercial details; the no-JavaScript table holds the same projects as the
map, with the same filters; the werkruimte map shows every project; fixed query counts."""

import json
import re

import geojson
import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from almelo_programma.laden import laad_demo
from tests.factories import UserFactory, WoningbouwprojectFactory
from woondeals.constants import Planstatus, ProjectFase
from woondeals.models import Gebiedsontwikkeling, Woningbouwproject

pytestmark = pytest.mark.django_db

GEHEIM = {"ontwikkelaar", "subsidie", "subsidieaanvragen", "bedrag", "gestart", "opgeleverd"}


def _features(response) -> list[dict]:
    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/geo+json")
    data = geojson.loads(response.content.decode())
    assert data.is_valid, data.errors()
    assert data["type"] == "FeatureCollection"
    return data["features"]


def _projecten(features) -> set[str]:
    return {
        f["properties"]["slug"]
        for f in features
        if f["properties"]["soort"] != "gebiedsontwikkeling"
    }


def _tabel_slugs(html: str) -> set[str]:
    return set(re.findall(r'<tr id="project-([-\w]+)"', html))


def _kaart_slugs(html: str) -> set[str]:
    data = re.search(
        r'<script id="woningkaart-data" type="application/json">(.*?)</script>', html, re.S
    )
    return _projecten(json.loads(data.group(1))["features"])


@pytest.mark.parametrize(
    "url", ["/woningbouw/projecten.geojson", "/api/v1/woningbouwprojecten/geojson/"]
)
def test_geojson_holds_published_located_projects_only(demo, client, url):
    WoningbouwprojectFactory(
        slug="geheim", gepubliceerd=False, breedtegraad="52.35", lengtegraad="6.66"
    )
    features = _features(client.get(url))
    verwacht = set(
        Woningbouwproject.objects.openbaar()
        .filter(breedtegraad__isnull=False)
        .values_list("slug", flat=True)
    )
    assert verwacht and _projecten(features) == verwacht
    assert "geheim" not in _projecten(features)
    for f in features:
        assert not GEHEIM & set(f["properties"]), f["properties"]
        if f["geometry"]["type"] == "Point":
            lengte, breedte = f["geometry"]["coordinates"]  # RFC 7946: longitude first
            assert 52.29 <= breedte <= 52.41 and 6.56 <= lengte <= 6.78


def test_download_shows_only_outlines_of_areas_with_a_published_project(demo, client):
    gebied = Gebiedsontwikkeling.objects.filter(contour__isnull=False).first()
    Woningbouwproject.objects.filter(gebiedsontwikkeling=gebied).update(gepubliceerd=False)
    features = _features(client.get("/woningbouw/projecten.geojson"))
    gebieden = {
        f["properties"]["slug"]
        for f in features
        if f["properties"]["soort"] == "gebiedsontwikkeling"
    }
    assert gebieden and gebied.slug not in gebieden


def test_public_table_holds_the_same_projects_as_the_map(demo, client):
    Woningbouwproject.objects.filter(slug="demo-project-1").update(
        breedtegraad=None, lengtegraad=None
    )
    html = client.get("/woningbouw/").content.decode()
    openbaar = set(Woningbouwproject.objects.openbaar().values_list("slug", flat=True))
    assert _tabel_slugs(html) == openbaar
    assert _kaart_slugs(html) == openbaar - {"demo-project-1"}
    assert "nog zonder locatie" in html
    assert 'class="woningkaart-legenda"' in html


@pytest.mark.parametrize(
    "query, filter_",
    [
        ("fase=opgeleverd", {"fase": ProjectFase.OPGELEVERD}),
        ("planstatus=zacht", {"planstatus": Planstatus.ZACHT}),
        ("segment=middenhuur", {"middenhuur__gt": 0}),
        ("gebied=demo-gebied-1", {"gebiedsontwikkeling__slug": "demo-gebied-1"}),
    ],
)
def test_filters_apply_to_map_and_table_alike(demo, client, query, filter_):
    # one project of each kind for certain, whatever the demo draws
    WoningbouwprojectFactory(
        slug="opgeleverd", fase=ProjectFase.OPGELEVERD, breedtegraad="52.35", lengtegraad="6.66"
    )
    html = client.get(f"/woningbouw/?{query}").content.decode()
    verwacht = set(
        Woningbouwproject.objects.openbaar().filter(**filter_).values_list("slug", flat=True)
    )
    assert verwacht, query
    assert _tabel_slugs(html) == verwacht
    assert _kaart_slugs(html) == verwacht


def test_werkruimte_map_shows_unpublished_projects_too(demo, client):
    client.force_login(UserFactory(username="pm-kaart", rol="programmamanager"))
    html = client.get("/werkruimte/woningbouw/kaart/").content.decode()
    alle = set(Woningbouwproject.objects.values_list("slug", flat=True))
    assert Woningbouwproject.objects.filter(gepubliceerd=False).exists()
    assert _tabel_slugs(html) == alle == _kaart_slugs(html)


def _tel(client, url) -> int:
    with CaptureQueriesContext(connection) as queries:
        assert client.get(url).status_code == 200
    return len(queries)


def test_werkruimte_map_query_count_is_fixed_at_1x_and_10x(demo, client):
    client.force_login(UserFactory(username="pm-kaart", rol="programmamanager"))
    urls = [
        "/werkruimte/woningbouw/kaart/",
        "/werkruimte/woningbouw/kaart/?segment=sociale_huur&gebied=demo-gebied-1",
    ]
    bij_1x = [_tel(client, u) for u in urls]
    laad_demo(schaal=10)
    assert [_tel(client, u) for u in urls] == bij_1x
