"""A line's werkruimte page grows by page, not by the line: a line of 5,000 activities shows one
page of them (newest year first, a plain "Volgende pagina" link) with its totals over all of
them, in the same number of queries as a line of a few."""

import datetime

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from activiteiten.models import Activiteit, Statusupdate
from activiteiten.selectors import activiteit_list, samenvatting_activiteiten
from activiteiten.services import laatste_updates_bijwerken
from activiteiten.views import LIJN_PER_PAGINA

pytestmark = pytest.mark.django_db


def _lijn_vullen(lijn, n: int, *, begin: int = 0) -> None:
    acts = Activiteit.objects.bulk_create(
        [
            Activiteit(lijn=lijn, jaar=2024 + i % 3, titel=f"Groot {i:05d}", slug=f"groot-{i}")
            for i in range(begin, begin + n)
        ]
    )
    Statusupdate.objects.bulk_create(
        Statusupdate(
            activiteit=act,
            rapportagedatum=datetime.date(2024, 4, 30),
            status=("op_schema", "gestopt", "afgerond")[i % 3],
            voortgang=100 if i % 3 == 2 else 10 * (i % 10),
            toelichting="t",
        )
        for i, act in enumerate(acts)
        if i % 4
    )
    laatste_updates_bijwerken(act.pk for act in acts)  # as the services do after writing


def _rijen(html: str) -> int:
    tabel = html.split("<caption>Activiteiten van lijn", 1)[1].split("</table>", 1)[0]
    return tabel.count("<tr>") - 1  # minus the header row


def _aanvraag(client, url, **params):
    with CaptureQueriesContext(connection) as ctx:
        r = client.get(url, params)
    assert r.status_code == 200
    return r, len(ctx.captured_queries)


def test_a_line_of_5000_activities_renders_one_page_with_totals_over_all(werk):
    lijn = werk.lijn_b
    url = reverse("activiteiten:lijn", args=[lijn.slug])
    c = werk.client(werk.pm)
    _lijn_vullen(lijn, 10)
    _, weinig = _aanvraag(c, url)

    _lijn_vullen(lijn, 5000 - Activiteit.objects.filter(lijn=lijn).count(), begin=10)
    totaal = Activiteit.objects.filter(lijn=lijn).count()
    assert totaal == 5000
    r, veel = _aanvraag(c, url)
    html = r.content.decode()
    assert _rijen(html) == LIJN_PER_PAGINA == len(r.context["activiteiten"])
    assert veel == weinig
    assert f"{totaal} activiteiten, {LIJN_PER_PAGINA} per pagina (pagina 1 van 100)" in html
    assert 'href="?pagina=2" rel="next">Volgende pagina</a>' in html
    # the totals cover every activity of the line, not the page
    assert r.context["samenvatting"] == samenvatting_activiteiten(
        activiteit_list().filter(lijn=lijn)
    )
    assert r.context["samenvatting"].totaal == totaal
    # newest year first; the last page holds the rest
    assert {a.jaar for a in r.context["activiteiten"]} == {2026}
    laatste, _ = _aanvraag(c, url, pagina=100)
    assert _rijen(laatste.content.decode()) == LIJN_PER_PAGINA
    assert max(a.jaar for a in laatste.context["activiteiten"]) <= 2024
