"""Writes for the subsidy applications and their conditions."""

import datetime
from decimal import Decimal

from django.db import transaction

from almelo_programma.kern.services import model_bijwerken, model_maken

from ..models import Subsidieaanvraag, SubsidieVoorwaarde

AANVRAAG_VELDEN = (
    "regeling",
    "titel",
    "projecten",
    "aangevraagd_bedrag",
    "toegekend_bedrag",
    "status",
    "ingediend_op",
    "besluit_op",
)


@transaction.atomic
def aanvraag_update(
    *,
    aanvraag: Subsidieaanvraag | None = None,
    regeling: str,
    titel: str,
    projecten,
    aangevraagd_bedrag: Decimal,
    toegekend_bedrag: Decimal | None = None,
    status: str,
    ingediend_op: datetime.date | None = None,
    besluit_op: datetime.date | None = None,
    is_demo: bool = False,
) -> Subsidieaanvraag:
    """Update a subsidy application and its linked projects; with ``aanvraag`` None the
    application is created."""
    aanvraag = aanvraag or Subsidieaanvraag(is_demo=is_demo)
    model_bijwerken(
        instance=aanvraag,
        velden=AANVRAAG_VELDEN,
        data={
            "regeling": regeling,
            "titel": titel,
            "projecten": projecten,
            "aangevraagd_bedrag": aangevraagd_bedrag,
            "toegekend_bedrag": toegekend_bedrag,
            "status": status,
            "ingediend_op": ingediend_op,
            "besluit_op": besluit_op,
        },
    )
    if aanvraag.pk is None:  # a new application that equals the defaults: still checked, saved
        aanvraag.full_clean()
        aanvraag.save()
    return aanvraag


@transaction.atomic
def voorwaarde_create(
    *,
    aanvraag: Subsidieaanvraag,
    soort: str,
    waarde: Decimal | None = None,
    datum: datetime.date | None = None,
    toelichting: str = "",
) -> SubsidieVoorwaarde:
    return model_maken(
        SubsidieVoorwaarde,
        aanvraag=aanvraag,
        soort=soort,
        waarde=waarde,
        datum=datum,
        toelichting=toelichting,
    )


@transaction.atomic
def voorwaarde_delete(*, voorwaarde: SubsidieVoorwaarde) -> None:
    voorwaarde.delete()
