"""Reads shared by the dashboard, the public page and the API."""

import datetime

from django.db.models import F, OuterRef, Prefetch, QuerySet, Subquery
from django.db.models.functions import Coalesce

from almelo_programma.kern.programmas import van_programma

from .models import Doel, Effectindicator, Meting, Programma


def huidig_programma(*, jaar: int | None = None) -> Programma | None:
    """The current programme: the programme today's unprefixed URLs serve (one query).

    Among the programmes not archived, the one that started last in or before ``jaar`` (this
    year); when none has started yet, the one that starts first; when all are archived, the
    newest. A demo programme counts only when no real one qualifies.
    """
    import django.utils.timezone

    jaar = jaar or django.utils.timezone.localdate().year
    kandidaten = sorted(
        Programma.objects.all(),
        key=lambda p: (
            p.is_gearchiveerd,
            p.is_demo,
            p.startjaar > jaar,
            -p.startjaar if p.startjaar <= jaar else p.startjaar,
            p.pk,
        ),
    )
    return kandidaten[0] if kandidaten else None


def programma_list():
    """Every programme, current ones first (by start year, newest first), then archived ones."""
    return Programma.objects.order_by(
        F("gearchiveerd_op").asc(nulls_first=True), "is_demo", "-startjaar", "naam"
    ).select_related("voorganger")


def meting_list(
    *,
    programma=None,
    peildatum: datetime.date | None = None,
    alleen_gepubliceerd: bool = False,
):
    """Measurements (of ``programma``) dated on or before ``peildatum`` (optionally only
    published), newest first."""
    qs = van_programma(Meting.objects.all(), programma)
    if peildatum is not None:
        qs = qs.filter(datum__lte=peildatum)
    if alleen_gepubliceerd:
        qs = qs.filter(gepubliceerd=True)
    return qs.order_by("-datum", "-aangemaakt_op")


def indicator_list(
    *,
    programma=None,
    peildatum: datetime.date | None = None,
    alleen_gepubliceerd: bool = False,
) -> QuerySet[Effectindicator]:
    """Indicators (of ``programma``; ``None``: of every programme) with ``metingen_zichtbaar``
    (newest first) prefetched: two queries in all.

    ``indicator.metingen_zichtbaar[0]`` is the latest measurement as of ``peildatum``.
    """
    return (
        van_programma(Effectindicator.objects.select_related("doel"), programma)
        .prefetch_related(
            Prefetch(
                "metingen",
                queryset=meting_list(peildatum=peildatum, alleen_gepubliceerd=alleen_gepubliceerd),
                to_attr="metingen_zichtbaar",
            )
        )
        .order_by("nummer")
    )


def doel_list(*, programma=None) -> QuerySet[Doel]:
    """The goals (A, B, C) of ``programma`` with their programme, in code order."""
    return van_programma(Doel.objects.select_related("programma"), programma).order_by("code")


def laatste_meting(indicator: Effectindicator) -> Meting | None:
    metingen = getattr(indicator, "metingen_zichtbaar", None)
    if metingen is None:
        raise ValueError("Gebruik indicator_list() om metingen vooraf te laden.")
    return metingen[0] if metingen else None


def indicator_voortgang(indicator: Effectindicator, meting: Meting | None) -> int | None:
    """Progress of a quantitative indicator from baseline to target, as 0–100 (None if unknown)."""
    if not indicator.is_kwantitatief or meting is None or meting.waarde is None:
        return None
    basis = indicator.basiswaarde or 0
    afstand = indicator.streefwaarde - basis
    if afstand == 0:
        return 100
    voortgang = (meting.waarde - basis) / afstand * 100
    return max(0, min(100, round(voortgang)))


# What an indicator's figures were at a moment (time travel of the dashboard).
VASTGELEGDE_VELDEN = (
    "soort",
    "eenheid",
    "basiswaarde",
    "basisjaar",
    "streefwaarde",
    "streefjaar",
)


def vastgelegd_op(indicatoren, *, moment: datetime.datetime) -> None:
    """Set the indicators' baseline, target, unit and kind to what their history
    (django-simple-history) recorded at ``moment``: one query whatever their number.

    Per indicator the latest history record before ``moment``; an indicator first recorded
    after ``moment`` (e.g. the programme loaded later than the period shown) keeps the values
    of its earliest record, the oldest ones known.
    """
    indicatoren = list(indicatoren)
    if not indicatoren:
        return
    historie = Effectindicator.history.model.objects
    per_id = historie.filter(id=OuterRef("id")).values("history_id")
    records = (
        historie.filter(id__in=[i.pk for i in indicatoren])
        .annotate(
            gekozen=Coalesce(
                Subquery(
                    per_id.filter(history_date__lt=moment).order_by("-history_date", "-history_id")[
                        :1
                    ]
                ),
                Subquery(per_id.order_by("history_date", "history_id")[:1]),
            )
        )
        .filter(history_id=F("gekozen"))
        .values("id", *VASTGELEGDE_VELDEN)
    )
    waarden = {r["id"]: r for r in records}
    for ind in indicatoren:
        rec = waarden.get(ind.pk)
        if rec is not None:
            for veld in VASTGELEGDE_VELDEN:
                setattr(ind, veld, rec[veld])


# --- public side: published items only (rules: the models' ``openbaar()`` querysets) -------


def openbare_indicatoren(*, programma=None):
    """Indicators (of ``programma``) with their published measurements (``metingen_zichtbaar``)
    and ``laatste``."""
    indicatoren = list(indicator_list(programma=programma, alleen_gepubliceerd=True))
    for ind in indicatoren:
        ind.laatste = laatste_meting(ind)
    return indicatoren
