"""Reminders to leads whose items lack an update, N days before the period deadline; the same
e-mail lists the owner's motions and commitments (toezeggingen) past their due date, and an owner
with only those gets the reminder too.

Per programme: every programme that is not archived is gone through on its own; a lead gets one
e-mail per programme they have something open in, listing only that programme's items, with the
links of that programme (``/<programma-slug>/werkruimte/…``). An archived programme sends none.

Guarantee: **at most one reminder run per lead per period.** Each lead is *claimed* first: a
``Herinnering`` row, unique on (lead, period), committed in its own transaction; only the run
that created the row sends the lead's e-mails (one per programme), then stamps
``verstuurd_op``. A second run (beat firing twice, a manual rerun, a redelivered task after a
worker died — ``acks_late``) finds the row and skips the lead. The price: when a worker dies
between claim and send, that lead's reminders are not sent (the row stays without
``verstuurd_op`` and is visible in the admin) — never twice.
"""

import datetime
import logging

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.mail import send_mail
from django.db import IntegrityError, transaction
from django.template.loader import render_to_string
from django.utils import timezone

from activiteiten.models import Herinnering
from activiteiten.selectors import te_rapporteren_periode
from besluiten.selectors import besluiten_te_laat_per_eigenaar
from doelen.models import Programma

from .selectors import open_items_per_trekker

logger = logging.getLogger(__name__)


def _per_programma(periode, vandaag) -> list[tuple[Programma, dict, dict]]:
    """For every programme that is not archived and runs in the period's year (a successor that
    starts next year asks nothing yet): (programme, open items per lead, overdue motions per
    owner). Three queries per programme."""
    return [
        (
            programma,
            open_items_per_trekker(periode, programma=programma),
            besluiten_te_laat_per_eigenaar(vandaag, programma=programma),
        )
        for programma in Programma.objects.filter(
            gearchiveerd_op__isnull=True,
            startjaar__lte=periode.jaar,
            eindjaar__gte=periode.jaar,
        ).order_by("startjaar", "pk")
    ]


def herinneringen_versturen(*, vandaag: datetime.date | None = None) -> int:
    """Send the due reminders for today's period; returns how many e-mails were sent."""
    vandaag = vandaag or timezone.localdate()
    periode = te_rapporteren_periode(vandaag)
    if periode is None:
        return 0
    dagen = settings.HERINNERING_DAGEN_VOOR_DEADLINE
    if not periode.deadline - datetime.timedelta(days=dagen) <= vandaag <= periode.deadline:
        return 0
    programmas = _per_programma(periode, vandaag)
    betrokken = set()
    for _programma, per_trekker, afspraken in programmas:
        betrokken |= set(per_trekker) | set(afspraken)
    gebruikers = get_user_model().objects.filter(pk__in=betrokken, is_active=True)
    site = settings.SITE_URL.rstrip("/")
    verstuurd = 0
    for gebruiker in gebruikers:
        if not gebruiker.email:
            continue
        berichten = []
        for programma, per_trekker, afspraken in programmas:
            items = per_trekker.get(gebruiker.pk)
            eigen_afspraken = afspraken.get(gebruiker.pk, [])
            if items or eigen_afspraken:
                berichten.append((programma, items, eigen_afspraken))
        aantal = sum((items.aantal if items else 0) + len(eigen) for _p, items, eigen in berichten)
        try:
            with transaction.atomic():
                herinnering = Herinnering.objects.create(
                    gebruiker=gebruiker, periode=periode, aantal_items=aantal
                )
        except IntegrityError:
            continue  # claimed by an earlier (or concurrent) run: never send twice
        for programma, items, eigen_afspraken in berichten:
            tekst = render_to_string(
                "werkruimte/email/herinnering.txt",
                {
                    "gebruiker": gebruiker,
                    "periode": periode,
                    "programma": programma,
                    "items": items,
                    "afspraken": eigen_afspraken,
                    "site": site,
                },
            )
            send_mail(
                f"Herinnering {programma.naam}: voortgang bijwerken voor "
                f"{periode.deadline:%d-%m-%Y}",
                tekst,
                None,
                [gebruiker.email],
            )
            verstuurd += 1
        Herinnering.objects.filter(pk=herinnering.pk).update(verstuurd_op=timezone.now())
    logger.info("Herinneringen %s: %s verstuurd", periode, verstuurd)
    return verstuurd
