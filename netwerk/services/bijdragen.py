"""Writes for partners' contributions (*bijdragen*): propose, edit and resubmit, review (accept,
ask for changes, decline), report progress on an accepted one, and publish those reports.

Every function validates completely before it writes, in one transaction; the e-mails about a
submission (to the reviewer) and a review (to the partner) are Celery tasks recorded in the
outbox (``kern.uitgaand``) in that transaction and handed to the broker after the commit.
"""

import datetime

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import timezone

from activiteiten.models import Activiteit, Activiteitenlijn, Statusupdate
from activiteiten.services import statusupdate_create
from almelo_programma.kern.programmas import controleer_schrijfbaar, programma_van
from almelo_programma.kern.services import model_bijwerken
from almelo_programma.kern.slugs import unieke_slug
from almelo_programma.kern.uitgaand import taak_vastleggen
from doelen.models import Effectindicator

from ..constants import BijdrageStatus, BijdrageUitkomst
from ..models import Bijdrage, Partner

BIJDRAGE_VELDEN = ("lijn", "indicator", "titel", "omschrijving", "opbrengst", "gereed_op")


def _gereed_op_valideren(gereed_op: datetime.date | None, lijn: Activiteitenlijn) -> None:
    """The end date lies within the period of the programme of the contribution's line."""
    programma = programma_van(lijn) if gereed_op else None
    if gereed_op and programma and not programma.startjaar <= gereed_op.year <= programma.eindjaar:
        raise ValidationError(
            {
                "gereed_op": (
                    "De datum moet binnen de looptijd van het programma liggen "
                    f"({programma.startjaar}–{programma.eindjaar})."
                )
            }
        )


def _melden(bijdrage: Bijdrage) -> None:
    from ..tasks import bijdrage_beoordeling_mailen

    taak_vastleggen(bijdrage_beoordeling_mailen, bijdrage.pk, bijdrage.beoordelingen)


def _indiening_melden(bijdrage: Bijdrage) -> None:
    from ..tasks import bijdrage_indiening_mailen

    taak_vastleggen(bijdrage_indiening_mailen, bijdrage.pk, bijdrage.indieningen)


@transaction.atomic
def bijdrage_create(
    *,
    partner: Partner,
    lijn: Activiteitenlijn,
    indicator: Effectindicator,
    titel: str,
    omschrijving: str,
    opbrengst: str,
    gereed_op: datetime.date,
    door=None,
    is_demo: bool = False,
) -> Bijdrage:
    """A partner organisation proposes a contribution to ``lijn``; it waits for review, and the
    line's lead (or, without one, the programme managers) is e-mailed after the commit."""
    bijdrage = Bijdrage(
        partner=partner,
        lijn=lijn,
        indicator=indicator,
        titel=titel,
        omschrijving=omschrijving,
        opbrengst=opbrengst,
        gereed_op=gereed_op,
        ingediend_door=door,
        ingediend_op=timezone.now(),
        indieningen=1,
        is_demo=is_demo,
    )
    controleer_schrijfbaar(lijn)
    bijdrage.full_clean()
    _gereed_op_valideren(gereed_op, lijn)
    bijdrage.save()
    _indiening_melden(bijdrage)
    return bijdrage


@transaction.atomic
def bijdrage_update(*, bijdrage: Bijdrage, data: dict, door=None) -> Bijdrage:
    """The partner changes a proposal on which changes were asked (or that still waits for
    review) and so submits it again (the reviewer is e-mailed again). ``data``: any of
    ``BIJDRAGE_VELDEN``."""
    bijdrage = Bijdrage.objects.select_for_update().get(pk=bijdrage.pk)
    if bijdrage.status not in (BijdrageStatus.INGEDIEND, BijdrageStatus.WIJZIGING_GEVRAAGD):
        raise ValidationError("Deze bijdrage is al beoordeeld en kan niet meer worden gewijzigd.")
    controleer_schrijfbaar(bijdrage.lijn)
    if data.get("lijn") is not None:
        controleer_schrijfbaar(data["lijn"])
    _gereed_op_valideren(data.get("gereed_op"), data.get("lijn") or bijdrage.lijn)
    model_bijwerken(instance=bijdrage, velden=BIJDRAGE_VELDEN, data=data, opslaan=False)
    bijdrage.status = BijdrageStatus.INGEDIEND
    bijdrage.ingediend_door = door or bijdrage.ingediend_door
    bijdrage.ingediend_op = timezone.now()
    bijdrage.indieningen += 1
    bijdrage.full_clean()
    bijdrage.save()
    _indiening_melden(bijdrage)
    return bijdrage


