"""Every figure on the dashboard, computed from known data — now and as it stood earlier."""

import datetime
from decimal import Decimal

import pytest
from django.utils import timezone

from activiteiten.constants import Status
from activiteiten.models import Activiteitenlijn
from doelen.models import Effectindicator
from tests.factories import (
    ActiviteitFactory,
    MetingFactory,
    RealisatieFactory,
    StatusupdateFactory,
    UserFactory,
    WoningbouwprojectFactory,
)
from woondeals.constants import Planstatus, ProjectFase
from woondeals.models import Woningbouwproject

pytestmark = pytest.mark.django_db

VROEGER = timezone.make_aware(datetime.datetime(2024, 6, 1, 12, 0))


@pytest.fixture
def gegevens(programma):
    """Known data: two activities in A1, two projects, measurements of indicators 1 and 3."""
    trekker = UserFactory(first_name="Anna", last_name="Trekker", rol="lijntrekker")
    a1 = Activiteitenlijn.objects.get(code="A1")
    x = ActiviteitFactory(lijn=a1, jaar=2024, titel="Vergunning regelen", trekker=trekker)
    y = ActiviteitFactory(lijn=a1, jaar=2024, titel="Afspraken maken", trekker=trekker)
    StatusupdateFactory(activiteit=x, rapportagedatum=datetime.date(2024, 4, 30), voortgang=30)
    StatusupdateFactory(
        activiteit=x,
        rapportagedatum=datetime.date(2024, 8, 31),
        status=Status.VERTRAAGD,
        voortgang=40,
        toelichting="Vergunning laat op zich wachten.",
    )
    StatusupdateFactory(activiteit=y, rapportagedatum=datetime.date(2024, 4, 30), voortgang=50)

    # Projects recorded in mid-2024 (history back-dated), one edited today.
    p1 = WoningbouwprojectFactory(
        sociale_huur=30, middenhuur=10, betaalbare_koop=20, vrije_sector=40,
        planstatus=Planstatus.HARD, fase=ProjectFase.REALISATIE,
    )  # fmt: skip
    p2 = WoningbouwprojectFactory(
        sociale_huur=0, middenhuur=0, betaalbare_koop=10, vrije_sector=90,
        planstatus=Planstatus.ZACHT, fase=ProjectFase.INITIATIEF,
    )  # fmt: skip
    Woningbouwproject.history.update(history_date=VROEGER)
    RealisatieFactory(project=p1, jaar=2024, gestart=100, opgeleverd=0)
    RealisatieFactory(project=p1, jaar=2025, gestart=0, opgeleverd=60)
    RealisatieFactory(project=p2, jaar=2025, gestart=20, opgeleverd=0)
    p1.sociale_huur = 60  # today: 60 social rent instead of 30
    p1.save()

    ind1 = Effectindicator.objects.get(nummer=1)
    ind3 = Effectindicator.objects.get(nummer=3)
    MetingFactory(
        indicator=ind1, datum=datetime.date(2024, 12, 31), beoordeling="op_koers",
        toelichting="Afspraken met Hengelo en Enschede vastgelegd.",
    )  # fmt: skip
    MetingFactory(indicator=ind3, datum=datetime.date(2024, 12, 31), waarde=Decimal(410))
    MetingFactory(indicator=ind3, datum=datetime.date(2025, 12, 31), waarde=Decimal(1230))
    return {"x": x, "y": y, "p1": p1, "p2": p2}


@pytest.fixture
def wethouder(programma):
    return UserFactory(username="wethouder-test", rol="bestuurder")


def _dashboard(client, user, stand=""):
    client.force_login(user)
    response = client.get("/dashboard/", {"stand": stand} if stand else {})
    assert response.status_code == 200
    return response, response.context["d"]


def _indicator(d, nummer):
    return next(i for doel in d.doelen for i in doel.indicatoren_lijst if i.nummer == nummer)


def _aandacht(d) -> list:
    """The whole attention list at the dashboard's stand (the dashboard shows its top)."""
    from activiteiten.selectors import periode_list
    from almelo_programma.dashboard.selectors import aandacht_op

    items, _ = aandacht_op(programma=d.programma, stand=d.stand, perioden=periode_list())
    assert d.aandacht_aantal == len(items)
    assert [i.titel for i in d.aandacht] == [i.titel for i in items[: len(d.aandacht)]]
    return items


