"""Writes for the network: partners, events, follow-up actions, lobby and the partner survey.

Every function is keyword-only, validates with ``full_clean()`` (Dutch messages) and runs inside
one transaction, so bad input writes nothing.
"""

import datetime
import secrets
from dataclasses import dataclass
from decimal import Decimal

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import timezone
from django.utils.text import slugify

from almelo_programma.kern.rechten import is_intern
from doelen.models import Effectindicator
from doelen.services import meting_create

from .constants import (
    ANONIMITEITSDREMPEL,
    BEOORDELING_DREMPELS,
    ENQUETE_VRAGEN,
    INDICATOR_SAMENWERKING_SLUG,
    EnqueteStatus,
)
from .models import (
    Bijeenkomst,
    Contactpersoon,
    Enquete,
    Enquetereactie,
    Lobbycontact,
    Lobbydossier,
    Partner,
    Uitnodiging,
    Vervolgactie,
)
from .selectors import enquete_resultaten
from .tokens import token_hash

# --- helpers ----------------------------------------------------------------------------------


def unieke_slug(model, tekst: str, *, exclude_pk=None) -> str:
    basis = slugify(tekst)[:180] or "item"
    slug, n = basis, 2
    qs = model.objects.exclude(pk=exclude_pk) if exclude_pk else model.objects.all()
    while qs.filter(slug=slug).exists():
        slug, n = f"{basis}-{n}", n + 1
    return slug


def _bijwerken(instance, data: dict, m2m: dict | None = None):
    for veld, waarde in data.items():
        setattr(instance, veld, waarde)
    instance.full_clean()
    instance.save()
    for veld, waarden in (m2m or {}).items():
        getattr(instance, veld).set(waarden)
    return instance


# --- partners and contact persons -------------------------------------------------------------


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
    partner = Partner(
        naam=naam,
        slug=unieke_slug(Partner, naam),
        soort=soort,
        website=website,
        omschrijving=omschrijving,
        platformlid=platformlid,
        lid_sinds=lid_sinds,
        is_demo=is_demo,
    )
    partner.full_clean()
    partner.save()
    return partner


@transaction.atomic
def partner_update(*, partner: Partner, data: dict) -> Partner:
    """``data``: any of naam, soort, website, omschrijving, platformlid, lid_sinds."""
    return _bijwerken(partner, data)


@transaction.atomic
def contactpersoon_create(
    *, partner: Partner, naam: str, functie: str = "", email: str = "", telefoon: str = ""
) -> Contactpersoon:
    persoon = Contactpersoon(
        partner=partner, naam=naam, functie=functie, email=email, telefoon=telefoon
    )
    persoon.full_clean()
    persoon.save()
    return persoon


@transaction.atomic
def contactpersoon_update(*, contactpersoon: Contactpersoon, data: dict) -> Contactpersoon:
    return _bijwerken(contactpersoon, data)


# --- events and follow-up actions -------------------------------------------------------------


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
    _valideer_bijeenkomst(bijeenkomst)
    bijeenkomst.save()
    bijeenkomst.partners.set(partners)
    bijeenkomst.lijnen.set(lijnen)
    return bijeenkomst


def _valideer_bijeenkomst(bijeenkomst: Bijeenkomst) -> None:
    fouten = {}
    if bijeenkomst.einde and not bijeenkomst.start:
        fouten["einde"] = ["Vul eerst de start in; een einde zonder start kan niet."]
    if bijeenkomst.openbaar and not bijeenkomst.start:
        fouten["openbaar"] = ["Een openbare bijeenkomst heeft een datum en tijd."]
    if fouten:
        raise ValidationError(fouten)
    bijeenkomst.full_clean()


@transaction.atomic
def bijeenkomst_update(*, bijeenkomst: Bijeenkomst, data: dict, partners=None, lijnen=None):
    for veld, waarde in data.items():
        setattr(bijeenkomst, veld, waarde)
    _valideer_bijeenkomst(bijeenkomst)
    bijeenkomst.save()
    if partners is not None:
        bijeenkomst.partners.set(partners)
    if lijnen is not None:
        bijeenkomst.lijnen.set(lijnen)
    return bijeenkomst


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


# --- lobby ------------------------------------------------------------------------------------


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
def lobbydossier_update(*, dossier: Lobbydossier, data: dict, lijnen=None) -> Lobbydossier:
    return _bijwerken(dossier, data, {"lijnen": lijnen} if lijnen is not None else None)


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


# --- partner survey ---------------------------------------------------------------------------


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
    enquete = Enquete(
        titel=titel,
        slug=unieke_slug(Enquete, titel),
        periode_start=periode_start,
        periode_einde=periode_einde,
        status=EnqueteStatus.OPEN,
        is_demo=is_demo,
    )
    enquete.full_clean()
    enquete.save()
    return enquete


@dataclass
class NieuweLink:
    uitnodiging: Uitnodiging
    token: str  # shown once; only its hash is stored


@transaction.atomic
def uitnodigingen_maken(
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
    Celery task after the transaction commits (the token travels in the task message only)."""
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
                _na_commit_versturen(uitnodiging.pk, token)
    return links


def _na_commit_versturen(uitnodiging_id: int, token: str) -> None:
    from .tasks import verstuur_uitnodiging

    transaction.on_commit(lambda: verstuur_uitnodiging.delay(uitnodiging_id, token))


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


def _nl_getal(waarde: Decimal) -> str:
    return f"{waarde:.2f}".replace(".", ",")


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
                f"gemiddelde score {_nl_getal(resultaat.gemiddelde)} op een schaal van 1 (zeer "
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
