"""django-filter filters of the werkruimte list (goal, line, year, status, updated)."""

import django_filters
from django.db.models import Q

from activiteiten.constants import Status
from activiteiten.models import Activiteit, Activiteitenlijn
from almelo_programma.kern.programmas import van_programma
from doelen.models import Doel


class WerklijstFilter(django_filters.FilterSet):
    doel = django_filters.ModelChoiceFilter(
        field_name="lijn__doel",
        queryset=Doel.objects.order_by("code"),
        label="Doel",
        empty_label="Alle doelen",
    )
    lijn = django_filters.ModelChoiceFilter(
        queryset=Activiteitenlijn.objects.order_by("code"),
        label="Activiteitenlijn",
        empty_label="Alle lijnen",
    )
    jaar = django_filters.ChoiceFilter(label="Jaar", choices=[], empty_label="Alle jaren")
    status = django_filters.ChoiceFilter(
        label="Status", choices=Status.choices, empty_label="Alle statussen", method="op_status"
    )
    bijgewerkt = django_filters.ChoiceFilter(
        label="Bijgewerkt deze periode",
        choices=[("ja", "Ja"), ("nee", "Nee, nog bijwerken")],
        empty_label="Alles",
        method="op_bijgewerkt",
    )

    class Meta:
        model = Activiteit
        fields = ["doel", "lijn", "jaar", "status", "bijgewerkt"]

    def __init__(self, *args, jaren=(), periode=None, programma=None, **kwargs):
        """``programma``: the goals and lines to choose from are those of this programme."""
        super().__init__(*args, **kwargs)
        self.periode = periode
        for naam in ("doel", "lijn"):
            veld = self.filters[naam]
            veld.queryset = van_programma(veld.queryset, programma)
        self.filters["jaar"].extra["choices"] = [(j, str(j)) for j in jaren]

    def op_status(self, queryset, name, value):
        if value == Status.NIET_GESTART:
            return queryset.filter(Q(laatste_status=value) | Q(laatste_status__isnull=True))
        return queryset.filter(laatste_status=value)

    def op_bijgewerkt(self, queryset, name, value):
        if self.periode is None:
            return queryset
        if value == "ja":
            return queryset.filter(laatste_datum__gte=self.periode.startdatum)
        return queryset.filter(
            Q(laatste_datum__isnull=True) | Q(laatste_datum__lt=self.periode.startdatum)
        )
