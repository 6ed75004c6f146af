"""The figures page: every figure computed from known projects (see conftest.bekende_projecten).

A: Centrum, Stationsgebied, hard, 30/20/10/40 = 100, start 2024, completion 2026;
   realised: 2024 started 100, 2026 completed 60.
B: Centrum, standalone, soft, 0/0/0/50 = 50, no years.
C: Hofkamp, Stationsgebied, hard, 10/10/10/10 = 40, 2025/2025; realised 2025: 40 and 40.
"""

import pytest
from django.urls import reverse

from woondeals.models import Woningbouwproject
from woondeals.selectors import pijplijn

pytestmark = pytest.mark.django_db


def test_totals_and_shares_for_all_and_hard_plans(bekende_projecten):
    p = pijplijn()
    assert (p.alle_plannen.sociale_huur, p.alle_plannen.betaalbaar, p.alle_plannen.totaal) == (
        40,
        90,
        190,
    )
    assert p.alle_plannen.aandeel_sociale_huur == 21.1  # 40 / 190
    assert p.alle_plannen.aandeel_betaalbaar == 47.4  # 90 / 190
    assert p.harde_plannen.totaal == 140
    assert p.harde_plannen.aandeel_sociale_huur == 28.6  # 40 / 140
    assert p.harde_plannen.aandeel_betaalbaar == 64.3  # 90 / 140
    assert p.oordeel_alle == {"sociale_huur": False, "betaalbaar": False}
    assert p.oordeel_hard == {"sociale_huur": False, "betaalbaar": False}


def test_per_year_planned_started_completed_and_cumulative(bekende_projecten):
    p = pijplijn()
    rijen = [
        (
            j.jaar,
            j.gepland_start,
            j.gepland_oplevering,
            j.gestart,
            j.opgeleverd,
            j.gepland_oplevering_cumulatief,
            j.opgeleverd_cumulatief,
        )
        for j in p.per_jaar
    ]
    assert rijen == [
        (2024, 100, 0, 100, 0, 0, 0),
        (2025, 40, 40, 40, 40, 40, 40),
        (2026, 0, 100, 0, 60, 140, 100),
    ]
    # project B has no years: counted apart, never guessed into a year
    assert (p.zonder_startjaar, p.zonder_opleverjaar) == (50, 50)
    assert p.opgeleverd == 100
    assert p.gestart == 140
    assert p.gepland_totaal == 190
    assert p.aandeel_opgeleverd_van_doel == 2.4  # 100 / 4100
    assert p.per_jaar[-1].aandeel_opgeleverd_van_doel == 2.4


def test_per_district_and_per_area_development(bekende_projecten):
    p = pijplijn()
    wijken = {g.naam: g for g in p.per_wijk}
    assert list(wijken) == ["Centrum", "Hofkamp"]
    assert (wijken["Centrum"].alle_plannen.totaal, wijken["Centrum"].harde_plannen.totaal) == (
        150,
        100,
    )
    assert (wijken["Centrum"].gestart, wijken["Centrum"].opgeleverd) == (100, 60)
    hofkamp = wijken["Hofkamp"]
    assert (hofkamp.alle_plannen.totaal, hofkamp.gestart, hofkamp.opgeleverd) == (40, 40, 40)
    assert hofkamp.alle_plannen.aandeel_betaalbaar == 75.0
    assert hofkamp.oordeel_alle == {"sociale_huur": False, "betaalbaar": True}

    gebieden = {g.naam: g for g in p.per_gebied}
    assert list(gebieden) == ["Stationsgebied", "Losstaande projecten"]
    station = gebieden["Stationsgebied"]
    assert (station.alle_plannen.totaal, station.gestart, station.opgeleverd) == (140, 140, 100)
    los = gebieden["Losstaande projecten"]
    assert (los.alle_plannen.totaal, los.harde_plannen.totaal, los.gestart) == (50, 0, 0)
    assert los.oordeel_hard == {"sociale_huur": None, "betaalbaar": None}


def test_no_projects_gives_empty_figures_not_errors(programma):
    p = pijplijn()
    assert p.per_jaar == [] and p.alle_plannen.totaal == 0
    assert p.alle_plannen.aandeel_sociale_huur is None
    assert p.oordeel_alle == {"sociale_huur": None, "betaalbaar": None}


def test_figures_page_shows_the_computed_figures(client, pm, bekende_projecten):
    client.force_login(pm)
    html = client.get(reverse("woondeals:cijfers")).content.decode()
    assert 'data-testid="opgeleverd">100<' in html
    assert 'data-testid="gepland">190<' in html
    assert "50 woningen in projecten zonder verwacht startjaar" in html
    assert "21,1%" in html and "64,3%" in html
    assert "Stationsgebied" in html and "Losstaande projecten" in html


def test_woondeal_page_shows_norms_and_sub_tracks(client, pm, bekende_projecten):
    client.force_login(pm)
    html = client.get(reverse("woondeals:woondeal")).content.decode()
    assert "minstens 30%" in html
    assert "Aantallen en locaties" in html
    assert 'href="/werkruimte/deelsporen/aantallen-en-locaties/"' in html
    assert "Onder de norm" in html


def test_werkruimte_figures_say_demo_when_a_demo_project_counts(client, pm, bekende_projecten):
    """The werkruimte figures count every project, published or not: one demo project among
    them marks the figures on the woondeal and figures pages as demo."""
    client.force_login(pm)
    melding = "Deze cijfers komen (deels) uit verzonnen voorbeeldprojecten"
    for naam in ("woondeals:woondeal", "woondeals:cijfers"):
        assert melding not in client.get(reverse(naam)).content.decode(), naam
    Woningbouwproject.objects.filter(slug="b").update(is_demo=True, gepubliceerd=False)
    for naam in ("woondeals:woondeal", "woondeals:cijfers"):
        assert melding in client.get(reverse(naam)).content.decode(), naam
