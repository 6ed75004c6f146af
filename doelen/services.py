"""Writes for goals and effect indicators. Views, forms, imports and other apps call these."""

import datetime
from decimal import Decimal

from django.db import transaction

from almelo_programma.kern import rechten
from almelo_programma.kern.services import model_maken

from .models import Effectindicator, Meting, Programma, Programmarol


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


@transaction.atomic
def programmarol_toekennen(gebruiker, programma: Programma, rol: str) -> Programmarol:
    """Give ``gebruiker`` the role ``rol`` in ``programma`` (idempotent); the role groups follow."""
    toekenning, _ = Programmarol.objects.get_or_create(
        gebruiker=gebruiker, programma=programma, rol=rol
    )
    rechten.rollen_groepen_bijwerken(gebruiker)
    return toekenning


@transaction.atomic
def programmarol_intrekken(gebruiker, programma: Programma, rol: str) -> None:
    Programmarol.objects.filter(gebruiker=gebruiker, programma=programma, rol=rol).delete()
    rechten.rollen_groepen_bijwerken(gebruiker)