@transaction.atomic
def bijdrage_beoordelen(
    *,
    bijdrage: Bijdrage,
    uitkomst: str,
    door,
    reactie: str = "",
    interne_notitie: str = "",
    openbaar: bool = False,
) -> Bijdrage:
    """Review a submitted contribution.

    - ``accepteren``: it becomes an activity of its line (year of its end date, planned end =
      that date, ``openbaar`` as chosen) linked to the contribution; the organisation is its
      executor (``activiteit.bijdrage.partner``).
    - ``wijziging``: the partner is asked to change it (``reactie`` says what) and resubmit.
    - ``afwijzen``: declined, ``reactie`` gives the reason.

    The partner gets an e-mail about the outcome after the commit (once per review).
    """
    bijdrage = (
        Bijdrage.objects.select_for_update(of=("self",))
        .select_related("lijn", "partner")
        .get(pk=bijdrage.pk)
    )
    controleer_schrijfbaar(bijdrage.lijn)
    if bijdrage.status != BijdrageStatus.INGEDIEND:
        raise ValidationError("Deze bijdrage wacht niet op een beoordeling.")
    if uitkomst not in BijdrageUitkomst.values:
        raise ValidationError({"uitkomst": "Kies een uitkomst."})
    reactie = (reactie or "").strip()
    if uitkomst != BijdrageUitkomst.ACCEPTEREN and not reactie:
        bericht = (
            "Geef de reden van de afwijzing."
            if uitkomst == BijdrageUitkomst.AFWIJZEN
            else "Schrijf welke wijziging u vraagt."
        )
        raise ValidationError({"reactie": bericht})
    bijdrage.reactie = reactie
    if interne_notitie:
        bijdrage.interne_notitie = interne_notitie
    bijdrage.beoordeeld_door = door
    bijdrage.beoordeeld_op = timezone.now()
    bijdrage.beoordelingen += 1
    if uitkomst == BijdrageUitkomst.ACCEPTEREN:
        activiteit = Activiteit(
            lijn=bijdrage.lijn,
            jaar=bijdrage.gereed_op.year,
            titel=bijdrage.titel,
            slug=unieke_slug(Activiteit, bijdrage.titel),
            omschrijving=bijdrage.omschrijving,
            geplande_eind=bijdrage.gereed_op,
            openbaar=openbaar,
            is_demo=bijdrage.is_demo,
            vastgesteld_door=door,
            vastgesteld_op=timezone.now(),
        )
        activiteit.full_clean()
        activiteit.save()
        bijdrage.activiteit = activiteit
        bijdrage.status = BijdrageStatus.GEACCEPTEERD
    elif uitkomst == BijdrageUitkomst.WIJZIGING:
        bijdrage.status = BijdrageStatus.WIJZIGING_GEVRAAGD
    else:
        bijdrage.status = BijdrageStatus.AFGEWEZEN
    bijdrage.full_clean()
    bijdrage.save()
    _melden(bijdrage)
    return bijdrage


@transaction.atomic
def bijdrage_statusupdate_create(
    *,
    bijdrage: Bijdrage,
    status: str,
    voortgang: int,
    toelichting: str = "",
    rapportagedatum: datetime.date | None = None,
    door=None,
) -> Statusupdate:
    """A partner reports progress on its accepted contribution: a status update of the
    contribution's activity, held for review (unpublished) until a lead publishes it."""
    if bijdrage.status != BijdrageStatus.GEACCEPTEERD or bijdrage.activiteit_id is None:
        raise ValidationError("Alleen over een geaccepteerde bijdrage meldt u voortgang.")
    return statusupdate_create(
        activiteit=bijdrage.activiteit,
        status=status,
        voortgang=voortgang,
        toelichting=toelichting,
        rapportagedatum=rapportagedatum,
        door=door,
        gepubliceerd=False,
    )


@transaction.atomic
def bijdrage_update_publiceren(
    *, bijdrage: Bijdrage, update: Statusupdate, gepubliceerd: bool = True
) -> Statusupdate:
    """Publish (or withdraw) a status update of the contribution's activity; the change is in
    the update's history."""
    if update.activiteit_id is None or update.activiteit_id != bijdrage.activiteit_id:
        raise ValidationError("Deze statusupdate hoort niet bij deze bijdrage.")
    controleer_schrijfbaar(bijdrage.lijn)
    return model_bijwerken(
        instance=update, velden=("gepubliceerd",), data={"gepubliceerd": gepubliceerd}
    )[0]
