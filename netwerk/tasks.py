"""Background jobs of the netwerk app."""

import logging

from celery import shared_task
from django.conf import settings
from django.core.mail import send_mail
from django.db import transaction
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone

from .models import Uitnodiging
from .tokens import token_hash

logger = logging.getLogger(__name__)


@shared_task(autoretry_for=(OSError,), retry_backoff=True, max_retries=5)
def verstuur_uitnodiging(uitnodiging_id: int, token: str) -> bool:
    """E-mail a personal survey link to the invitation's contact person.

    Takes the plain token because only its hash is stored; it checks the token against that
    hash. Idempotent: an invitation that was sent, used or has no e-mail address is skipped.
    Returns whether a mail went out.
    """
    with transaction.atomic():
        uitnodiging = (
            Uitnodiging.objects.select_for_update(of=("self",))
            .select_related("enquete", "contactpersoon")
            .filter(pk=uitnodiging_id)
            .first()
        )
        if uitnodiging is None or uitnodiging.token_hash != token_hash(token):
            logger.warning("Uitnodiging %s: onbekend of token klopt niet", uitnodiging_id)
            return False
        persoon = uitnodiging.contactpersoon
        if (
            uitnodiging.verzonden_op
            or uitnodiging.gebruikt_op
            or persoon is None
            or not persoon.email
        ):
            return False
        link = settings.SITE_URL.rstrip("/") + reverse("enquete:invullen", args=[token])
        verloopt = timezone.localtime(uitnodiging.verloopt_op)
        send_mail(
            subject="Hoe werkt u met ons samen? Korte enquête van de gemeente Almelo",
            message=(
                f"Beste {persoon.naam},\n\n"
                "De gemeente Almelo wil graag weten hoe u de samenwerking rond stedelijke "
                "ontwikkeling ervaart. Wilt u vier korte vragen beantwoorden? Dat duurt ongeveer "
                "twee minuten. Uw antwoorden worden anoniem verwerkt.\n\n"
                f"{link}\n\n"
                f"Deze persoonlijke link werkt één keer en is geldig tot {verloopt:%d-%m-%Y}.\n\n"
                "Met vriendelijke groet,\nProgramma Stedelijke Ontwikkeling, gemeente Almelo\n"
            ),
            from_email=settings.DEFAULT_FROM_EMAIL,
            recipient_list=[persoon.email],
        )
        uitnodiging.verzonden_op = timezone.now()
        uitnodiging.save(update_fields=["verzonden_op"])
    return True


@shared_task(name="netwerk.bijdrage_beoordeling_mailen")
def bijdrage_beoordeling_mailen(bijdrage_id: int, beoordeling: int) -> int:
    """E-mail the members of the partner organisation the outcome of review number
    ``beoordeling`` of their contribution (and its reason); returns the number of e-mails.

    Claim-then-send: one conditional UPDATE raises ``gemelde_beoordelingen`` to ``beoordeling``
    before anything is sent, so a rerun or a redelivered task never mails the same outcome twice.
    The e-mail names no member of staff.
    """
    from .models import Bijdrage, Partnerlidmaatschap

    geclaimd = Bijdrage.objects.filter(
        pk=bijdrage_id, gemelde_beoordelingen__lt=beoordeling
    ).update(gemelde_beoordelingen=beoordeling)
    if not geclaimd:
        return 0
    bijdrage = Bijdrage.objects.select_related("partner", "lijn").get(pk=bijdrage_id)
    ontvangers = sorted(
        {
            e
            for e in Partnerlidmaatschap.objects.filter(partner_id=bijdrage.partner_id)
            .exclude(gebruiker__email="")
            .values_list("gebruiker__email", flat=True)
            if e
        }
    )
    if not ontvangers:
        return 0
    url = settings.SITE_URL.rstrip("/") + bijdrage.get_absolute_url()
    tekst = render_to_string("netwerk/email/bijdrage_beoordeeld.txt", {"b": bijdrage, "url": url})
    onderwerp = f"Uw bijdrage '{bijdrage.titel}': {bijdrage.get_status_display().lower()}"
    send_mail(onderwerp, tekst, settings.DEFAULT_FROM_EMAIL, ontvangers)
    logger.info("Bijdrage %s beoordeling %s: gemeld aan %s", bijdrage_id, beoordeling, ontvangers)
    return len(ontvangers)


@shared_task(name="netwerk.bijdrage_indiening_mailen")
def bijdrage_indiening_mailen(bijdrage_id: int, indiening: int) -> int:
    """E-mail the reviewer of submission number ``indiening`` of a contribution: the lead of its
    line, or the programme managers when the line has no lead. Returns the number of e-mails.
    Claim-then-send on ``gemelde_indieningen``, like ``bijdrage_beoordeling_mailen``."""
    from django.contrib.auth import get_user_model

    from almelo_programma.kern.rechten import PROGRAMMAMANAGER

    from .models import Bijdrage

    geclaimd = Bijdrage.objects.filter(pk=bijdrage_id, gemelde_indieningen__lt=indiening).update(
        gemelde_indieningen=indiening
    )
    if not geclaimd:
        return 0
    bijdrage = Bijdrage.objects.select_related("partner", "lijn__trekker").get(pk=bijdrage_id)
    trekker = bijdrage.lijn.trekker
    if trekker is not None and trekker.is_active and trekker.email:
        ontvangers = [trekker.email]
    else:
        ontvangers = sorted(
            set(
                get_user_model()
                .objects.filter(groups__name=PROGRAMMAMANAGER, is_active=True)
                .exclude(email="")
                .values_list("email", flat=True)
            )
        )
    if not ontvangers:
        return 0
    url = settings.SITE_URL.rstrip("/") + bijdrage.get_werkruimte_url()
    tekst = render_to_string(
        "netwerk/email/bijdrage_ingediend.txt",
        {"b": bijdrage, "url": url, "opnieuw": indiening > 1},
    )
    onderwerp = f"{'Opnieuw ingediend' if indiening > 1 else 'Nieuwe bijdrage'}: {bijdrage.titel}"
    send_mail(onderwerp, tekst, settings.DEFAULT_FROM_EMAIL, ontvangers)
    return len(ontvangers)
