"""Writes for the partner survey: opening it, personal links, anonymous answers, closing it.

Only a link's SHA-256 hash is stored (``netwerk.tokens``); the plain token is shown once. An
answer is stored without any link to its invitation, so responses stay anonymous.
"""

import datetime
import secrets
from dataclasses import dataclass
from decimal import Decimal

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import timezone

from almelo_programma.kern.getallen import nl_getal
from almelo_programma.kern.services import model_maken
from almelo_programma.kern.slugs import unieke_slug
from almelo_programma.kern.uitgaand import taak_vastleggen
from doelen.models import Effectindicator
from doelen.services import meting_create

from ..constants import (
    ANONIMITEITSDREMPEL,
    BEOORDELING_DREMPELS,
    ENQUETE_VRAGEN,
    INDICATOR_SAMENWERKING_SLUG,
    EnqueteStatus,
)
from ..models import Enquete, Enquetereactie, Uitnodiging
from ..selectors import enquete_resultaten
from ..tokens import token_hash


def einde_van_dag(datum: datetime.date) -> datetime.datetime:
    """23:59:59 on ``datum`` in the portal's time zone (Europe/Amsterdam)."""
    return timezone.make_aware(datetime.datetime.combine(datum, datetime.time(23, 59, 59)))


@transaction.atomic
def enquete_create(
    *,
    titel: str,
    periode_start: datetime.date,
    periode_einde: datetime.date,
    is_demo: bool = False,
) -> Enquete:
    """Open a survey for a period (it starts open; partners answer through personal links)."""
    return model_maken(
        Enquete,
        titel=titel,
        slug=unieke_slug(Enquete, titel),
        periode_start=periode_start,
        periode_einde=periode_einde,
        status=EnqueteStatus.OPEN,
        is_demo=is_demo,
    )


@dataclass
class NieuweLink:
    uitnodiging: Uitnodiging
    token: str  # shown once; only its hash is stored


@transaction.atomic
def uitnodigingen_create(
    *,
    enquete: Enquete,
    partners,
    per_contactpersoon: bool = False,
    verloopt_op: datetime.datetime | None = None,
    per_email: bool = False,
) -> list[NieuweLink]:
    """One personal link per partner, or per contact person of each partner (a partner without
    contact persons still gets one). Links expire at ``verloopt_op``, by default at the end of
    the survey period. Returns the plain tokens: they are not stored and cannot be shown again.

    With ``per_email`` each link to a contact person with an e-mail address is mailed by a
    Celery task through the outbox: recorded in this transaction, handed to the broker after
    the commit or by the sweep. The plain token waits in the outbox row until the broker has
    it, and is wiped from the database then."""
    if not enquete.is_open:
        raise ValidationError("Deze enquête is gesloten; er kunnen geen links meer bij.")
    partners = list(partners)
    if not partners:
        raise ValidationError({"partners": ["Kies minstens één partner."]})
    verloopt_op = verloopt_op or einde_van_dag(enquete.periode_einde)
    if verloopt_op <= timezone.now():
        raise ValidationError(
            {"verloopt_op": ["De verloopdatum ligt in het verleden; kies een latere datum."]}
        )
    links = []
    for partner in partners:
        personen = list(partner.contactpersonen.all()) if per_contactpersoon else []
        for persoon in personen or [None]:
            token = secrets.token_urlsafe(32)
            uitnodiging = Uitnodiging(
                enquete=enquete,
                partner=partner,
                contactpersoon=persoon,
                token_hash=token_hash(token),
                verloopt_op=verloopt_op,
            )
            uitnodiging.full_clean()
            uitnodiging.save()
            links.append(NieuweLink(uitnodiging=uitnodiging, token=token))
            if per_email and persoon is not None and persoon.email:
                _per_mail_versturen(uitnodiging.pk, token)
    return links


def _per_mail_versturen(uitnodiging_id: int, token: str) -> None:
    from ..tasks import verstuur_uitnodiging

    taak_vastleggen(verstuur_uitnodiging, uitnodiging_id, token, geheim=True)


class LinkOngeldig(Exception):
    """A survey link that cannot be used; ``melding`` is the Dutch text for the visitor."""

    ONBEKEND = "onbekend"
    GEBRUIKT = "gebruikt"
    VERLOPEN = "verlopen"
    GESLOTEN = "gesloten"

    def __init__(self, reden: str, melding: str):
        super().__init__(melding)
        self.reden = reden
        self.melding = melding


