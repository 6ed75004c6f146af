import django_filters
from drf_spectacular.utils import extend_schema
from rest_framework import viewsets
from rest_framework.response import Response
from rest_framework.views import APIView

from almelo_programma.public import selectors
from woondeals.constants import Planstatus, ProjectFase
from woondeals.models import Deelspoor, Woningbouwproject

from .serializers import (
    DeelspoorSerializer,
    WoningbouwcijfersSerializer,
    WoningbouwprojectSerializer,
)

SLUG = r"[-a-zA-Z0-9_]+"


class DeelspoorViewSet(viewsets.ReadOnlyModelViewSet):
    """De openbare deelsporen van de woondeal met hun gepubliceerde statusupdates."""

    serializer_class = DeelspoorSerializer
    lookup_field = "slug"
    lookup_value_regex = SLUG
    filter_backends: list = []
    queryset = Deelspoor.objects.none()

    def get_queryset(self):
        return selectors.openbare_deelsporen()


class WoningbouwprojectFilter(django_filters.FilterSet):
    fase = django_filters.ChoiceFilter(choices=ProjectFase.choices)
    planstatus = django_filters.ChoiceFilter(choices=Planstatus.choices)
    wijk = django_filters.CharFilter(lookup_expr="iexact", max_length=200)

    class Meta:
        model = Woningbouwproject
        fields = ["fase", "planstatus", "wijk"]


class WoningbouwprojectViewSet(viewsets.ReadOnlyModelViewSet):
    """Gepubliceerde woningbouwprojecten (zonder subsidiebedragen)."""

    serializer_class = WoningbouwprojectSerializer
    filterset_class = WoningbouwprojectFilter
    lookup_field = "slug"
    lookup_value_regex = SLUG
    queryset = Woningbouwproject.objects.none()

    def get_queryset(self):
        return selectors.gepubliceerde_projecten()


class WoningbouwcijfersView(APIView):
    """Woningbouwcijfers uit de gepubliceerde projecten, afgezet tegen het doel van 4.100."""

    @extend_schema(responses=WoningbouwcijfersSerializer)
    def get(self, request):
        return Response(WoningbouwcijfersSerializer(selectors.openbare_woningbouwcijfers()).data)
