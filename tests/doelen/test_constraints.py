"""Integrity lives in the database, with clear Dutch messages for forms."""

import pytest
from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction

from activiteiten.models import Activiteitenlijn, Statusupdate
from doelen.models import Doel, Effectindicator
from tests.factories import ActiviteitFactory, DoelFactory, StatusupdateFactory

pytestmark = pytest.mark.django_db


def test_progress_above_100_is_rejected_by_the_database():
    update = StatusupdateFactory()
    update.voortgang = 101
    with pytest.raises(IntegrityError), transaction.atomic():
        update.save()


def test_progress_above_100_gets_a_dutch_message():
    update = StatusupdateFactory.build(activiteit=ActiviteitFactory(), voortgang=101)
    with pytest.raises(ValidationError) as exc:
        update.full_clean()
    assert "0 tot en met 100" in str(exc.value.message_dict["voortgang"])


def test_delayed_status_needs_an_explanation():
    update = StatusupdateFactory.build(
        activiteit=ActiviteitFactory(), status="vertraagd", toelichting=" "
    )
    with pytest.raises(ValidationError) as exc:
        update.full_clean()
    assert "Licht toe" in exc.value.message_dict["toelichting"][0]


def test_duplicate_goal_code_is_rejected(programma):
    doel = Doel(programma=programma, code="A", slug="nog-een-a", titel="x", omschrijving="x")
    with pytest.raises(ValidationError) as exc:
        doel.full_clean()
    assert "al een doel met deze code" in str(exc.value)
    with pytest.raises(IntegrityError), transaction.atomic():
        doel.save()


def test_duplicate_line_code_is_rejected(programma):
    doel = Doel.objects.get(code="A")
    with pytest.raises(IntegrityError), transaction.atomic():
        Activiteitenlijn.objects.create(doel=doel, code="A1", slug="dubbel", naam="x")


def test_invalid_goal_and_line_codes_are_rejected():
    with pytest.raises(IntegrityError), transaction.atomic():
        DoelFactory(code="D")
    doel = DoelFactory(code="B")
    lijn = Activiteitenlijn(doel=doel, code="A9", slug="a9", naam="x", omschrijving="x")
    with pytest.raises(ValidationError) as exc:
        lijn.full_clean()
    assert "moet beginnen met de code van het doel" in str(exc.value)
    with pytest.raises(IntegrityError), transaction.atomic():
        Activiteitenlijn.objects.create(doel=doel, code="B", slug="b", naam="x")


def test_quantitative_indicator_needs_unit_and_target():
    doel = DoelFactory()
    with pytest.raises(IntegrityError), transaction.atomic():
        Effectindicator.objects.create(
            doel=doel, nummer=1, slug="x", tekst="x", soort="kwantitatief"
        )


def test_finished_means_100_percent():
    update = Statusupdate(
        activiteit=ActiviteitFactory(),
        rapportagedatum="2024-01-01",
        status="afgerond",
        voortgang=80,
    )
    with pytest.raises(ValidationError) as exc:
        update.full_clean()
    assert "100%" in exc.value.message_dict["voortgang"][0]
