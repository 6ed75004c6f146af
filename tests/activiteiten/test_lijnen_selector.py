"""The shared lean line selector gives the same activities and roll-up as the model path."""

import datetime

import pytest

from activiteiten.models import Activiteitenlijn
from activiteiten.selectors import (
    activiteit_list,
    lijn_list,
    lijnen_met_totalen,
    samenvatting_activiteiten,
)

pytestmark = pytest.mark.django_db

VELDEN = ("pk", "lijn_id", "jaar", "titel", "slug", "gewicht", "is_demo", "trekker_id")
STATUS = ("laatste_status", "laatste_voortgang", "laatste_datum")


@pytest.mark.parametrize(
    "opties",
    [
        {"peildatum": datetime.date(2025, 8, 31)},
        {"alleen_openbaar": True, "alleen_gepubliceerd": True},
    ],
)
def test_rows_match_model_instances_and_roll_up(demo, opties):
    lijnen = lijn_list(**opties)
    rijen = [r for lijn in lijnen for r in lijn.activiteiten_lijst]
    modellen = list(activiteit_list(**opties))
    assert len(rijen) == len(modellen) > 0
    openbaar = opties.get("alleen_openbaar", False)
    for rij, act in zip(rijen, modellen, strict=True):
        velden = [v for v in VELDEN if not (openbaar and v == "trekker_id")]
        assert [getattr(rij, v) for v in velden + list(STATUS)] == [
            getattr(act, v) for v in velden + list(STATUS)
        ]
        assert rij.get_absolute_url() == act.get_absolute_url()
        if openbaar:  # public reads carry no personal data
            assert rij.trekker is None and rij.trekker_id is None
        else:
            assert rij.trekker == act.trekker
    for lijn in lijnen:
        eigen = [a for a in modellen if a.lijn_id == lijn.pk]
        assert lijn.samenvatting == samenvatting_activiteiten(eigen)


def test_restricted_to_given_lines(demo):
    a1 = Activiteitenlijn.objects.get(code="A1")
    (lijn,) = lijn_list(lijnen=Activiteitenlijn.objects.filter(pk=a1.pk))
    assert lijn.pk == a1.pk and lijn.activiteiten_lijst
    assert {r.lijn_id for r in lijn.activiteiten_lijst} == {a1.pk}


@pytest.mark.parametrize(
    "opties",
    [
        {},
        {"peildatum": datetime.date(2025, 8, 31)},
        {"peildatum": datetime.date(2024, 4, 30)},
        {"alleen_openbaar": True, "alleen_gepubliceerd": True},
    ],
)
def test_line_totals_by_the_database_equal_the_roll_up_of_their_activities(demo, opties):
    """``lijnen_met_totalen`` (one GROUP BY) gives each line the summary that rolling up its
    activities in Python gives (``lijn_list``): counts per status, weighted progress, demo."""
    verwacht = {lijn.pk: lijn.samenvatting for lijn in lijn_list(**opties)}
    totalen = {lijn.pk: lijn.samenvatting for lijn in lijnen_met_totalen(**opties)}
    assert totalen == verwacht
    assert any(s.totaal for s in totalen.values())
    assert any(s.voortgang for s in totalen.values())
