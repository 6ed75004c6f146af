"""Writes for activities and status updates. Views, forms, the API and imports call these."""

import datetime

from django.core.exceptions import ValidationError
from django.db import transaction

from doelen.selectors import programma_get

from .models import Activiteit, Statusupdate


def valideer_rapportagedatum(datum: datetime.date) -> None:
    """A reporting date lies within the programme's period (e.g. 2023-01-01 … 2026-12-31)."""
    programma = programma_get()
    if programma and not programma.startjaar <= datum.year <= programma.eindjaar:
        raise ValidationError(
            {
                "rapportagedatum": (
                    f"De rapportagedatum moet binnen de looptijd van het programma liggen "
                    f"({programma.startjaar}–{programma.eindjaar})."
                )
            }
        )


@transaction.atomic
def statusupdate_create(
    *,
    activiteit: Activiteit,
    status: str,
    voortgang: int,
    toelichting: str = "",
    door=None,
    rapportagedatum: datetime.date | None = None,
    gepubliceerd: bool = False,
    is_demo: bool = False,
) -> Statusupdate:
    """Validate and store a status update; raises ``ValidationError`` (Dutch) on bad input."""
    update = Statusupdate(
        activiteit=activiteit,
        status=status,
        voortgang=voortgang,
        toelichting=toelichting,
        auteur=door,
        rapportagedatum=rapportagedatum or datetime.date.today(),
        gepubliceerd=gepubliceerd,
        is_demo=is_demo,
    )
    update.full_clean()
    valideer_rapportagedatum(update.rapportagedatum)
    update.save()
    return update
