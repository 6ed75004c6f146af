"""Subsidy conditions as data, checked against the linked projects (conftest.bekende_projecten).

A: hard 30/20/10/40 = 100, start 2024, completion 2026; started 100, completed 60.
B: soft 0/0/0/50, no years, nothing realised.
C: hard 10/10/10/10 = 40, 2025/2025; started and completed 40.
"""

import datetime
from decimal import Decimal

import pytest
from django.core.exceptions import ValidationError
from django.urls import reverse

from tests.factories import WoningbouwprojectFactory
from woondeals import services
from woondeals.constants import AanvraagStatus, VoorwaardeSoort
from woondeals.models import Subsidieaanvraag, SubsidieVoorwaarde
from woondeals.selectors import aanvraag_list

from .factories import SubsidieaanvraagFactory

pytestmark = pytest.mark.django_db
PEILDATUM = datetime.date(2025, 6, 1)


def _aanvraag(projecten, voorwaarden, **kwargs):
    aanvraag = SubsidieaanvraagFactory(**kwargs)
    aanvraag.projecten.set(projecten)
    for soort, waarde in voorwaarden:
        velden = {"datum": waarde} if isinstance(waarde, datetime.date) else {"waarde": waarde}
        services.voorwaarde_create(aanvraag=aanvraag, soort=soort, **velden)
    return aanvraag


def _controle(aanvraag):
    (uitkomst,) = aanvraag_list(
        Subsidieaanvraag.objects.filter(pk=aanvraag.pk), peildatum=PEILDATUM
    )
    return uitkomst


def test_share_conditions(bekende_projecten):
    p = bekende_projecten
    aanvraag = _aanvraag(
        [p["a"], p["c"]],
        [
            (VoorwaardeSoort.MIN_AANDEEL_BETAALBAAR, Decimal(50)),  # 90/140 = 64.3%: ok
            (VoorwaardeSoort.MIN_AANDEEL_SOCIALE_HUUR, Decimal(30)),  # 40/140 = 28.6%: risk
        ],
    )
    uitkomst = _controle(aanvraag)
    risico = {c.voorwaarde.soort: c.risico for c in uitkomst.controles}
    assert risico == {"min_aandeel_betaalbaar": False, "min_aandeel_sociale_huur": True}
    assert uitkomst.risico
    uitleg = [c.uitleg for c in uitkomst.controles if c.risico][0]
    assert uitleg == "Aandeel sociale huur is 28,6%, minder dan de vereiste 30%."


def test_start_and_completion_conditions(bekende_projecten):
    p = bekende_projecten
    op_tijd = _aanvraag(
        [p["c"]],
        [
            (VoorwaardeSoort.START_BOUW_VOOR, datetime.date(2025, 12, 31)),  # started: ok
            (VoorwaardeSoort.OPLEVERING_BINNEN, Decimal(24)),  # fully completed: ok
            (VoorwaardeSoort.MIN_WONINGEN, Decimal(30)),  # 40 homes: ok
        ],
        besluit_op=datetime.date(2024, 1, 15),
    )
    assert not _controle(op_tijd).risico
    geen_startjaar = _aanvraag(
        [p["b"]], [(VoorwaardeSoort.START_BOUW_VOOR, datetime.date(2025, 12, 31))]
    )
    controle = _controle(geen_startjaar)
    assert controle.risico and "B: geen verwacht startjaar" in controle.controles[0].uitleg
    # A completes in 2026, but the deadline (decision 2024-01-01 + 12 months) has passed
    te_laat = _aanvraag(
        [p["a"]],
        [(VoorwaardeSoort.OPLEVERING_BINNEN, Decimal(12))],
        besluit_op=datetime.date(2024, 1, 1),
    )
    controle = _controle(te_laat)
    assert controle.risico
    assert "niet opgeleverd vóór 01-01-2025" in controle.controles[0].uitleg
    te_weinig = _aanvraag([p["a"], p["c"]], [(VoorwaardeSoort.MIN_WONINGEN, Decimal(141))])
    assert _controle(te_weinig).risico


