"""Reads for the netwerk pages, the werkruimte and the dashboard.

Every list here costs a fixed number of queries, whatever the amount of data (tested at 1× and
10× the demo data). Personal data (contact persons, action owners) is only selected by the
werkruimte selectors; ``bijeenkomsten_komend`` is safe for public pages.
"""

import datetime
from dataclasses import dataclass, field
from decimal import ROUND_HALF_UP, Decimal

from django.db.models import Avg, Count, IntegerField, OuterRef, Prefetch, Q, QuerySet, Subquery
from django.db.models.functions import Coalesce
from django.shortcuts import get_object_or_404
from django.utils import timezone

from activiteiten.models import Activiteitenlijn, Statusupdate
from almelo_programma.kern.programmas import van_programma

from .constants import ANONIMITEITSDREMPEL, ENQUETE_VRAGEN
from .models import (
    Bijdrage,
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


def _aantal(model, fk: str, **filters):
    """A correlated COUNT subquery: avoids the row explosion of several Count() joins."""
    sub = (
        model.objects.filter(**{fk: OuterRef("pk")}, **filters)
        .order_by()
        .values(fk)
        .annotate(n=Count("pk"))
        .values("n")
    )
    return Coalesce(Subquery(sub, output_field=IntegerField()), 0)


def _projectmodel():
    """The housing project model, through Partner's reverse relation (netwerk does not import
    woondeals)."""
    return Partner._meta.get_field("woningbouwprojecten").related_model


# --- partners ---------------------------------------------------------------------------------


def partner_list(*, soort: str = "", platformlid: bool | None = None) -> QuerySet[Partner]:
    """Partner list page: one query with the counts per partner."""
    qs = Partner.objects.annotate(
        aantal_contactpersonen=_aantal(Contactpersoon, "partner"),
        aantal_bijeenkomsten=_aantal(Bijeenkomst.partners.through, "partner"),
        aantal_projecten=_aantal(_projectmodel(), "ontwikkelaar"),
    ).order_by("naam")
    if soort:
        qs = qs.filter(soort=soort)
    if platformlid is not None:
        qs = qs.filter(platformlid=platformlid)
    return qs


def partner_get(slug: str) -> Partner:
    """Partner page: contact persons, events and projects, prefetched (404 when unknown)."""
    qs = Partner.objects.prefetch_related(
        "contactpersonen",
        Prefetch(
            "bijeenkomsten",
            queryset=Bijeenkomst.objects.order_by("-start"),
            to_attr="bijeenkomsten_lijst",
        ),
        Prefetch(
            "woningbouwprojecten",
            queryset=_projectmodel().objects.order_by("naam"),
            to_attr="projecten_lijst",
        ),
    )
    return get_object_or_404(qs, slug=slug)


def lobbydossiers_van_partner(partner: Partner) -> QuerySet[Lobbydossier]:
    return Lobbydossier.objects.filter(contacten__partner=partner).distinct().order_by("titel")


# --- events and follow-up actions -------------------------------------------------------------


def bijeenkomst_list(*, soort: str = "") -> QuerySet[Bijeenkomst]:
    """Event list page: three queries (events with counts, their partners, their lines)."""
    qs = (
        Bijeenkomst.objects.annotate(
            aantal_open_acties=_aantal(Vervolgactie, "bijeenkomst", afgerond=False)
        )
        .prefetch_related(
            Prefetch("partners", queryset=Partner.objects.only("pk", "naam", "slug")),
            Prefetch("lijnen", queryset=Activiteitenlijn.objects.only("pk", "code", "naam")),
        )
        .order_by("-start", "titel")
    )
    if soort:
        qs = qs.filter(soort=soort)
    return qs


def bijeenkomst_get(slug: str) -> Bijeenkomst:
    """Event page (werkruimte): partners, lines and actions with their owners (404 when unknown)."""
    qs = Bijeenkomst.objects.prefetch_related(
        "partners",
        "lijnen",
        Prefetch(
            "vervolgacties",
            queryset=Vervolgactie.objects.select_related("eigenaar").order_by(
                "afgerond", "deadline"
            ),
        ),
    )
    return get_object_or_404(qs, slug=slug)


def bijeenkomsten_komend(
    *, alleen_openbaar: bool = True, limiet: int = 5, vanaf: datetime.datetime | None = None
) -> QuerySet[Bijeenkomst]:
    """Upcoming events (dashboard; public page with ``alleen_openbaar``). No personal data."""
    qs = Bijeenkomst.objects.filter(start__gte=vanaf or timezone.now()).order_by("start")
    if alleen_openbaar:
        qs = qs.filter(openbaar=True)
    return qs[:limiet]


def vervolgacties_open_voor(user) -> QuerySet[Vervolgactie]:
    """The open follow-up actions of ``user`` by due date (werkruimte, /werkruimte/netwerk/acties/).

    Render with ``{% include "netwerk/includes/mijn_acties.html" with acties=... %}``.
    """
    if not user.is_authenticated:
        return Vervolgactie.objects.none()
    return (
        Vervolgactie.objects.filter(eigenaar=user, afgerond=False)
        .select_related("bijeenkomst")
        .order_by("deadline", "pk")
    )


# --- lobby ------------------------------------------------------------------------------------


def lobbydossier_list() -> QuerySet[Lobbydossier]:
    """Lobby list page: one query with the counts, one for the lines."""
    laatste = Lobbycontact.objects.filter(dossier=OuterRef("pk")).order_by("-datum")
    return (
        Lobbydossier.objects.annotate(
            aantal_contacten=_aantal(Lobbycontact, "dossier"),
            laatste_contact=Subquery(laatste.values("datum")[:1]),
        )
        .prefetch_related(Prefetch("lijnen", queryset=Activiteitenlijn.objects.only("pk", "code")))
        .order_by("titel")
    )


def lobbydossier_get(slug: str) -> Lobbydossier:
    """Dossier page: lines and the contact log, latest first (404 when unknown)."""
    qs = Lobbydossier.objects.prefetch_related(
        "lijnen",
        Prefetch(
            "contacten",
            queryset=Lobbycontact.objects.select_related("partner", "door").order_by(
                "-datum", "-aangemaakt_op"
            ),
        ),
    )
    return get_object_or_404(qs, slug=slug)


def lobbycontacten_recent(*, limiet: int = 5) -> QuerySet[Lobbycontact]:
    """The latest lobby contacts across dossiers (dashboard, internal)."""
    return Lobbycontact.objects.select_related("dossier", "partner").order_by(
        "-datum", "-aangemaakt_op"
    )[:limiet]


# --- partner survey ---------------------------------------------------------------------------


def enquete_list() -> QuerySet[Enquete]:
    """Survey list page: one query with the counts of responses and links."""
    return Enquete.objects.annotate(
        aantal_reacties_nu=_aantal(Enquetereactie, "enquete"),
        aantal_uitnodigingen=_aantal(Uitnodiging, "enquete"),
        aantal_gebruikt=_aantal(Uitnodiging, "enquete", gebruikt_op__isnull=False),
    ).order_by("-periode_start")


def enquete_get(slug: str) -> Enquete:
    """Survey page: the survey with its measurement (404 when unknown)."""
    return get_object_or_404(Enquete.objects.select_related("meting"), slug=slug)


@dataclass
class Vraagresultaat:
    veld: str
    vraag: str
    gemiddelde: Decimal | None


@dataclass
class Enqueteresultaat:
    """Anonymous aggregate of a survey: averages and a count, never single responses."""

    aantal: int
    gemiddelde: Decimal | None
    per_vraag: list[Vraagresultaat] = field(default_factory=list)

    @property
    def voldoende(self) -> bool:
        """Enough responses to show averages without revealing anyone's answers."""
        return self.aantal >= ANONIMITEITSDREMPEL


def enquete_resultaten(enquete: Enquete) -> Enqueteresultaat:
    """Averages per question and overall (one query). The overall average is the mean of all
    answers; every question is required, so it equals the mean of the question averages."""

    aggregaat = Enquetereactie.objects.filter(enquete=enquete).aggregate(
        aantal=Count("pk"), **{veld: Avg(veld) for veld, _vraag in ENQUETE_VRAGEN}
    )
    gemiddelden = [aggregaat[veld] for veld, _vraag in ENQUETE_VRAGEN]
    totaal = (
        sum(gemiddelden) / len(gemiddelden) if all(g is not None for g in gemiddelden) else None
    )
    return Enqueteresultaat(
        aantal=aggregaat["aantal"],
        gemiddelde=gemiddelde_afronden(totaal),
        per_vraag=[
            Vraagresultaat(veld=veld, vraag=vraag, gemiddelde=gemiddelde_afronden(aggregaat[veld]))
            for veld, vraag in ENQUETE_VRAGEN
        ],
    )


def enquete_opmerkingen(enquete: Enquete) -> list[str]:
    """Free-text comments, in random (UUID) order and without any link to who wrote them."""
    return list(
        Enquetereactie.objects.filter(enquete=enquete)
        .exclude(opmerking="")
        .order_by("id")
        .values_list("opmerking", flat=True)
    )


def uitnodigingen_van(enquete: Enquete) -> QuerySet[Uitnodiging]:
    """Invitations with partner and contact person (werkruimte only)."""
    return (
        Uitnodiging.objects.filter(enquete=enquete)
        .select_related("partner", "contactpersoon")
        .order_by("partner__naam", "pk")
    )


# --- public side: published items only (rules: the models' ``openbaar()`` querysets) -------


def openbare_bijeenkomsten() -> QuerySet[Bijeenkomst]:
    """Public events (planned ones first, by start). Never ``interne_notities``."""
    return (
        Bijeenkomst.objects.openbaar()
        .prefetch_related(
            Prefetch("lijnen", queryset=Activiteitenlijn.objects.only("code", "slug", "naam"))
        )
        .order_by("start", "titel")
    )


def komende_bijeenkomsten(aantal: int = 5) -> QuerySet[Bijeenkomst]:
    return (
        Bijeenkomst.objects.openbaar().filter(start__gte=timezone.now()).order_by("start")[:aantal]
    )


def gemiddelde_afronden(waarde) -> Decimal | None:
    if waarde is None:
        return None
    return Decimal(str(waarde)).quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)


