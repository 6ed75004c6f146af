import django_filters
from django.shortcuts import get_object_or_404
from django.urls import reverse
from drf_spectacular.types import OpenApiTypes
from drf_spectacular.utils import OpenApiResponse, extend_schema
from rest_framework import status, viewsets
from rest_framework.authentication import SessionAuthentication
from rest_framework.decorators import action
from rest_framework.exceptions import PermissionDenied
from rest_framework.parsers import JSONParser
from rest_framework.permissions import IsAuthenticated
from rest_framework.response import Response
from rest_framework.views import APIView

from activiteiten.api.serializers import UpdateInvoerSerializer, api_fouten, schrijfbaar_of_403
from almelo_programma.kern.afscherming import TokenAuthenticatie
from almelo_programma.kern.programmas import programma_van
from doelen.api.basis import ProgrammaGebonden, TekstFilter
from woondeals import selectors
from woondeals.constants import Planstatus, ProjectFase
from woondeals.models import Deelspoor, Woningbouwproject
from woondeals.rechten import mag_deelspoor_bewerken
from woondeals.services import deelspoorupdate_create

from .serializers import (
    DeelspoorSerializer,
    DeelspoorUpdateSerializer,
    WoningbouwcijfersSerializer,
    WoningbouwprojectSerializer,
)

SLUG = r"[-a-zA-Z0-9_]+"


class DeelspoorViewSet(ProgrammaGebonden, viewsets.ReadOnlyModelViewSet):
    """De openbare deelsporen van de woondeal van een programma met hun gepubliceerde
    statusupdates.

    Programmamanagers en trekkers van een deelspoor (of van lijn A4) voegen met een token of
    sessie een statusupdate toe, met dezelfde regels en rechten als in de werkruimte.
    """

    serializer_class = DeelspoorSerializer
    lookup_field = "slug"
    lookup_value_regex = SLUG
    filter_backends: list = []
    # token first, so an API client without credentials gets 401 + "WWW-Authenticate: Token"
    authentication_classes = [TokenAuthenticatie, SessionAuthentication]
    queryset = Deelspoor.objects.none()

    def get_queryset(self):
        qs = selectors.openbare_deelsporen(programma=self.programma)
        return (
            qs
            if self.programma is not None
            else qs.select_related("woondeal__lijn__doel__programma")
        )

    @extend_schema(
        request=UpdateInvoerSerializer,
        responses={
            201: DeelspoorUpdateSerializer,
            400: OpenApiResponse(description="Ongeldige invoer; per veld een Nederlandse melding."),
            401: OpenApiResponse(description="Niet ingelogd of ongeldig token."),
            403: OpenApiResponse(description="Geen recht op dit deelspoor."),
            404: OpenApiResponse(description="Dit deelspoor bestaat niet."),
        },
    )
    @action(
        detail=True,
        methods=["post"],
        url_path="statusupdates",
        permission_classes=[IsAuthenticated],
        parser_classes=[JSONParser],
    )
    def statusupdate_toevoegen(self, request, slug=None):
        """Voeg een statusupdate toe aan een deelspoor."""
        deelspoor = get_object_or_404(
            Deelspoor.objects.select_related("woondeal__lijn__doel__programma"), slug=slug
        )
        # the roles that count are those in the sub-track's programme (a woondeal without a
        # line belongs to no programme: then a role in any programme counts, as before)
        programma = programma_van(deelspoor)
        request.user._rol_programma = programma
        if not mag_deelspoor_bewerken(request.user, deelspoor):
            raise PermissionDenied("U mag de voortgang van dit deelspoor niet bijwerken.")
        schrijfbaar_of_403(programma)
        invoer = UpdateInvoerSerializer(data=request.data)
        invoer.is_valid(raise_exception=True)
        with api_fouten():
            update = deelspoorupdate_create(
                deelspoor=deelspoor, door=request.user, **invoer.validated_data
            )
        return Response(DeelspoorUpdateSerializer(update).data, status=status.HTTP_201_CREATED)


class WoningbouwprojectFilter(django_filters.FilterSet):
    fase = django_filters.ChoiceFilter(choices=ProjectFase.choices)
    planstatus = django_filters.ChoiceFilter(choices=Planstatus.choices)
    wijk = TekstFilter(lookup_expr="iexact")

    class Meta:
        model = Woningbouwproject
        fields = ["fase", "planstatus", "wijk"]


class WoningbouwprojectViewSet(viewsets.ReadOnlyModelViewSet):
    """Gepubliceerde woningbouwprojecten (zonder subsidiebedragen).

    Woningbouwprojecten horen bij de gemeente, niet bij één programma: deze lijst kent geen
    `?programma=`.
    """

    serializer_class = WoningbouwprojectSerializer
    filterset_class = WoningbouwprojectFilter
    lookup_field = "slug"
    lookup_value_regex = SLUG
    queryset = Woningbouwproject.objects.none()

    def get_queryset(self):
        return selectors.openbare_projecten()

    @extend_schema(
        filters=True,
        responses={
            (200, "application/geo+json"): OpenApiResponse(
                response=OpenApiTypes.OBJECT,
                description="Een GeoJSON FeatureCollection (RFC 7946, WGS84) van de "
                "gepubliceerde projecten met een locatie; zonder commerciële gegevens.",
            )
        },
    )
    @action(detail=False, methods=["get"], url_path="geojson", pagination_class=None)
    def geojson(self, request):
        """De gepubliceerde projecten met een locatie als GeoJSON (met dezelfde filters)."""
        projecten = self.filter_queryset(self.get_queryset())
        data = selectors.kaart_geojson(
            selectors.kaart_project_list(projecten.filter(breedtegraad__isnull=False)),
            project_url=lambda p: reverse("publiek:woningbouw") + f"#project-{p.slug}",
        )
        return Response(data, content_type="application/geo+json")


class WoningbouwcijfersView(APIView):
    """Woningbouwcijfers uit de gepubliceerde projecten, afgezet tegen het doel van 4.100.

    De woningbouw hoort bij de gemeente, niet bij één programma: geen `?programma=`. Het doel
    (4.100) is dat van de woondeal, niet de streefwaarde van een effectindicator.
    """

    @extend_schema(responses=WoningbouwcijfersSerializer)
    def get(self, request):
        return Response(WoningbouwcijfersSerializer(selectors.openbare_woningbouwcijfers()).data)