def test_expected_start_after_the_deadline_year_is_at_risk(programma):
    later = WoningbouwprojectFactory(
        naam="Later", verwacht_startjaar=2027, verwacht_opleverjaar=2028
    )
    dit_jaar = WoningbouwprojectFactory(
        naam="Dit jaar", verwacht_startjaar=2025, verwacht_opleverjaar=2026
    )
    voorwaarde = [(VoorwaardeSoort.START_BOUW_VOOR, datetime.date(2025, 12, 31))]
    assert _controle(_aanvraag([later], voorwaarde)).risico
    assert not _controle(_aanvraag([dit_jaar], voorwaarde)).risico


def test_without_projects_or_when_rejected(bekende_projecten):
    leeg = _aanvraag([], [(VoorwaardeSoort.MIN_WONINGEN, Decimal(1))])
    controle = _controle(leeg)
    assert controle.risico and "geen projecten" in controle.controles[0].uitleg
    afgewezen = _aanvraag(
        [], [(VoorwaardeSoort.MIN_WONINGEN, Decimal(1))], status=AanvraagStatus.AFGEWEZEN
    )
    assert not _controle(afgewezen).risico
    zonder_voorwaarden = _aanvraag([bekende_projecten["a"]], [])
    assert not _controle(zonder_voorwaarden).risico


@pytest.mark.parametrize(
    ("soort", "velden", "veld", "tekst"),
    [
        (VoorwaardeSoort.START_BOUW_VOOR, {}, "datum", "Vul de datum in"),
        (VoorwaardeSoort.MIN_WONINGEN, {}, "waarde", "Vul een waarde in"),
        (
            VoorwaardeSoort.MIN_AANDEEL_BETAALBAAR,
            {"waarde": Decimal(120)},
            "waarde",
            "tussen 0 en 100",
        ),
    ],
)
def test_bad_conditions_are_refused(programma, soort, velden, veld, tekst):
    aanvraag = SubsidieaanvraagFactory()
    with pytest.raises(ValidationError) as exc:
        services.voorwaarde_create(aanvraag=aanvraag, soort=soort, **velden)
    assert tekst in exc.value.message_dict[veld][0]
    assert not SubsidieVoorwaarde.objects.exists()


def test_list_page_flags_the_applications_at_risk(client, pm, bekende_projecten):
    p = bekende_projecten
    risico = _aanvraag([p["a"], p["c"]], [(VoorwaardeSoort.MIN_AANDEEL_SOCIALE_HUUR, Decimal(30))])
    in_orde = _aanvraag([p["a"], p["c"]], [(VoorwaardeSoort.MIN_AANDEEL_BETAALBAAR, Decimal(50))])
    client.force_login(pm)
    response = client.get(reverse("woondeals:subsidies"))
    flags = {a.pk: a.risico for a in response.context["aanvragen"]}
    assert flags == {risico.pk: True, in_orde.pk: False}
    html = response.content.decode()
    assert "1 aanvraag loopt risico" in html


def test_add_condition_through_the_page(client, pm, bekende_projecten):
    aanvraag = _aanvraag([bekende_projecten["a"]], [])
    client.force_login(pm)
    url = reverse("woondeals:voorwaarde_nieuw", args=[aanvraag.pk])
    response = client.post(url, {"soort": VoorwaardeSoort.MIN_WONINGEN, "waarde": ""})
    assert "Vul een waarde in" in response.content.decode()
    assert not aanvraag.voorwaarden.exists()
    response = client.post(url, {"soort": VoorwaardeSoort.MIN_WONINGEN, "waarde": "150"})
    assert response.status_code == 302
    html = client.get(reverse("woondeals:subsidie", args=[aanvraag.pk])).content.decode()
    assert "De projecten tellen 100 woningen, minder dan 150." in html
