from drf_spectacular.types import OpenApiTypes
from drf_spectacular.utils import OpenApiParameter, OpenApiResponse, extend_schema
from rest_framework import mixins, status, viewsets
from rest_framework.authentication import SessionAuthentication
from rest_framework.exceptions import PermissionDenied
from rest_framework.parsers import JSONParser
from rest_framework.response import Response
from rest_framework.reverse import reverse

from activiteiten import selectors
from activiteiten.models import Activiteitenlijn, Statusupdate
from activiteiten.rechten import mag_activiteit_bewerken
from activiteiten.selectors import lijnen_samenvatten
from activiteiten.services import statusupdate_create
from almelo_programma.kern.afscherming import TokenAuthenticatie
from almelo_programma.kern.paginering import KeysetPaginering
from almelo_programma.kern.programmas import programma_van, van_programma
from almelo_programma.kern.rechten import LIJNTREKKER, PROGRAMMAMANAGER, heeft_rol, is_intern
from doelen.api.basis import ProgrammaGebonden, SlugViewSet

from .filters import ActiviteitFilter, LijnFilter, StatusupdateFilter
from .serializers import (
    LAATSTE_UPDATES,
    ActiviteitenlijnSerializer,
    ActiviteitSerializer,
    StatusupdateSchrijfSerializer,
    StatusupdateSerializer,
    api_fouten,
    schrijfantwoorden,
    schrijfbaar_of_403,
)

UUID = r"[0-9a-fA-F-]{32,36}"


class StatusupdatePaginering(KeysetPaginering):
    """The public order of status updates (``statusupdate_openbaar_idx``), the pk as tiebreak."""

    velden = ("rapportagedatum", "aangemaakt_op", "id")


class ActiviteitenlijnViewSet(ProgrammaGebonden, SlugViewSet):
    """De activiteitenlijnen van een programma met hun gepubliceerde voortgang."""

    serializer_class = ActiviteitenlijnSerializer
    filterset_class = LijnFilter
    queryset = Activiteitenlijn.objects.select_related("doel__programma").order_by("code")

    def get_queryset(self):
        return van_programma(super().get_queryset(), self.programma)

    def _met_samenvatting(self, lijnen):
        """Attach the public roll-up to ``lijnen`` with one query (light rows, no lead)."""
        return lijnen_samenvatten(lijnen, alleen_openbaar=True, alleen_gepubliceerd=True)

    def list(self, request, *args, **kwargs):
        page = self.paginate_queryset(self.filter_queryset(self.get_queryset()))
        serializer = self.get_serializer(self._met_samenvatting(list(page)), many=True)
        return self.get_paginated_response(serializer.data)

    def retrieve(self, request, *args, **kwargs):
        (lijn,) = self._met_samenvatting([self.get_object()])
        return Response(self.get_serializer(lijn).data)


class ActiviteitViewSet(ProgrammaGebonden, SlugViewSet):
    """Openbare activiteiten van een programma met hun gepubliceerde statusupdates.

    Status en voortgang zijn die van de laatste gepubliceerde statusupdate.
    """

    serializer_class = ActiviteitSerializer
    filterset_class = ActiviteitFilter
    # page numbers with a count: the list is bounded by the programme (lines × years; 5,408
    # activities at 100× the demo data), and counting it is cheap; the nested updates are bounded
    # by LAATSTE_UPDATES, so a page costs the same whatever the history

    def get_queryset(self):
        qs = selectors.openbare_activiteiten(programma=self.programma)
        return qs if self.programma is not None else qs.select_related("lijn__doel__programma")

    def list(self, request, *args, **kwargs):
        page = self.paginate_queryset(self.filter_queryset(self.get_queryset()))
        selectors.laatste_openbare_updates(page, aantal=LAATSTE_UPDATES)
        return self.get_paginated_response(self.get_serializer(page, many=True).data)

    def retrieve(self, request, *args, **kwargs):
        activiteit = self.get_object()
        selectors.laatste_openbare_updates([activiteit], aantal=LAATSTE_UPDATES)
        return Response(self.get_serializer(activiteit).data)


