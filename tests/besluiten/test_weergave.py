"""Linked decisions on every page type: internal pages show all (non-public ones marked "niet
openbaar"), public pages only the public ones and never the owner; a status update shows the
decision it names on every timeline."""

import datetime

import pytest
from django.utils.html import escape

from activiteiten.services import statusupdate_create

pytestmark = pytest.mark.django_db

GEHEIM = "Vertrouwelijk grondaankoopbesluit"
OPENBAAR = "Vaststelling uitvoeringsagenda wonen"


def _html(client, url):
    response = client.get(url)
    assert response.status_code == 200, url
    return response.content.decode()


def test_internal_pages_show_all_linked_decisions(client, gebruikers, besluiten):
    act, lijn = besluiten["activiteit"], besluiten["lijn"]
    client.force_login(gebruikers["wethouder"])
    for url in (
        f"/werkruimte/activiteiten/{act.slug}/",
        f"/werkruimte/lijnen/{lijn.slug}/",
        f"/dashboard/activiteiten/{act.slug}/",
        f"/dashboard/lijnen/{lijn.slug}/",
    ):
        html = _html(client, url)
        assert OPENBAAR in html, url
        assert GEHEIM in html, url
        assert "niet openbaar" in html, url


def test_dashboard_drill_down_follows_the_reference_date(client, gebruikers, besluiten):
    from besluiten.services import besluit_update

    besluit_update(besluit=besluiten["openbaar"], data={"datum": datetime.date(2024, 6, 1)})
    client.force_login(gebruikers["wethouder"])
    url = f"/dashboard/lijnen/{besluiten['lijn'].slug}/"
    html = _html(client, url + "?stand=2024")  # the end of 2024
    assert OPENBAAR in html  # 1 June 2024
    assert GEHEIM not in html  # 1 April 2025: not yet taken


def test_public_pages_show_only_public_decisions(client, besluiten):
    act, lijn = besluiten["activiteit"], besluiten["lijn"]
    for url in (f"/activiteiten/{act.slug}/", f"/lijnen/{lijn.slug}/"):
        html = _html(client, url)
        assert OPENBAAR in html, url
        assert GEHEIM not in html, url
        assert besluiten["openbaar"].get_absolute_url() in html


def test_goal_and_indicator_pages_show_their_public_decisions(client, besluiten):
    from besluiten.services import besluit_update
    from doelen.models import Doel, Effectindicator

    doel = Doel.objects.get(code="A")
    indicator = Effectindicator.objects.first()
    koppeling = {"doelen": [doel], "indicatoren": [indicator]}
    besluit_update(besluit=besluiten["openbaar"], data=koppeling)
    besluit_update(besluit=besluiten["geheim"], data=dict(koppeling))
    for url in (doel.get_absolute_url(), indicator.get_absolute_url()):
        html = _html(client, url)
        assert OPENBAAR in html, url
        assert GEHEIM not in html, url


def test_public_decision_page_never_names_the_owner(client, gebruikers, besluiten):
    toezegging = besluiten["toezegging"]
    eigenaar = gebruikers["trekker.wonen"]
    html = _html(client, toezegging.get_absolute_url())
    assert toezegging.titel in html
    assert "Open" in html
    assert eigenaar.get_full_name() not in html
    assert eigenaar.username not in html


def test_a_status_update_names_its_decision_on_every_timeline(client, gebruikers, besluiten):
    act = besluiten["activiteit"]
    for besluit, publiek in ((besluiten["openbaar"], True), (besluiten["geheim"], False)):
        statusupdate_create(
            activiteit=act,
            status="vertraagd",
            voortgang=30,
            toelichting="De planning verschuift.",
            rapportagedatum=datetime.date(2025, 5, 1) if publiek else datetime.date(2025, 5, 2),
            gepubliceerd=True,
            besluit=besluit,
        )
    client.force_login(gebruikers["wethouder"])
    for url in (f"/werkruimte/activiteiten/{act.slug}/", f"/dashboard/activiteiten/{act.slug}/"):
        html = _html(client, url)
        assert "Naar aanleiding van" in html
        assert "raadsbesluit RB 2025-114" in html and "collegebesluit CB 2025-7" in html, url
    client.logout()
    for url in (f"/activiteiten/{act.slug}/", f"/lijnen/{besluiten['lijn'].slug}/"):
        html = _html(client, url)
        assert "raadsbesluit RB 2025-114" in html, url
        assert "CB 2025-7" not in html, url  # the update shows, its non-public decision not


def test_dashboard_goal_indicator_and_sub_track_pages_show_their_decisions(
    client, gebruikers, besluiten
):
    from besluiten.services import besluit_update
    from doelen.models import Doel, Effectindicator
    from woondeals.models import Deelspoor, Woondeal

    woondeal = Woondeal.objects.first()
    spoor = Deelspoor.objects.filter(woondeal=woondeal).first()
    if spoor is None:
        spoor = Deelspoor.objects.create(
            woondeal=woondeal, nummer=1, naam="Aantallen en locaties", slug="aantallen"
        )
    doel = Doel.objects.get(code="A")
    indicator = Effectindicator.objects.order_by("nummer").first()
    besluit_update(
        besluit=besluiten["geheim"],
        data={
            "doelen": [doel],
            "indicatoren": [indicator],
            "woondeals": [woondeal],
            "deelsporen": [spoor],
        },
    )
    client.force_login(gebruikers["wethouder"])
    for url in (
        f"/dashboard/doelen/{doel.slug}/",
        f"/dashboard/indicatoren/{indicator.slug}/",
        f"/dashboard/deelsporen/{spoor.slug}/",
    ):
        html = _html(client, url)
        assert GEHEIM in html, url
        assert "niet openbaar" in html, url
    html = _html(client, f"/werkruimte/besluiten/{besluiten['geheim'].slug}/")
    for gekoppeld in (woondeal, spoor, indicator):
        assert escape(str(gekoppeld)) in html
