"""Reads for the area developments: the overview and the late milestones."""

from django.db.models import Count, OuterRef, QuerySet, Subquery, Sum
from django.db.models.functions import Coalesce
from django.utils import timezone

from ..models import Gebiedsontwikkeling, Mijlpaal
from .projecten import totaal_woningen


def gebied_list() -> QuerySet:
    """Area developments with project and milestone counts (the overview page: one query)."""
    vandaag = timezone.localdate()
    return Gebiedsontwikkeling.objects.annotate(
        aantal_projecten=Count("projecten", distinct=True),
        woningen=Coalesce(Sum(totaal_woningen("projecten__")), 0),
    ).annotate(
        te_late_mijlpalen=Subquery(
            Mijlpaal.objects.filter(
                gebiedsontwikkeling=OuterRef("pk"),
                werkelijke_datum__isnull=True,
                geplande_datum__lt=vandaag,
            )
            .order_by()
            .values("gebiedsontwikkeling")
            .annotate(n=Count("pk"))
            .values("n")[:1]
        )
    )


def te_late_mijlpalen(peildatum=None) -> QuerySet:
    """Milestones whose planned date has passed without an actual date."""
    peildatum = peildatum or timezone.localdate()
    return Mijlpaal.objects.filter(
        werkelijke_datum__isnull=True, geplande_datum__lt=peildatum
    ).select_related("gebiedsontwikkeling")
