"""Background jobs of the activiteiten app. Tasks take ids and are idempotent."""

import logging

from celery import shared_task
from django.conf import settings
from django.core.mail import send_mail
from django.db import IntegrityError, transaction
from django.template.loader import render_to_string
from django.utils import timezone

from .models import Statusupdate, Volger, Volgmelding

logger = logging.getLogger(__name__)


@shared_task(name="activiteiten.volgers_informeren")
def volgers_informeren(statusupdate_id: int) -> int:
    """E-mail the followers of the update's activity and line; returns the number of e-mails.

    Claim-then-send: a ``Volgmelding`` row (unique per update and follower) is committed before
    the e-mail goes out, so a rerun or a redelivered task never e-mails a follower twice.
    """
    update = (
        Statusupdate.objects.select_related("activiteit__lijn__doel__programma", "auteur")
        .filter(pk=statusupdate_id)
        .first()
    )
    if update is None:
        return 0
    act = update.activiteit
    volgers = (
        Volger.objects.filter(activiteit=act) | Volger.objects.filter(lijn_id=act.lijn_id)
    ).select_related("gebruiker")
    ontvangers = {v.gebruiker_id: v.gebruiker for v in volgers if v.gebruiker.email}
    onderwerp = f"{act.titel}: {update.get_status_display().lower()}"
    tekst = render_to_string(  # the link is the activity's page in its own programme
        "activiteiten/email/volgmelding.txt",
        {
            "update": update,
            "activiteit": act,
            "programma": act.lijn.doel.programma,
            "site": settings.SITE_URL.rstrip("/"),
        },
    )
    verstuurd = 0
    for gebruiker in ontvangers.values():
        try:
            with transaction.atomic():
                melding = Volgmelding.objects.create(statusupdate=update, gebruiker=gebruiker)
        except IntegrityError:
            continue  # already claimed by an earlier run
        send_mail(onderwerp, tekst, None, [gebruiker.email])
        Volgmelding.objects.filter(pk=melding.pk).update(verstuurd_op=timezone.now())
        verstuurd += 1
    logger.info("Volgmelding %s: %s e-mail(s)", statusupdate_id, verstuurd)
    return verstuurd
