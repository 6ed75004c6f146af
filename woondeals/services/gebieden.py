"""Writes for the area developments: the development itself, its milestones and its roles."""

import datetime

from django.core.exceptions import ValidationError
from django.db import transaction

from almelo_programma.kern.services import model_bijwerken, model_maken
from almelo_programma.kern.slugs import unieke_slug
from netwerk.models import Partner

from .. import geo
from ..models import Gebiedsontwikkeling, Gebiedsrol, Mijlpaal


def _contour(contour) -> dict | None:
    """The checked outline (a Polygon, or a Feature/FeatureCollection holding one)."""
    try:
        return geo.valideer_contour(contour)
    except ValidationError as exc:
        raise ValidationError({"contour": exc.messages}) from None


@transaction.atomic
def gebied_create(
    *,
    naam: str,
    wijk: str = "",
    omschrijving: str = "",
    fase: str,
    contour: dict | None = None,
    is_demo=False,
):
    return model_maken(
        Gebiedsontwikkeling,
        naam=naam,
        slug=unieke_slug(Gebiedsontwikkeling, naam),
        wijk=wijk,
        omschrijving=omschrijving,
        fase=fase,
        contour=_contour(contour),
        is_demo=is_demo,
    )


@transaction.atomic
def gebied_update(
    *,
    gebied: Gebiedsontwikkeling,
    naam: str,
    wijk: str = "",
    omschrijving: str = "",
    fase: str,
    contour: dict | None = None,
) -> Gebiedsontwikkeling:
    model_bijwerken(
        instance=gebied,
        velden=("naam", "wijk", "omschrijving", "fase", "contour"),
        data={
            "naam": naam,
            "wijk": wijk,
            "omschrijving": omschrijving,
            "fase": fase,
            "contour": _contour(contour),
        },
    )
    return gebied


@transaction.atomic
def mijlpaal_create(
    *,
    gebied: Gebiedsontwikkeling,
    naam: str,
    fase: str,
    geplande_datum: datetime.date,
    werkelijke_datum: datetime.date | None = None,
    toelichting: str = "",
    is_demo: bool = False,
) -> Mijlpaal:
    return model_maken(
        Mijlpaal,
        gebiedsontwikkeling=gebied,
        naam=naam,
        fase=fase,
        geplande_datum=geplande_datum,
        werkelijke_datum=werkelijke_datum,
        toelichting=toelichting,
        is_demo=is_demo,
    )


@transaction.atomic
def mijlpaal_bereikt(*, mijlpaal: Mijlpaal, werkelijke_datum: datetime.date | None) -> Mijlpaal:
    """Record (or clear) the date a milestone was actually reached."""
    if werkelijke_datum and werkelijke_datum > datetime.date.today():
        raise ValidationError(
            {"werkelijke_datum": ["Een mijlpaal kan niet in de toekomst bereikt zijn."]}
        )
    model_bijwerken(
        instance=mijlpaal,
        velden=("werkelijke_datum",),
        data={"werkelijke_datum": werkelijke_datum},
    )
    return mijlpaal


@transaction.atomic
def gebiedsrol_create(
    *,
    gebied: Gebiedsontwikkeling,
    rol: str,
    partner: Partner | None = None,
    persoon: str = "",
    toelichting: str = "",
) -> Gebiedsrol:
    persoon = (persoon or "").strip()
    if partner is None and not persoon:
        raise ValidationError(
            {"persoon": ["Kies een organisatie of vul de naam van een persoon in."]}
        )
    if partner is not None and persoon:
        raise ValidationError(
            {"persoon": ["Kies een organisatie óf vul een persoon in, niet allebei."]}
        )
    return model_maken(
        Gebiedsrol,
        gebiedsontwikkeling=gebied,
        rol=rol,
        partner=partner,
        persoon=persoon,
        toelichting=toelichting,
    )
