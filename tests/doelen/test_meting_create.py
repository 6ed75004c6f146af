"""doelen.services.meting_create validates (Dutch) and writes nothing on bad input."""

import datetime
from decimal import Decimal

import pytest
from django.core.exceptions import ValidationError

from doelen.models import Effectindicator, Meting
from doelen.services import meting_create

pytestmark = pytest.mark.django_db


def test_a_measurement_needs_a_value_or_an_assessment(programma):
    indicator = Effectindicator.objects.get(nummer=9)
    with pytest.raises(ValidationError) as exc:
        meting_create(indicator=indicator, datum=datetime.date(2025, 12, 31))
    assert "Een meting heeft een waarde of een beoordeling." in str(exc.value)
    with pytest.raises(ValidationError) as exc:
        meting_create(indicator=indicator, datum=datetime.date(2025, 12, 31), beoordeling="super")
    assert "beoordeling" in exc.value.message_dict
    assert not Meting.objects.exists()


def test_meting_create_stores(programma):
    indicator = Effectindicator.objects.get(nummer=3)
    meting = meting_create(
        indicator=indicator, datum=datetime.date(2025, 6, 30), waarde=Decimal("850"), bron="CBS"
    )
    assert Meting.objects.get() == meting
    assert meting.waarde == Decimal("850") and not meting.gepubliceerd
