"""Writes for lobby dossiers and their contact log."""

import datetime

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import timezone

from almelo_programma.kern.services import model_bijwerken
from almelo_programma.kern.slugs import unieke_slug

from ..models import Lobbycontact, Lobbydossier, Partner

LOBBYDOSSIER_VELDEN = ("titel", "inzet", "vragen", "doelwitten", "status", "lijnen")


@transaction.atomic
def lobbydossier_create(
    *,
    titel: str,
    inzet: str,
    vragen: str = "",
    doelwitten: str = "",
    status: str = "actief",
    lijnen=(),
) -> Lobbydossier:
    dossier = Lobbydossier(
        titel=titel,
        slug=unieke_slug(Lobbydossier, titel),
        inzet=inzet,
        vragen=vragen,
        doelwitten=doelwitten,
        status=status,
    )
    dossier.full_clean()
    dossier.save()
    dossier.lijnen.set(lijnen)
    return dossier


@transaction.atomic
def lobbydossier_update(*, dossier: Lobbydossier, data: dict) -> Lobbydossier:
    """``data``: any of ``LOBBYDOSSIER_VELDEN`` (``lijnen`` as a list)."""
    return model_bijwerken(instance=dossier, velden=LOBBYDOSSIER_VELDEN, data=data)[0]


@transaction.atomic
def lobbycontact_create(
    *,
    dossier: Lobbydossier,
    datum: datetime.date,
    met_wie: str,
    samenvatting: str,
    doelwit: str = "rijk",
    partner: Partner | None = None,
    uitkomst: str = "",
    door=None,
    is_demo: bool = False,
) -> Lobbycontact:
    contact = Lobbycontact(
        dossier=dossier,
        datum=datum,
        met_wie=met_wie,
        samenvatting=samenvatting,
        doelwit=doelwit,
        partner=partner,
        uitkomst=uitkomst,
        door=door,
        is_demo=is_demo,
    )
    contact.full_clean()
    if datum > timezone.localdate():
        raise ValidationError({"datum": ["Een contact ligt niet in de toekomst."]})
    contact.save()
    return contact
