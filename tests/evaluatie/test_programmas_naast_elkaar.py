"""The evaluation of two programmes side by side: the page and the workbook of programme P show
only P's goals, lines, indicators and sub-tracks (a marker in each, tests/dashboard/
programmas.py); the municipality's housing and events count within P's years; writes are about
P's own goals, lines and indicators, and refused on an archived programme; roles count per
programme."""

import datetime
import io

import pytest
from openpyxl import load_workbook

from almelo_programma.kern.programmas import ProgrammaGearchiveerd
from evaluatie import services
from evaluatie.archief import bewaking_uit
from evaluatie.models import Onderdeelconclusie
from evaluatie.selectors import inhoud
from tests.factories import BijeenkomstFactory, RealisatieFactory, UserFactory

pytestmark = pytest.mark.django_db

IN_EVALUATIE = ("DOEL", "LIJN", "IND", "DS")
IN_WERKBOEK = ("LIJN", "IND", "DS")  # the goals by their code only


def _alleen_eigen(tekst, kant, ander, url, soorten=IN_EVALUATIE):
    for soort in soorten:
        assert kant.marker(soort) in tekst, (url, kant.marker(soort))
        assert ander.marker(soort) not in tekst, (url, ander.marker(soort))


def _xlsx_tekst(inhoud: bytes) -> str:
    wb = load_workbook(io.BytesIO(inhoud), read_only=True)
    return "\n".join(
        str(waarde)
        for ws in wb.worksheets
        for rij in ws.iter_rows(values_only=True)
        for waarde in rij
        if waarde is not None
    )


@pytest.fixture
def pm(twee_programmas):
    """A programme manager in both programmes."""
    return UserFactory(rol="programmamanager")


def test_page_and_workbook_show_only_their_programme(client, twee_programmas, pm):
    client.force_login(pm)
    p1, p2 = twee_programmas.kanten
    for kant, prefixen in ((p1, ("", p1.prefix)), (p2, (p2.prefix,))):
        ander = twee_programmas.ander(kant)
        for prefix in prefixen:
            url = f"{prefix}/dashboard/evaluatie/"
            antwoord = client.get(url)
            assert antwoord.status_code == 200, url
            html = antwoord.content.decode()
            _alleen_eigen(html, kant, ander, url)
            assert kant.programma.naam in html
            antwoord = client.get(f"{url}eindevaluatie.xlsx")
            assert antwoord.status_code == 200
            tekst = _xlsx_tekst(antwoord.content)
            _alleen_eigen(tekst, kant, ander, f"{url}eindevaluatie.xlsx", IN_WERKBOEK)


def test_figures_are_those_of_the_programme_and_its_years(twee_programmas):
    p1, p2 = twee_programmas.kanten
    ev1 = services.eindevaluatie_get_or_create(p1.programma)
    with bewaking_uit():  # P2's evaluation, as recorded before P2 was archived
        ev2 = services.eindevaluatie_get_or_create(p2.programma)
    voor1, voor2 = inhoud(ev1, openbaar=False), inhoud(ev2, openbaar=False)
    # the municipality's homes and events, in each programme's years
    RealisatieFactory(jaar=2020, opgeleverd=70, gestart=0)
    RealisatieFactory(jaar=2024, opgeleverd=40, gestart=0)
    BijeenkomstFactory(start=datetime.datetime(2020, 5, 1, 15, tzinfo=datetime.UTC))
    BijeenkomstFactory(start=datetime.datetime(2021, 5, 1, 15, tzinfo=datetime.UTC))
    BijeenkomstFactory(start=datetime.datetime(2024, 5, 1, 15, tzinfo=datetime.UTC))
    na1, na2 = inhoud(ev1, openbaar=False), inhoud(ev2, openbaar=False)
    assert na1["woningbouw"]["opgeleverd"] - voor1["woningbouw"]["opgeleverd"] == 40
    assert na2["woningbouw"]["opgeleverd"] - voor2["woningbouw"]["opgeleverd"] == 70
    assert na1["netwerk"]["bijeenkomsten"] - voor1["netwerk"]["bijeenkomsten"] == 1
    assert na2["netwerk"]["bijeenkomsten"] - voor2["netwerk"]["bijeenkomsten"] == 2

    assert [i["tekst"] for i in na2["indicatoren"]] == [p2.marker("IND")]
    assert p1.marker("IND") in [i["tekst"] for i in na1["indicatoren"]]
    assert p2.marker("IND") not in [i["tekst"] for i in na1["indicatoren"]]
    assert [d["titel"] for d in na2["doelen"]] == [p2.marker("DOEL")]
    assert [lijn["naam"] for d in na2["doelen"] for lijn in d["lijnen"]] == [p2.marker("LIJN")]
    assert [lijn["aantal"] for d in na2["doelen"] for lijn in d["lijnen"]] == [1]  # its activity
    assert [s["naam"] for s in na2["deelsporen"]] == [p2.marker("DS")]
    assert p2.marker("DS") not in [s["naam"] for s in na1["deelsporen"]]
    assert na2["programma"]["naam"] == p2.programma.naam