def _lijn(d, code):
    return next(lijn for doel in d.doelen for lijn in doel.lijnen_lijst if lijn.code == code)


def test_housing_shares_against_30_percent_and_two_thirds(client, gegevens, wethouder):
    response, d = _dashboard(client, wethouder)
    c = d.woningbouw.cijfers
    # today: p1 = 60+10+20+40 = 130 (hard), p2 = 0+0+10+90 = 100 (zacht)
    assert c.alle_plannen.totaal == 230
    assert c.alle_plannen.aandeel_sociale_huur == 26.1  # 60 / 230
    assert c.alle_plannen.aandeel_betaalbaar == 43.5  # (60+10+20 + 10) / 230
    assert c.harde_plannen.aandeel_sociale_huur == 46.2  # 60 / 130
    assert d.woningbouw.zachte_plannen.aandeel_betaalbaar == 10.0
    assert c.opgeleverd == 60 and c.gestart == 120
    assert [(j.jaar, j.gestart, j.opgeleverd) for j in c.per_jaar] == [
        (2024, 100, 0),
        (2025, 20, 60),
    ]
    pijplijn = {r.fase: (r.hard, r.zacht) for r in d.woningbouw.pijplijn}
    assert pijplijn[ProjectFase.REALISATIE] == (130, 0)
    assert pijplijn[ProjectFase.INITIATIEF] == (0, 100)
    html = response.content.decode()
    assert "26,1%" in html and "Norm: 30%" in html and "Norm: twee derde" in html
    assert "Doel 2026: 4.100" in html  # the cumulative chart's target line


def test_indicators_latest_measurement_progress_and_without_measurement(
    client, gegevens, wethouder
):
    response, d = _dashboard(client, wethouder)
    ind3 = _indicator(d, 3)
    assert ind3.laatste.waarde == 1230
    assert ind3.voortgang == 30  # 1230 of 4100 from baseline 0
    assert [m.waarde for m in ind3.metingen_oplopend] == [410, 1230]
    ind1 = _indicator(d, 1)
    assert ind1.laatste.beoordeling == "op_koers"
    ind2 = _indicator(d, 2)  # no measurements at all
    assert ind2.laatste is None and ind2.voortgang is None
    html = response.content.decode()
    assert "Afspraken met Hengelo en Enschede vastgelegd." in html
    assert "Nog geen beoordeling" in html
    assert "1230 woningen" in html or "1.230 woningen" in html


def test_lines_goals_and_attention_list(client, gegevens, wethouder):
    _, d = _dashboard(client, wethouder)
    a1 = _lijn(d, "A1")
    assert a1.samenvatting.voortgang == 45  # (40 + 50) / 2
    assert a1.samenvatting.aantallen == {Status.VERTRAAGD: 1, Status.OP_SCHEMA: 1}
    items = {i.titel: i for i in _aandacht(d)}
    x = items["Vergunning regelen"]
    assert x.status == Status.VERTRAAGD and x.trekker == "Anna Trekker"
    assert x.datum == datetime.date(2024, 8, 31)
    assert x.redenen[0] == "Status: vertraagd"
    y = items["Afspraken maken"]  # on schedule, but nothing reported since April 2024
    assert y.status == Status.OP_SCHEMA
    assert any(r.startswith("Geen voortgang over") for r in y.redenen)
    assert y.datum == datetime.date(2024, 4, 30)