def uitnodiging_voor_token(token: str) -> Uitnodiging:
    """The usable invitation behind ``token``, or ``LinkOngeldig`` saying why not."""
    uitnodiging = (
        Uitnodiging.objects.select_related("enquete").filter(token_hash=token_hash(token)).first()
    )
    if uitnodiging is None:
        raise LinkOngeldig(
            LinkOngeldig.ONBEKEND,
            "Deze link is niet geldig. Controleer of u de volledige link uit de uitnodiging "
            "heeft gebruikt.",
        )
    if uitnodiging.gebruikt_op is not None:
        raise LinkOngeldig(
            LinkOngeldig.GEBRUIKT,
            "Via deze link is de enquête al ingevuld. Elke persoonlijke link werkt één keer. "
            "Bedankt voor uw deelname!",
        )
    if not uitnodiging.enquete.is_open:
        raise LinkOngeldig(
            LinkOngeldig.GESLOTEN, "Deze enquête is gesloten. U kunt hem niet meer invullen."
        )
    if uitnodiging.verloopt_op <= timezone.now():
        datum = timezone.localtime(uitnodiging.verloopt_op)
        raise LinkOngeldig(
            LinkOngeldig.VERLOPEN,
            f"Deze link is verlopen op {datum:%d-%m-%Y}. Neem contact op met het programmateam "
            "als u de enquête nog wilt invullen.",
        )
    return uitnodiging


@transaction.atomic
def enquete_beantwoorden(*, token: str, scores: dict[str, int], opmerking: str = "") -> None:
    """Store one anonymous response through a personal link and use the link up.

    Raises ``LinkOngeldig`` for an unknown, used, expired or closed link and ``ValidationError``
    for bad answers; either way nothing is stored. The link is claimed with one conditional
    UPDATE, so two simultaneous submissions cannot both succeed. The response is not linked to
    the invitation: answers stay anonymous.
    """
    uitnodiging = uitnodiging_voor_token(token)
    reactie = Enquetereactie(
        enquete=uitnodiging.enquete,
        opmerking=opmerking.strip(),
        is_demo=uitnodiging.enquete.is_demo,
        **{veld: scores.get(veld) for veld, _vraag in ENQUETE_VRAGEN},
    )
    reactie.full_clean()
    geclaimd = Uitnodiging.objects.filter(
        pk=uitnodiging.pk, gebruikt_op__isnull=True, verloopt_op__gt=timezone.now()
    ).update(gebruikt_op=timezone.now())
    if geclaimd != 1:
        raise LinkOngeldig(
            LinkOngeldig.GEBRUIKT,
            "Via deze link is de enquête al ingevuld. Elke persoonlijke link werkt één keer.",
        )
    reactie.save()


def beoordeling_voor(gemiddelde: Decimal) -> str:
    """Map a survey average (1–5) onto the qualitative assessment scale (BEOORDELING_DREMPELS)."""
    for drempel, beoordeling in BEOORDELING_DREMPELS:
        if gemiddelde >= Decimal(str(drempel)):
            return beoordeling
    return BEOORDELING_DREMPELS[-1][1]


@transaction.atomic
def enquete_sluiten(*, enquete: Enquete, door=None, publiceren: bool = False) -> Enquete:
    """Close a survey and record its results as a measurement of effect indicator 9.

    The measurement (``doelen.Meting``) gets the assessment that the overall average maps to
    (``beoordeling_voor``) and, in its explanation, the average and the number of responses;
    the survey itself keeps both as numbers (``gemiddelde``, ``aantal_reacties``) and links to
    the measurement. With fewer than ANONIMITEITSDREMPEL responses no measurement is made.
    """

    enquete = Enquete.objects.select_for_update().get(pk=enquete.pk)
    if not enquete.is_open:
        raise ValidationError("Deze enquête is al gesloten.")
    resultaat = enquete_resultaten(enquete)
    enquete.status = EnqueteStatus.GESLOTEN
    enquete.gesloten_op = timezone.now()
    enquete.aantal_reacties = resultaat.aantal
    enquete.gemiddelde = resultaat.gemiddelde
    if resultaat.aantal >= ANONIMITEITSDREMPEL:
        indicator = Effectindicator.objects.get(slug=INDICATOR_SAMENWERKING_SLUG)
        demo = "[Demo] " if enquete.is_demo else ""
        enquete.meting = meting_create(
            indicator=indicator,
            datum=min(timezone.localdate(), enquete.periode_einde),
            beoordeling=beoordeling_voor(resultaat.gemiddelde),
            toelichting=(
                f"{demo}Partnerenquête '{enquete.titel}' "
                f"({enquete.periode_start:%d-%m-%Y} t/m {enquete.periode_einde:%d-%m-%Y}): "
                f"gemiddelde score {nl_getal(resultaat.gemiddelde, 2)} op een schaal van 1 (zeer "
                f"slecht) tot 5 (zeer goed), over {resultaat.aantal} reacties. "
                "Beoordeling afgeleid van het gemiddelde: vanaf 4,0 bereikt, vanaf 3,5 op koers, "
                "vanaf 2,5 in gang, daaronder niet gestart."
            ),
            bron=f"Partnerenquête {enquete.titel}",
            gepubliceerd=publiceren,
            is_demo=enquete.is_demo,
            door=door,
        )
    enquete.full_clean()
    enquete.save()
    return enquete
