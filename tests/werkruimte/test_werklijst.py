"""/werkruimte/: what needs my update this period, per role, with filters and fixed queries."""

import datetime

import pytest
from django.urls import reverse

from activiteiten.constants import Status
from tests.factories import ActiviteitFactory, StatusupdateFactory

pytestmark = pytest.mark.django_db
URL = reverse("werkruimte:lijst")


def _titels(response):
    return [a.titel for a in response.context["activiteiten"]]


def test_lijntrekker_sees_only_their_items(werk):
    r = werk.client(werk.trekker_a).get(URL)
    assert r.status_code == 200
    assert _titels(r) == ["Woondeal uitwerken"]
    # the woondeal belongs to line A4, so its sub-tracks are trekker A's
    assert werk.spoor in r.context["deelsporen"]
    r = werk.client(werk.trekker_b).get(URL)
    assert _titels(r) == ["Stadscafé"]
    assert list(r.context["deelsporen"]) == []


def test_programme_manager_and_bestuurder_see_everything(werk):
    for user in (werk.pm, werk.bestuurder):
        r = werk.client(user).get(URL)
        assert {"Woondeal uitwerken", "Stadscafé"} <= set(_titels(r))
        assert len(r.context["deelsporen"]) == 5


def test_updated_indicator_follows_the_reporting_period(werk):
    p = werk.periode
    StatusupdateFactory(activiteit=werk.act_a, rapportagedatum=p.startdatum, voortgang=40)
    StatusupdateFactory(
        activiteit=werk.act_b, rapportagedatum=p.startdatum - datetime.timedelta(days=1)
    )
    r = werk.client(werk.pm).get(URL, {"jaar": p.jaar})
    per_titel = {a.titel: a for a in r.context["activiteiten"]}
    assert per_titel["Woondeal uitwerken"].bijgewerkt is True
    assert per_titel["Stadscafé"].bijgewerkt is False
    html = r.content.decode()
    assert "✓ Bijgewerkt" in html and "Bijwerken<span" in html
    assert str(p) in html


def test_filters_goal_line_year_status_and_updated(werk):
    p = werk.periode
    StatusupdateFactory(
        activiteit=werk.act_a, rapportagedatum=p.startdatum, status=Status.VERTRAAGD
    )
    ActiviteitFactory(lijn=werk.lijn_a, jaar=2023, titel="Oud", slug="oud")
    c = werk.client(werk.pm)
    assert _titels(c.get(URL, {"lijn": werk.lijn_b.pk})) == ["Stadscafé"]
    assert set(_titels(c.get(URL, {"doel": werk.lijn_a.doel_id}))) == {"Woondeal uitwerken"}
    assert "Oud" in _titels(c.get(URL, {"jaar": 2023}))
    assert "Oud" not in _titels(c.get(URL))  # default: the period's year
    assert "Oud" in _titels(c.get(URL, {"jaar": ""}))  # all years
    assert _titels(c.get(URL, {"status": "vertraagd"})) == ["Woondeal uitwerken"]
    assert "Stadscafé" in _titels(c.get(URL, {"status": "niet_gestart"}))
    assert _titels(c.get(URL, {"bijgewerkt": "nee"})) == ["Stadscafé"]
    assert _titels(c.get(URL, {"bijgewerkt": "ja"})) == ["Woondeal uitwerken"]


def _maak_data(werk, n):
    for i in range(n):
        for lijn in (werk.lijn_a, werk.lijn_b):
            act = ActiviteitFactory(lijn=lijn, jaar=werk.periode.jaar, trekker=werk.trekker_a)
            StatusupdateFactory(activiteit=act, rapportagedatum=werk.periode.startdatum)
            StatusupdateFactory(activiteit=act, rapportagedatum=werk.periode.einddatum)
        del i


@pytest.mark.parametrize("user_attr", ["pm", "trekker_a"])
def test_fixed_number_of_queries_at_1x_and_10x(werk, django_assert_max_num_queries, user_attr):
    c = werk.client(getattr(werk, user_attr))
    c.get(URL)  # warm up the session
    _maak_data(werk, 3)
    # 13: the page's programme and the user's roles in it (one query for the groups before
    # roles were per programme), and the programme switcher in the header
    with django_assert_max_num_queries(13) as klein:
        r = c.get(URL)
    assert len(r.context["activiteiten"]) >= 6
    _maak_data(werk, 30)
    with django_assert_max_num_queries(len(klein.captured_queries)):
        r = c.get(URL)
    assert r.context["pagina"].paginator.count >= 60
