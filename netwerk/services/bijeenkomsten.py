"""Writes for events (bijeenkomsten) and their follow-up actions (vervolgacties)."""

import datetime

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import timezone

from almelo_programma.kern.rechten import is_intern
from almelo_programma.kern.services import model_bijwerken
from almelo_programma.kern.slugs import unieke_slug

from ..models import Bijeenkomst, Vervolgactie

BIJEENKOMST_VELDEN = (
    "titel",
    "soort",
    "start",
    "einde",
    "locatie",
    "partners",
    "lijnen",
    "interne_notities",
    "openbare_samenvatting",
    "openbaar",
)


def _planning_controleren(*, start, einde, openbaar) -> None:
    """An end or a public event needs a start (checked before the model's own rules)."""
    fouten = {}
    if einde and not start:
        fouten["einde"] = ["Vul eerst de start in; een einde zonder start kan niet."]
    if openbaar and not start:
        fouten["openbaar"] = ["Een openbare bijeenkomst heeft een datum en tijd."]
    if fouten:
        raise ValidationError(fouten)


@transaction.atomic
def bijeenkomst_create(
    *,
    titel: str,
    soort: str,
    start: datetime.datetime | None = None,
    einde: datetime.datetime | None = None,
    locatie: str = "",
    partners=(),
    lijnen=(),
    interne_notities: str = "",
    openbare_samenvatting: str = "",
    openbaar: bool = False,
    is_demo: bool = False,
) -> Bijeenkomst:
    _planning_controleren(start=start, einde=einde, openbaar=openbaar)
    bijeenkomst = Bijeenkomst(
        titel=titel,
        slug=unieke_slug(Bijeenkomst, titel),
        soort=soort,
        start=start,
        einde=einde,
        locatie=locatie,
        interne_notities=interne_notities,
        openbare_samenvatting=openbare_samenvatting,
        openbaar=openbaar,
        is_demo=is_demo,
    )
    bijeenkomst.full_clean()
    bijeenkomst.save()
    bijeenkomst.partners.set(partners)
    bijeenkomst.lijnen.set(lijnen)
    return bijeenkomst


@transaction.atomic
def bijeenkomst_update(*, bijeenkomst: Bijeenkomst, data: dict) -> Bijeenkomst:
    """``data``: any of ``BIJEENKOMST_VELDEN`` (``partners`` and ``lijnen`` as lists)."""
    nieuw = {veld: data.get(veld, getattr(bijeenkomst, veld)) for veld in ("start", "einde")}
    _planning_controleren(**nieuw, openbaar=data.get("openbaar", bijeenkomst.openbaar))
    return model_bijwerken(instance=bijeenkomst, velden=BIJEENKOMST_VELDEN, data=data)[0]


@transaction.atomic
def vervolgactie_create(
    *,
    bijeenkomst: Bijeenkomst,
    omschrijving: str,
    eigenaar,
    deadline: datetime.date,
    is_demo: bool = False,
) -> Vervolgactie:
    actie = Vervolgactie(
        bijeenkomst=bijeenkomst,
        omschrijving=omschrijving,
        eigenaar=eigenaar,
        deadline=deadline,
        is_demo=is_demo,
    )
    actie.full_clean()
    if not is_intern(eigenaar):
        raise ValidationError(
            {"eigenaar": ["De eigenaar moet een medewerker van het programma zijn."]}
        )
    actie.save()
    return actie


@transaction.atomic
def vervolgactie_afronden(*, actie: Vervolgactie) -> Vervolgactie:
    """Mark done (idempotent): the action leaves its owner's list."""
    if not actie.afgerond:
        actie.afgerond = True
        actie.afgerond_op = timezone.now()
        actie.full_clean()
        actie.save(update_fields=["afgerond", "afgerond_op"])
    return actie
