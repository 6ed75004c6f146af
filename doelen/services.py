"""Writes for goals and effect indicators. Views, forms, imports and other apps call these."""

import datetime
from decimal import Decimal

from django.db import transaction

from almelo_programma.kern.services import model_maken

from .models import Effectindicator, Meting


@transaction.atomic
def meting_create(
    *,
    indicator: Effectindicator,
    datum: datetime.date,
    waarde: Decimal | None = None,
    beoordeling: str = "",
    toelichting: str = "",
    bron: str = "",
    gepubliceerd: bool = False,
    is_demo: bool = False,
    door=None,
) -> Meting:
    """Validate and store a measurement of ``indicator``: a value, an assessment, or both.

    Raises ``ValidationError`` (Dutch) on bad input, e.g. neither a value nor an assessment.
    """
    return model_maken(
        Meting,
        indicator=indicator,
        datum=datum,
        waarde=waarde,
        beoordeling=beoordeling,
        toelichting=toelichting,
        bron=bron,
        gepubliceerd=gepubliceerd,
        is_demo=is_demo,
        door=door,
    )