class StatusupdateViewSet(
    ProgrammaGebonden,
    mixins.ListModelMixin,
    mixins.RetrieveModelMixin,
    mixins.CreateModelMixin,
    viewsets.GenericViewSet,
):
    """Gepubliceerde statusupdates van openbare activiteiten van een programma, nieuwste eerst.

    Programmamanagers en lijntrekkers kunnen met een token of sessie een statusupdate toevoegen
    (JSON), met dezelfde regels en rechten als in de werkruimte. De detail-URL (ook in de
    `Location` van een nieuwe statusupdate) toont ingelogde interne gebruikers ook statusupdates
    die (nog) niet gepubliceerd zijn; de lijst toont alleen gepubliceerde.
    """

    serializer_class = StatusupdateSerializer
    filterset_class = StatusupdateFilter
    # the list grows with history: a keyset cursor, so every page costs one index seek
    pagination_class = StatusupdatePaginering
    # token first, so an API client without credentials gets 401 + "WWW-Authenticate: Token"
    authentication_classes = [TokenAuthenticatie, SessionAuthentication]
    parser_classes = [JSONParser]
    lookup_field = "uuid"
    lookup_value_regex = UUID

    def get_queryset(self):
        if self.action == "retrieve" and is_intern(self.request.user):
            # internal users read unpublished updates in the werkruimte as well
            return Statusupdate.objects.select_related(
                "activiteit__lijn__doel__programma", "besluit"
            )
        if self.action != "list":
            return selectors.openbare_statusupdates().select_related(
                "activiteit__lijn__doel__programma"
            )
        # the list shows the activity's and the decision's slug only: no need to load the line
        velden = [
            veld
            for veld in StatusupdateSerializer.Meta.fields
            if veld not in ("activiteit", "besluit", "programma")
        ]
        return (
            selectors.openbare_statusupdates(programma=self.programma)
            .select_related(None)
            .select_related("activiteit", "besluit")
            .only(*velden, "activiteit__slug", "besluit__slug", "besluit__openbaar")
        )

    @extend_schema(
        responses=OpenApiResponse(
            StatusupdateSerializer(many=True),
            description="Eén pagina gepubliceerde statusupdates, nieuwste eerst (rapportagedatum, "
            "dan aanmaaktijd). Bladeren gaat met een cursor: volg 'next'. Er is geen totaal "
            "aantal: dat tellen zou bij een lange geschiedenis duurder zijn dan de pagina zelf. "
            "Wat tussen twee verzoeken wordt toegevoegd, verschuift geen latere pagina.",
        )
    )
    def list(self, request, *args, **kwargs):
        return super().list(request, *args, **kwargs)

    @extend_schema(
        request=StatusupdateSchrijfSerializer,
        parameters=[
            OpenApiParameter(
                "Location",
                OpenApiTypes.URI,
                OpenApiParameter.HEADER,
                response=[201],
                description="De detail-URL van de nieuwe statusupdate.",
            )
        ],
        responses=schrijfantwoorden(
            StatusupdateSerializer, geweigerd="Niet ingelogd, of geen recht op deze activiteit."
        ),
    )
    def create(self, request, *args, **kwargs):
        user = request.user
        if not heeft_rol(user, PROGRAMMAMANAGER, LIJNTREKKER):
            raise PermissionDenied(
                "Alleen programmamanagers en lijntrekkers mogen statusupdates toevoegen."
            )
        invoer = StatusupdateSchrijfSerializer(data=request.data)
        invoer.is_valid(raise_exception=True)
        activiteit = invoer.validated_data["activiteit"]
        programma = programma_van(activiteit)
        # the roles that count are those in the activity's programme, also in the object rules
        user._rol_programma = programma
        if not (
            heeft_rol(user, PROGRAMMAMANAGER, LIJNTREKKER, programma=programma)
            and mag_activiteit_bewerken(user, activiteit)
        ):
            raise PermissionDenied("U mag de voortgang van deze activiteit niet bijwerken.")
        schrijfbaar_of_403(programma)
        with api_fouten():
            update = statusupdate_create(door=user, **invoer.validated_data)
        serializer = StatusupdateSerializer(update, context=self.get_serializer_context())
        locatie = reverse("api:statusupdate-detail", kwargs={"uuid": update.uuid}, request=request)
        return Response(
            serializer.data, status=status.HTTP_201_CREATED, headers={"Location": locatie}
        )
