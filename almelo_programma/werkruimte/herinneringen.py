"""Reminders to leads whose items lack an update, N days before the period deadline; the same
e-mail lists the owner's motions and commitments (toezeggingen) past their due date, and an owner
with only those gets the reminder too.

Guarantee: **at most one reminder per lead per period.** Each lead is *claimed* first: a
``Herinnering`` row, unique on (lead, period), committed in its own transaction; only the run
that created the row sends the e-mail, then stamps ``verstuurd_op``. A second run (beat firing
twice, a manual rerun, a redelivered task after a worker died — ``acks_late``) finds the row and
skips the lead. The price: when a worker dies between claim and send, that lead's reminder is
not sent (the row stays without ``verstuurd_op`` and is visible in the admin) — never twice.
"""

import datetime
import logging

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.mail import send_mail
from django.db import IntegrityError, transaction
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone

from activiteiten.models import Herinnering
from activiteiten.selectors import te_rapporteren_periode
from besluiten.selectors import besluiten_te_laat_per_eigenaar

from .selectors import open_items_per_trekker

logger = logging.getLogger(__name__)


def herinneringen_versturen(*, vandaag: datetime.date | None = None) -> int:
    """Send the due reminders for today's period; returns how many e-mails were sent."""
    vandaag = vandaag or timezone.localdate()
    periode = te_rapporteren_periode(vandaag)
    if periode is None:
        return 0
    dagen = settings.HERINNERING_DAGEN_VOOR_DEADLINE
    if not periode.deadline - datetime.timedelta(days=dagen) <= vandaag <= periode.deadline:
        return 0
    per_trekker = open_items_per_trekker(periode)
    afspraken = besluiten_te_laat_per_eigenaar(vandaag)
    gebruikers = get_user_model().objects.filter(
        pk__in=set(per_trekker) | set(afspraken), is_active=True
    )
    url = settings.SITE_URL.rstrip("/") + reverse("werkruimte:lijst") + "?bijgewerkt=nee"
    verstuurd = 0
    for gebruiker in gebruikers:
        if not gebruiker.email:
            continue
        items = per_trekker.get(gebruiker.pk)
        eigen_afspraken = afspraken.get(gebruiker.pk, [])
        aantal = (items.aantal if items else 0) + len(eigen_afspraken)
        try:
            with transaction.atomic():
                herinnering = Herinnering.objects.create(
                    gebruiker=gebruiker, periode=periode, aantal_items=aantal
                )
        except IntegrityError:
            continue  # claimed by an earlier (or concurrent) run: never send twice
        tekst = render_to_string(
            "werkruimte/email/herinnering.txt",
            {
                "gebruiker": gebruiker,
                "periode": periode,
                "items": items,
                "url": url,
                "afspraken": eigen_afspraken,
                "besluiten_url": settings.SITE_URL.rstrip("/") + reverse("besluiten:lijst"),
            },
        )
        send_mail(
            f"Herinnering: voortgang bijwerken voor {periode.deadline:%d-%m-%Y}",
            tekst,
            None,
            [gebruiker.email],
        )
        Herinnering.objects.filter(pk=herinnering.pk).update(verstuurd_op=timezone.now())
        verstuurd += 1
    logger.info("Herinneringen %s: %s verstuurd", periode, verstuurd)
    return verstuurd
