"""The activity list nests only an activity's latest published updates, plus a link to all of
them, in a fixed number of queries however long the history."""

import datetime

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from activiteiten.api.serializers import LAATSTE_UPDATES
from tests.factories import ActiviteitFactory, StatusupdateFactory

pytestmark = pytest.mark.django_db


def _updates(act, aantal):
    begin = datetime.date(2023, 1, 1)
    return [
        StatusupdateFactory(activiteit=act, rapportagedatum=begin + datetime.timedelta(days=i))
        for i in range(aantal)
    ]


def test_an_activity_with_50_updates_nests_the_latest_and_links_to_all(client):
    act = ActiviteitFactory()
    rijen = _updates(act, 50)
    StatusupdateFactory(
        activiteit=act, gepubliceerd=False, rapportagedatum=datetime.date(2030, 1, 1)
    )

    for url in ("/api/v1/activiteiten/", f"/api/v1/activiteiten/{act.slug}/"):
        data = client.get(url).json()
        item = data["results"][0] if "results" in data else data
        assert LAATSTE_UPDATES == 5
        assert [u["uuid"] for u in item["statusupdates"]] == [str(u.uuid) for u in rijen[::-1][:5]]
        assert item["statusupdates_url"] == (
            f"http://testserver/api/v1/statusupdates/?activiteit={act.slug}"
        )

    alle = client.get(item["statusupdates_url"], {"per_pagina": 200}).json()
    assert [u["uuid"] for u in alle["results"]] == [str(u.uuid) for u in rijen[::-1]]


def test_activity_list_queries_do_not_grow_with_activities_or_updates(client):
    def tel():
        with CaptureQueriesContext(connection) as queries:
            data = client.get("/api/v1/activiteiten/").json()
        return len(queries), data

    act = ActiviteitFactory()
    _updates(act, 2)
    klein, _ = tel()

    for _ in range(9):
        _updates(ActiviteitFactory(lijn=act.lijn), 12)
    _updates(act, 30)
    groot, data = tel()

    assert groot == klein
    assert len(data["results"]) == 10
    assert all(len(a["statusupdates"]) == LAATSTE_UPDATES for a in data["results"])
