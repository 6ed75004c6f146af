"""The reporting periods (tertials) of a programme's years. Periods are shared by every
programme: a year's tertials exist once, whichever programme asked for them first."""

import datetime

from .constants import PeriodeSoort
from .models import Rapportageperiode

TERTIALEN = ((1, 4), (5, 8), (9, 12))


def _laatste_dag(jaar: int, maand: int) -> datetime.date:
    if maand == 12:
        return datetime.date(jaar, 12, 31)
    return datetime.date(jaar, maand + 1, 1) - datetime.timedelta(days=1)


def tertialen_vastleggen(jaren) -> int:
    """Make sure every year of ``jaren`` has its three tertials (deadline two weeks after the
    end); returns how many were created (idempotent)."""
    aangemaakt = 0
    for jaar in jaren:
        for nummer, (start_maand, eind_maand) in enumerate(TERTIALEN, start=1):
            eind = _laatste_dag(jaar, eind_maand)
            _, nieuw = Rapportageperiode.objects.get_or_create(
                jaar=jaar,
                soort=PeriodeSoort.TERTIAAL,
                nummer=nummer,
                defaults={
                    "startdatum": datetime.date(jaar, start_maand, 1),
                    "einddatum": eind,
                    "deadline": eind + datetime.timedelta(days=14),
                },
            )
            aangemaakt += nieuw
    return aangemaakt
