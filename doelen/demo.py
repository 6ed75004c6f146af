"""Demo measurements of the effect indicators, one per programme year up to today.

Called by ``almelo_programma.laden.laad_demo`` after the demo housing figures exist: the
quantitative indicator (extra homes) follows the demo homes completed, passed in as
``opgeleverd_tot(jaar)`` because ``doelen`` imports no other app; the others get a yearly
assessment. Idempotent: only indicators without any measurement get demo ones. Everything is
marked demo.
"""

import datetime
import random
from collections.abc import Callable
from decimal import Decimal

from .constants import Beoordeling, IndicatorSoort
from .models import Effectindicator, Meting, Programma

SCHAAL_BEOORDELING = [
    Beoordeling.NIET_GESTART, Beoordeling.IN_GANG, Beoordeling.IN_GANG, Beoordeling.OP_KOERS,
]  # fmt: skip


def laad_doelen_demo(
    rng: random.Random,
    *,
    programma: Programma,
    opgeleverd_tot: Callable[[int], int],
    vandaag: datetime.date,
) -> dict:
    """Create the demo measurements; returns counts of what was created."""
    aantal = 0
    for indicator in Effectindicator.objects.filter(
        metingen__isnull=True, doel__programma=programma
    ):
        for i, jaar in enumerate(programma.jaren):
            datum = min(datetime.date(jaar, 12, 31), vandaag)
            if indicator.soort == IndicatorSoort.KWANTITATIEF:
                velden = {"waarde": Decimal(opgeleverd_tot(jaar))}
            else:
                velden = {"beoordeling": rng.choice(SCHAAL_BEOORDELING[i:] or SCHAAL_BEOORDELING)}
            Meting.objects.create(
                indicator=indicator,
                datum=datum,
                toelichting="[Demo] Verzonnen meting, geen echte waarde.",
                bron="Demogegevens",
                gepubliceerd=jaar < programma.eindjaar,
                is_demo=True,
                **velden,
            )
            aantal += 1
    return {"metingen": aantal} if aantal else {}
