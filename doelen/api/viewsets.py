from django.db.models import Prefetch
from rest_framework import viewsets

from doelen.models import Doel, Effectindicator
from doelen.selectors import doel_list, indicator_list

from .filters import EffectindicatorFilter
from .serializers import DoelSerializer, EffectindicatorSerializer

SLUG = r"[-a-zA-Z0-9_]+"


class DoelViewSet(viewsets.ReadOnlyModelViewSet):
    """De drie doelen van het programma (A, B, C) met hun effectindicatoren en lijnen."""

    serializer_class = DoelSerializer
    lookup_field = "slug"
    lookup_value_regex = SLUG
    filter_backends: list = []

    def get_queryset(self):
        return doel_list().prefetch_related(
            Prefetch("indicatoren", queryset=Effectindicator.objects.only("slug", "doel")),
            "lijnen",  # the lines' slugs; doelen knows no other app's models
        )

    queryset = Doel.objects.none()  # for the schema; get_queryset is what runs


class EffectindicatorViewSet(viewsets.ReadOnlyModelViewSet):
    """De tien effectindicatoren voor 2026 met hun gepubliceerde metingen."""

    serializer_class = EffectindicatorSerializer
    filterset_class = EffectindicatorFilter
    lookup_field = "slug"
    lookup_value_regex = SLUG
    queryset = Effectindicator.objects.none()

    def get_queryset(self):
        return indicator_list(alleen_gepubliceerd=True)
