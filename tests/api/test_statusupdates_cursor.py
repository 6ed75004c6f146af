"""The status-update list pages by a keyset cursor: every row exactly once, also while rows are
added between requests; deep pages and filters cost the same queries as page 1; no count."""

import datetime

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from activiteiten.api.viewsets import StatusupdatePaginering
from activiteiten.models import Statusupdate
from tests.factories import ActiviteitFactory, StatusupdateFactory

pytestmark = pytest.mark.django_db

URL = "/api/v1/statusupdates/"
DATUMS = [datetime.date(2024, 4, 30), datetime.date(2024, 8, 31), datetime.date(2024, 12, 31)]
EERDER, LATER = datetime.date(2023, 1, 1), datetime.date(2025, 1, 1)


@pytest.fixture
def updates():
    """23 published updates on three report dates (many ties), two unpublished, one of a
    non-public activity."""
    act = ActiviteitFactory()
    rijen = [StatusupdateFactory(activiteit=act, rapportagedatum=DATUMS[i % 3]) for i in range(23)]
    StatusupdateFactory(activiteit=act, gepubliceerd=False)
    StatusupdateFactory(activiteit=act, gepubliceerd=False, rapportagedatum=DATUMS[2])
    StatusupdateFactory(activiteit=ActiviteitFactory(openbaar=False))
    return act, rijen


def _volgorde(rijen) -> list[str]:
    """The public order: newest report date, then newest first created, then highest pk."""
    rijen = sorted(rijen, key=lambda u: (u.rapportagedatum, u.aangemaakt_op, u.pk), reverse=True)
    return [str(u.uuid) for u in rijen]


def _bladeren(client, url, *, tussendoor=None) -> list[list[str]]:
    """Follow ``next`` from ``url``; call ``tussendoor(n)`` after fetching page n."""
    paginas = []
    while url:
        data = client.get(url).json()
        assert "count" not in data
        paginas.append([u["uuid"] for u in data["results"]])
        if tussendoor:
            tussendoor(len(paginas))
        url = data["next"]
    return paginas


def test_every_row_once_in_the_public_order(updates, client):
    _act, rijen = updates
    paginas = _bladeren(client, f"{URL}?per_pagina=5")
    assert [len(p) for p in paginas] == [5, 5, 5, 5, 3]
    assert [uuid for pagina in paginas for uuid in pagina] == _volgorde(rijen)


def test_rows_added_between_pages_appear_once_and_never_shift_later_pages(updates, client):
    act, rijen = updates
    nieuw, oud = [], []

    def toevoegen(pagina):
        if pagina in (1, 3):  # after pages 1 and 3: one newest update and one oldest
            nieuw.append(
                StatusupdateFactory(activiteit=act, rapportagedatum=datetime.date(2025, 1, 1))
            )
            oud.append(
                StatusupdateFactory(activiteit=act, rapportagedatum=datetime.date(2023, 1, 1))
            )

    gezien = [u for p in _bladeren(client, f"{URL}?per_pagina=5", tussendoor=toevoegen) for u in p]

    assert len(gezien) == len(set(gezien))  # nothing twice
    # every row there was at the start, in order; the older rows added later at their place
    assert gezien == _volgorde(rijen) + _volgorde(oud)
    # the newer rows are on page 1 now
    eerste = client.get(URL, {"per_pagina": 5}).json()["results"]
    assert [u["uuid"] for u in eerste[:2]] == _volgorde(nieuw)


def test_previous_link_returns_the_page_before(updates, client):
    pagina1 = client.get(URL, {"per_pagina": 5}).json()
    assert pagina1["previous"] is None
    pagina2 = client.get(pagina1["next"]).json()
    pagina3 = client.get(pagina2["next"]).json()
    terug = client.get(pagina3["previous"]).json()
    assert terug["results"] == pagina2["results"]
    assert client.get(terug["previous"]).json()["results"] == pagina1["results"]
    assert client.get(terug["next"]).json()["results"] == pagina3["results"]


def test_deep_page_with_filters_costs_the_queries_of_page_one(updates, client):
    act, rijen = updates
    volgorde = _volgorde(rijen)
    diep = Statusupdate.objects.get(uuid=volgorde[19])
    cursor = StatusupdatePaginering.cursor_na(diep)
    urls = [
        URL,
        f"{URL}?cursor={cursor}",
        f"{URL}?cursor={cursor}&activiteit={act.slug}&sinds=2024-05-01&status=op_schema",
    ]
    aantallen = []
    for url in urls:
        with CaptureQueriesContext(connection) as queries:
            data = client.get(url).json()
        aantallen.append(len(queries))
    # the programme of the list (the current one: one query) and the page itself
    assert aantallen == [2, 2, 2]

    data = client.get(f"{URL}?cursor={cursor}").json()
    assert [u["uuid"] for u in data["results"]] == volgorde[20:]
    assert data["next"] is None
    gefilterd = client.get(urls[2]).json()["results"]
    verwacht = [
        u
        for u in volgorde[20:]
        if Statusupdate.objects.get(uuid=u).rapportagedatum >= datetime.date(2024, 5, 1)
    ]
    assert [u["uuid"] for u in gefilterd] == verwacht


@pytest.mark.parametrize(
    "cursor",
    ["onzin", "WyJ4IiwgMV0", "WyJuIiwgIjIwMjQtMTMtMDEiLCAiMjAyNC0wMS0wMVQwMDowMDowMFoiLCAxXQ"],
)
def test_a_broken_cursor_is_a_dutch_404(updates, client, cursor):
    """A cursor points at a page; one that cannot be read points at no page (as in DRF's own
    cursor pagination): 404 with a Dutch message."""
    response = client.get(URL, {"cursor": cursor})
    assert response.status_code == 404
    assert "Ongeldige cursor" in response.json()["detail"]


def test_page_size_is_capped_at_200(client):
    act = ActiviteitFactory()
    Statusupdate.objects.bulk_create(
        Statusupdate(
            activiteit=act,
            rapportagedatum=DATUMS[0],
            status="op_schema",
            voortgang=1,
            gepubliceerd=True,
        )
        for _ in range(205)
    )
    assert len(client.get(URL, {"per_pagina": 10000}).json()["results"]) == 200
    assert len(client.get(URL, {"per_pagina": 7}).json()["results"]) == 7
    assert len(client.get(URL).json()["results"]) == 50
