import django_filters

from activiteiten.api.filters import JaarFilter
from besluiten import selectors
from besluiten.constants import AfdoeningStatus, BesluitSoort
from besluiten.models import Besluit
from doelen.api.basis import ProgrammaGebonden, SlugFilter, SlugViewSet

from .serializers import BesluitSerializer


class BesluitFilter(django_filters.FilterSet):
    soort = django_filters.ChoiceFilter(choices=BesluitSoort.choices)
    jaar = JaarFilter(label="Jaar", field_name="datum__year")
    lijn = SlugFilter(field_name="lijnen__slug", help_text="Slug van een activiteitenlijn.")
    status = django_filters.ChoiceFilter(
        choices=AfdoeningStatus.choices, help_text="Status van een motie of toezegging."
    )

    class Meta:
        model = Besluit
        fields = ["soort", "jaar", "lijn", "status"]


class BesluitViewSet(ProgrammaGebonden, SlugViewSet):
    """Openbare besluiten, moties en toezeggingen over een programma, nieuwste eerst."""

    serializer_class = BesluitSerializer
    filterset_class = BesluitFilter
    queryset = Besluit.objects.none()

    def get_queryset(self):
        qs = selectors.openbare_besluiten(programma=self.programma, met_koppelingen=True)
        return qs if self.programma is not None else qs.select_related("programma")