def test_writes_are_about_the_programme_own_goal_line_and_indicator(client, twee_programmas, pm):
    p1, p2 = twee_programmas.kanten
    client.force_login(pm)
    # Both programmes have a goal "A": the one of the page's programme is meant.
    antwoord = client.post(
        "/dashboard/evaluatie/doelen/A/", {"conclusie": "Conclusie P1", "lessen": ""}
    )
    assert antwoord.status_code == 302
    assert Onderdeelconclusie.objects.get().doel == p1.doel
    # A line or indicator of the other programme is not part of this evaluation.
    assert client.get(f"/dashboard/evaluatie/lijnen/{p2.lijn.slug}/").status_code == 404
    assert client.get(f"/dashboard/evaluatie/oordelen/{p2.indicator.slug}/").status_code == 404
    assert client.get(f"/dashboard/evaluatie/lijnen/{p1.lijn.slug}/").status_code == 200
    assert client.get(f"/dashboard/evaluatie/oordelen/{p1.indicator.slug}/").status_code == 200


def test_the_evaluation_of_an_archived_programme_is_read_only(client, twee_programmas, pm):
    p2 = twee_programmas.p2
    client.force_login(pm)
    assert client.get(f"{p2.prefix}/dashboard/evaluatie/").status_code == 200
    for pad in ("teksten/", "doelen/A/", f"oordelen/{p2.indicator.slug}/"):
        assert client.get(f"{p2.prefix}/dashboard/evaluatie/{pad}").status_code == 403, pad
    antwoord = client.post(f"{p2.prefix}/dashboard/evaluatie/teksten/", {"conclusies": "Nee"})
    assert antwoord.status_code == 403
    with bewaking_uit():  # as recorded before P2 was archived
        ev = services.eindevaluatie_get_or_create(p2.programma)
    with pytest.raises(ProgrammaGearchiveerd):
        services.eindevaluatie_update(ev, door=pm, conclusies="Nee")
    ev.refresh_from_db()
    assert ev.conclusies == ""


def test_roles_count_per_programme(client, twee_programmas):
    p1, p2 = twee_programmas.kanten
    wethouder_p1 = UserFactory(rol="bestuurder", rol__programmas=[p1.programma])
    pm_p2 = UserFactory(rol="programmamanager", rol__programmas=[p2.programma])
    client.force_login(wethouder_p1)
    assert client.get("/dashboard/evaluatie/").status_code == 200
    assert client.get(f"{p2.prefix}/dashboard/evaluatie/").status_code == 403
    assert client.get(f"{p2.prefix}/dashboard/evaluatie/eindevaluatie.xlsx").status_code == 403
    client.force_login(pm_p2)
    assert client.get(f"{p2.prefix}/dashboard/evaluatie/").status_code == 200
    assert client.get("/dashboard/evaluatie/").status_code == 403
    # a programme manager of P2 only is nobody in P1: no writing there
    assert client.get("/dashboard/evaluatie/teksten/").status_code == 403