def test_as_of_an_earlier_period_uses_recorded_history(client, gegevens, wethouder):
    _, d = _dashboard(client, wethouder, "2024")
    assert d.stand.peildatum == datetime.date(2024, 12, 31)
    # measurements up to 31-12-2024
    assert _indicator(d, 3).laatste.waarde == 410
    assert _indicator(d, 3).voortgang == 10
    # realisations up to 2024, projects as recorded then (30 social rent, not today's 60)
    c = d.woningbouw.cijfers
    assert c.gestart == 100 and c.opgeleverd == 0
    assert c.alle_plannen.sociale_huur == 30
    assert c.alle_plannen.totaal == 200
    assert c.alle_plannen.aandeel_sociale_huur == 15.0
    assert c.alle_plannen.aandeel_betaalbaar == 35.0  # (30+10+20 + 10) / 200
    # attention judged against the deadline of tertial 2 2024 (14-09-2024)
    assert d.laatste_deadline.jaar == 2024 and d.laatste_deadline.nummer == 2
    titels = {i.titel: i for i in _aandacht(d)}
    assert "Vergunning regelen" in titels and "Afspraken maken" in titels

    _, d = _dashboard(client, wethouder, "2024-t1")
    a1 = _lijn(d, "A1")
    assert a1.samenvatting.voortgang == 40  # (30 + 50) / 2: the delay came later
    assert a1.samenvatting.aantallen == {Status.OP_SCHEMA: 2}
    assert "Vergunning regelen" not in {i.titel for i in _aandacht(d)}
    assert _indicator(d, 3).laatste is None  # not yet measured
    # the projects were not yet in the portal on 30-04-2024
    assert d.woningbouw.cijfers.alle_plannen.totaal == 0


def test_unknown_period_is_refused(client, gegevens, wethouder):
    client.force_login(wethouder)
    response = client.get("/dashboard/", {"stand": "1999"})
    assert response.status_code == 400
    assert "bestaat niet" in response.content.decode()


def test_drill_down_pages(client, gegevens, wethouder):
    client.force_login(wethouder)
    x = gegevens["x"]
    html = client.get(f"/dashboard/activiteiten/{x.slug}/").content.decode()
    assert "Vergunning laat op zich wachten." in html
    assert html.index("31 augustus 2024") < html.index("30 april 2024")  # newest first
    html = client.get(f"/dashboard/activiteiten/{x.slug}/?stand=2024-t1").content.decode()
    assert "Vergunning laat op zich wachten." not in html
    html = client.get("/dashboard/indicatoren/3-4100-nieuwbouwwoningen/").content.decode()
    assert "31 december 2025" in html and "31 december 2024" in html
    assert '<li aria-current="page">Indicator 3</li>' in html
    html = client.get("/dashboard/indicatoren/2-onderscheidende-woningbouw/").content.decode()
    assert "nog geen metingen" in html
    html = client.get("/dashboard/lijnen/a1-ongedeelde-regio/").content.decode()
    assert "Vergunning regelen" in html and "Afspraken maken" in html
    assert client.get("/dashboard/doelen/a-wonen/").status_code == 200
    assert client.get("/dashboard/deelsporen/aanvragen-rijksregelingen/").status_code == 200
    assert client.get("/dashboard/activiteiten/bestaat-niet/").status_code == 404


def test_latest_lobby_contacts_as_of_the_reference_date(client, gegevens, wethouder):
    from netwerk.models import Lobbycontact, Lobbydossier

    dossier = Lobbydossier.objects.get()
    Lobbycontact.objects.create(
        dossier=dossier, datum=datetime.date(2024, 3, 5), samenvatting="Gesprek met het ministerie"
    )
    Lobbycontact.objects.create(
        dossier=dossier, datum=datetime.date(2025, 9, 1), samenvatting="Werkbezoek Gedeputeerde"
    )
    _, d = _dashboard(client, wethouder)
    assert [c.samenvatting for c in d.lobbycontacten] == [
        "Werkbezoek Gedeputeerde",
        "Gesprek met het ministerie",
    ]
    response, d = _dashboard(client, wethouder, stand="2024")
    assert [c.samenvatting for c in d.lobbycontacten] == ["Gesprek met het ministerie"]
    assert "Werkbezoek Gedeputeerde" not in response.content.decode()


def test_demo_pipeline_shows_in_an_earlier_period(demo, client):
    """The demo projects' history starts with the programme, so time travel is not empty."""
    from django.contrib.auth import get_user_model

    wethouder = get_user_model().objects.get(username="wethouder")
    _, d = _dashboard(client, wethouder, stand="2024")
    assert d.woningbouw.aantal_projecten == 12
    assert d.woningbouw.cijfers.alle_plannen.totaal > 0
