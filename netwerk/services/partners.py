"""Writes for partners and their contact persons."""

import datetime

from django.db import transaction

from almelo_programma.kern.services import model_bijwerken, model_maken
from almelo_programma.kern.slugs import unieke_slug

from ..models import Contactpersoon, Partner

PARTNER_VELDEN = ("naam", "soort", "website", "omschrijving", "platformlid", "lid_sinds")
CONTACTPERSOON_VELDEN = ("naam", "functie", "email", "telefoon")


@transaction.atomic
def partner_create(
    *,
    naam: str,
    soort: str,
    website: str = "",
    omschrijving: str = "",
    platformlid: bool = False,
    lid_sinds: datetime.date | None = None,
    is_demo: bool = False,
) -> Partner:
    return model_maken(
        Partner,
        naam=naam,
        slug=unieke_slug(Partner, naam),
        soort=soort,
        website=website,
        omschrijving=omschrijving,
        platformlid=platformlid,
        lid_sinds=lid_sinds,
        is_demo=is_demo,
    )


@transaction.atomic
def partner_update(*, partner: Partner, data: dict) -> Partner:
    """``data``: any of ``PARTNER_VELDEN``."""
    return model_bijwerken(instance=partner, velden=PARTNER_VELDEN, data=data)[0]


@transaction.atomic
def contactpersoon_create(
    *, partner: Partner, naam: str, functie: str = "", email: str = "", telefoon: str = ""
) -> Contactpersoon:
    return model_maken(
        Contactpersoon, partner=partner, naam=naam, functie=functie, email=email, telefoon=telefoon
    )


@transaction.atomic
def contactpersoon_update(*, contactpersoon: Contactpersoon, data: dict) -> Contactpersoon:
    """``data``: any of ``CONTACTPERSOON_VELDEN``."""
    return model_bijwerken(instance=contactpersoon, velden=CONTACTPERSOON_VELDEN, data=data)[0]