# --- partners' contributions --------------------------------------------------------------------


def bijdrage_list(*, partner: Partner | None = None, status: str = "") -> QuerySet[Bijdrage]:
    """The contributions of the werkruimte list (all) or of one organisation (the partner's own
    list), newest first: one query, whatever their number."""
    qs = Bijdrage.objects.select_related("partner", "lijn", "indicator", "activiteit")
    if partner is not None:
        qs = qs.filter(partner=partner)
    if status:
        qs = qs.filter(status=status)
    return qs.order_by("-ingediend_op", "-pk")


def bijdrage_get(uuid, *, partner: Partner | None = None) -> Bijdrage:
    """One contribution with what its page shows; with ``partner``, only that organisation's
    (another organisation's is a 404: a partner does not learn that it exists)."""
    qs = Bijdrage.objects.select_related(
        "partner", "lijn__doel", "lijn__trekker", "indicator", "activiteit", "beoordeeld_door"
    )
    if partner is not None:
        qs = qs.filter(partner=partner)
    return get_object_or_404(qs, uuid=uuid)


def bijdrage_updates(bijdrage: Bijdrage, *, voor_partner: bool = False) -> QuerySet:
    """The status updates of the contribution's activity, newest first. For the partner: the
    published ones and the held ones its own organisation wrote, nothing else unpublished."""
    if bijdrage.activiteit_id is None:
        return Statusupdate.objects.none()
    qs = Statusupdate.objects.filter(activiteit_id=bijdrage.activiteit_id)
    if voor_partner:
        qs = qs.filter(
            Q(gepubliceerd=True) | Q(auteur__partnerlidmaatschap__partner_id=bijdrage.partner_id)
        )
    else:
        qs = qs.select_related("auteur")
    return qs.order_by("-rapportagedatum", "-aangemaakt_op")


def openbare_bijdragen(*, programma=None, lijn=None) -> QuerySet[Bijdrage]:
    """Accepted contributions (to ``programma``) with a public activity, for the public line and
    activity pages: the organisation and the activity, never a person. One query."""
    qs = van_programma(Bijdrage.objects.openbaar(), programma).select_related(
        "partner", "activiteit", "indicator"
    )
    if lijn is not None:
        qs = qs.filter(lijn=lijn)
    return qs.only(
        "uuid",
        "titel",
        "opbrengst",
        "gereed_op",
        "is_demo",
        "partner__naam",
        "partner__is_demo",
        "activiteit__slug",
        "activiteit__titel",
        "activiteit__jaar",
        "activiteit__is_demo",
        "indicator__nummer",
        "indicator__slug",
        "indicator__tekst",
    ).order_by("activiteit__jaar", "partner__naam", "titel")
