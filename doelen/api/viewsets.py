from django.db.models import Prefetch

from doelen.models import Effectindicator
from doelen.selectors import doel_list, indicator_list

from .basis import SlugViewSet
from .filters import EffectindicatorFilter
from .serializers import DoelSerializer, EffectindicatorSerializer


class DoelViewSet(SlugViewSet):
    """De drie doelen van het programma (A, B, C) met hun effectindicatoren en lijnen."""

    serializer_class = DoelSerializer
    filter_backends: list = []

    def get_queryset(self):
        return doel_list().prefetch_related(
            Prefetch("indicatoren", queryset=Effectindicator.objects.only("slug", "doel")),
            "lijnen",  # the lines' slugs; doelen knows no other app's models
        )


class EffectindicatorViewSet(SlugViewSet):
    """De tien effectindicatoren voor 2026 met hun gepubliceerde metingen."""

    serializer_class = EffectindicatorSerializer
    filterset_class = EffectindicatorFilter

    def get_queryset(self):
        return indicator_list(alleen_gepubliceerd=True)
