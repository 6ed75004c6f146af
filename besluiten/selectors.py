"""Reads of decisions that pages, feed, API and exports share.

Every list reads its rows in a fixed number of queries: the owner joined, the linked lines
prefetched (the lists show their codes).
"""

from dataclasses import dataclass
from datetime import date

from django.db.models import Prefetch, QuerySet
from django.shortcuts import get_object_or_404

from activiteiten.models import Activiteit, Activiteitenlijn
from almelo_programma.kern.programmas import van_programma
from doelen.models import Doel
from woondeals.models import Deelspoor, Woningbouwproject

from .constants import AfdoeningStatus, BesluitSoort
from .models import Besluit

TE_LAAT = "te_laat"


@dataclass(frozen=True)
class Filters:
    """The filters of the decision lists (``?soort=&jaar=&lijn=&status=``); unknown values are
    ignored (an empty string means "all")."""

    soort: str = ""
    jaar: int | None = None
    lijn: str = ""
    status: str = ""

    @classmethod
    def uit_request(cls, params) -> "Filters":
        soort = params.get("soort", "")
        status = params.get("status", "")
        jaar = params.get("jaar", "")
        return cls(
            soort=soort if soort in BesluitSoort.values else "",
            jaar=int(jaar) if jaar.isdigit() and 1900 <= int(jaar) <= 2200 else None,
            lijn=params.get("lijn", "")[:200],
            status=status if status in (*AfdoeningStatus.values, TE_LAAT) else "",
        )

    @property
    def actief(self) -> bool:
        return bool(self.soort or self.jaar or self.lijn or self.status)


def _filteren(qs: QuerySet, filters: Filters, *, vandaag: date | None = None) -> QuerySet:
    if filters.soort:
        qs = qs.filter(soort=filters.soort)
    if filters.jaar:
        qs = qs.filter(datum__year=filters.jaar)
    if filters.lijn:
        qs = qs.filter(lijnen__slug=filters.lijn)
    if filters.status == TE_LAAT:
        qs = qs.te_laat(vandaag or date.today())
    elif filters.status:
        qs = qs.filter(status=filters.status)
    return qs


def _met_lijnen(qs: QuerySet) -> QuerySet:
    return qs.prefetch_related(
        Prefetch("lijnen", queryset=Activiteitenlijn.objects.only("id", "code", "slug", "naam"))
    )


def besluit_list(
    filters: Filters = Filters(), *, programma=None, vandaag: date | None = None
) -> QuerySet:
    """The rows of the internal list and the Excel export: every decision (of ``programma``),
    owner joined."""
    qs = van_programma(Besluit.objects.select_related("eigenaar"), programma)
    return _met_lijnen(_filteren(qs, filters, vandaag=vandaag))


def besluit_get(slug: str, *, programma=None) -> Besluit:
    """One decision with everything its internal page shows."""
    qs = Besluit.objects.select_related("eigenaar").prefetch_related(
        "doelen", "lijnen", "activiteiten", "indicatoren", "woondeals", "deelsporen",
        "projecten", "subsidieaanvragen", "statusupdates__activiteit",
    )  # fmt: skip
    return get_object_or_404(van_programma(qs, programma), slug=slug)


def openbare_besluiten(
    filters: Filters = Filters(), *, programma=None, met_koppelingen: bool = False
) -> QuerySet:
    """The public decisions (of ``programma``: public list, Atom feed, API), newest first;
    ``met_koppelingen`` adds the goals and the public activities (``openbare_activiteiten``)
    for the API."""
    qs = _met_lijnen(_filteren(van_programma(Besluit.objects.openbaar(), programma), filters))
    if met_koppelingen:
        qs = qs.prefetch_related(
            Prefetch("doelen", queryset=Doel.objects.only("id", "slug", "code")),
            Prefetch(
                "activiteiten",
                queryset=Activiteit.objects.openbaar().only("id", "slug"),
                to_attr="openbare_activiteiten",
            ),
        )
    return qs


def openbare_besluiten_bij(**koppeling) -> QuerySet:
    """The public decisions linked to one item (``lijnen=lijn``, ``activiteiten=…``), newest
    first: the public goal, indicator, line and activity pages (one query)."""
    return Besluit.objects.openbaar().filter(**koppeling).order_by("-datum", "kenmerk")


def openbaar_besluit_get(slug: str, *, programma=None) -> Besluit:
    """One public decision with the public items it concerns (non-public ones left out)."""
    qs = Besluit.objects.openbaar().prefetch_related(
        "doelen",
        "lijnen",
        "indicatoren",
        Prefetch("activiteiten", queryset=Activiteit.objects.openbaar()),
        Prefetch("deelsporen", queryset=Deelspoor.objects.openbaar()),
        Prefetch("projecten", queryset=Woningbouwproject.objects.openbaar()),
    )
    return get_object_or_404(van_programma(qs, programma), slug=slug)


def besluiten_te_laat(peildatum: date, *, programma=None) -> QuerySet:
    """Motions and commitments (of ``programma``) past their due date and not settled
    (attention list, Bestuursrapportage, reminders), the longest overdue first."""
    return (
        van_programma(Besluit.objects.te_laat(peildatum), programma)
        .select_related("eigenaar", "programma")
        .order_by("termijn", "kenmerk")
    )


def besluiten_te_laat_per_eigenaar(peildatum: date, *, programma=None) -> dict[int, list[Besluit]]:
    """The overdue motions and commitments (of ``programma``) per owner (the reminders); one
    query."""
    per: dict[int, list[Besluit]] = {}
    for besluit in besluiten_te_laat(peildatum, programma=programma).filter(eigenaar__isnull=False):
        per.setdefault(besluit.eigenaar_id, []).append(besluit)
    return per


def jaren(*, programma=None) -> list[int]:
    """The years that have decisions, newest first (the year filter's options)."""
    qs = van_programma(Besluit.objects.all(), programma)
    return [d.year for d in qs.dates("datum", "year", order="DESC")]


def openbare_jaren(*, programma=None) -> list[int]:
    """The years that have public decisions, newest first (the public year filter)."""
    qs = van_programma(Besluit.objects.openbaar(), programma)
    return [d.year for d in qs.dates("datum", "year", order="DESC")]
