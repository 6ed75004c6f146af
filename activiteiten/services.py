"""Writes for activities and status updates. Views, forms, the API and imports call these."""

import datetime

from django.db import transaction

from .models import Activiteit, Statusupdate


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
    update.save()
    return update
