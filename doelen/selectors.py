"""Reads shared by the dashboard, the public page and the API."""

import datetime

from django.db.models import Prefetch, QuerySet

from .models import Doel, Effectindicator, Meting, Programma


def programma_get() -> Programma | None:
    """The portal runs one programme; the first one is it."""
    return Programma.objects.order_by("pk").first()


def metingen_qs(*, peildatum: datetime.date | None = None, alleen_gepubliceerd: bool = False):
    qs = Meting.objects.all()
    if peildatum is not None:
        qs = qs.filter(datum__lte=peildatum)
    if alleen_gepubliceerd:
        qs = qs.filter(gepubliceerd=True)
    return qs.order_by("-datum", "-aangemaakt_op")


def indicatoren_met_metingen(
    *, peildatum: datetime.date | None = None, alleen_gepubliceerd: bool = False
) -> QuerySet[Effectindicator]:
    """Indicators with ``metingen_zichtbaar`` (newest first) prefetched: two queries in all.

    ``indicator.metingen_zichtbaar[0]`` is the latest measurement as of ``peildatum``.
    """
    return (
        Effectindicator.objects.select_related("doel")
        .prefetch_related(
            Prefetch(
                "metingen",
                queryset=metingen_qs(peildatum=peildatum, alleen_gepubliceerd=alleen_gepubliceerd),
                to_attr="metingen_zichtbaar",
            )
        )
        .order_by("nummer")
    )


def doelen_qs() -> QuerySet[Doel]:
    return Doel.objects.select_related("programma").order_by("code")


def laatste_meting(indicator: Effectindicator) -> Meting | None:
    metingen = getattr(indicator, "metingen_zichtbaar", None)
    if metingen is None:
        raise ValueError("Gebruik indicatoren_met_metingen() om metingen vooraf te laden.")
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
