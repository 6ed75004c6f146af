"""Writes for the woondeals app."""

# --- issue 3 (werkruimte): status updates of woondeal sub-tracks (self-contained block) --------
import datetime as _dt

from django.db import transaction as _transaction
from django.utils import timezone as _timezone

from activiteiten.services import valideer_rapportagedatum as _valideer_rapportagedatum

from .models import Deelspoor as _Deelspoor
from .models import DeelspoorUpdate as _DeelspoorUpdate


@_transaction.atomic
def deelspoorupdate_create(
    *,
    deelspoor: _Deelspoor,
    status: str,
    voortgang: int,
    toelichting: str = "",
    door=None,
    rapportagedatum: _dt.date | None = None,
    gepubliceerd: bool = False,
    is_demo: bool = False,
) -> _DeelspoorUpdate:
    """Validate and store a sub-track's status update (same rules as an activity's); raises
    ``ValidationError`` (Dutch, keyed on field names) and writes nothing on bad input."""
    update = _DeelspoorUpdate(
        deelspoor=deelspoor,
        status=status,
        voortgang=voortgang,
        toelichting=toelichting,
        auteur=door,
        rapportagedatum=rapportagedatum or _timezone.localdate(),
        gepubliceerd=gepubliceerd,
        is_demo=is_demo,
    )
    update.full_clean()
    _valideer_rapportagedatum(update.rapportagedatum)
    update.save()
    return update


# --- end issue 3 -------------------------------------------------------------------------------
