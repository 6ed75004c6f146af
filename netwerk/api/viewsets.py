import django_filters
from rest_framework import viewsets

from doelen.api.basis import SlugFilter
from netwerk import selectors
from netwerk.constants import BijeenkomstSoort
from netwerk.models import Bijeenkomst

from .serializers import BijeenkomstSerializer


class BijeenkomstFilter(django_filters.FilterSet):
    soort = django_filters.ChoiceFilter(choices=BijeenkomstSoort.choices)
    vanaf = django_filters.DateFilter(
        field_name="start", lookup_expr="date__gte", help_text="Start op of na (JJJJ-MM-DD)."
    )
    tot = django_filters.DateFilter(
        field_name="start", lookup_expr="date__lte", help_text="Start op of voor (JJJJ-MM-DD)."
    )
    lijn = SlugFilter(field_name="lijnen__slug", help_text="Slug van een activiteitenlijn.")

    class Meta:
        model = Bijeenkomst
        fields = ["soort", "vanaf", "tot", "lijn"]


class BijeenkomstViewSet(viewsets.ReadOnlyModelViewSet):
    """Openbare bijeenkomsten (agenda), op volgorde van start.

    Bijeenkomsten horen bij de gemeente, niet bij één programma: deze lijst kent geen
    `?programma=` en toont die van alle programma's (`lijnen` kan lijnen van verschillende
    programma's noemen).
    """

    serializer_class = BijeenkomstSerializer
    filterset_class = BijeenkomstFilter
    lookup_field = "slug"
    lookup_value_regex = r"[-a-zA-Z0-9_]+"
    queryset = Bijeenkomst.objects.none()

    def get_queryset(self):
        return selectors.openbare_bijeenkomsten()
