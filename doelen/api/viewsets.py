from django.db.models import Prefetch

from doelen.models import Effectindicator
from doelen.selectors import doel_list, indicator_list, programma_list

from .basis import ProgrammaGebonden, SlugViewSet
from .filters import EffectindicatorFilter
from .serializers import DoelSerializer, EffectindicatorSerializer, ProgrammaSerializer


class ProgrammaViewSet(SlugViewSet):
    """De programma's van het portaal: eerst de lopende (nieuwste eerst), dan de gearchiveerde.

    Eén programma is het huidige (`huidig`): dat van de adressen zonder programmanaam en van de
    lijsten zonder `?programma=`. De lijsten van doelen, indicatoren, lijnen, activiteiten,
    statusupdates, deelsporen en besluiten tonen met `?programma=<slug>` die van een ander
    programma.
    """

    serializer_class = ProgrammaSerializer
    filter_backends: list = []

    def get_queryset(self):
        return programma_list()

    def get_serializer_context(self):
        context = super().get_serializer_context()
        request = context.get("request")
        huidig = getattr(request, "programma", None) if request else None
        context["huidig"] = huidig if huidig else None
        return context


class DoelViewSet(ProgrammaGebonden, SlugViewSet):
    """De doelen van een programma (A, B, C) met hun effectindicatoren en lijnen."""

    serializer_class = DoelSerializer
    filter_backends: list = []

    def get_queryset(self):
        return doel_list(programma=self.programma).prefetch_related(
            Prefetch("indicatoren", queryset=Effectindicator.objects.only("slug", "doel")),
            "lijnen",  # the lines' slugs; doelen knows no other app's models
        )


class EffectindicatorViewSet(ProgrammaGebonden, SlugViewSet):
    """De effectindicatoren van een programma met hun gepubliceerde metingen."""

    serializer_class = EffectindicatorSerializer
    filterset_class = EffectindicatorFilter

    def get_queryset(self):
        qs = indicator_list(programma=self.programma, alleen_gepubliceerd=True)
        return qs if self.programma is not None else qs.select_related("doel__programma")
