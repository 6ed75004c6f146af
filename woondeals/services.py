"""Writes for the woondeals app."""

import datetime

from django.db import transaction
from django.utils import timezone

from activiteiten.services import valideer_rapportagedatum

from .models import Deelspoor, DeelspoorUpdate

# --- issue 3 (werkruimte): status updates of woondeal sub-tracks ---------------------------------


@transaction.atomic
def deelspoorupdate_create(
    *,
    deelspoor: Deelspoor,
    status: str,
    voortgang: int,
    toelichting: str = "",
    door=None,
    rapportagedatum: datetime.date | None = None,
    gepubliceerd: bool = False,
    is_demo: bool = False,
) -> DeelspoorUpdate:
    """Validate and store a sub-track's status update (same rules as an activity's)."""
    update = DeelspoorUpdate(
        deelspoor=deelspoor,
        status=status,
        voortgang=voortgang,
        toelichting=toelichting,
        auteur=door,
        rapportagedatum=rapportagedatum or timezone.localdate(),
        gepubliceerd=gepubliceerd,
        is_demo=is_demo,
    )
    update.full_clean()
    valideer_rapportagedatum(update.rapportagedatum)
    update.save()
    return update


# --- end issue 3 ---------------------------------------------------------------------------------
