"""Filters for activities and status updates, shared by the public activity list and the API."""

import django_filters
from django import forms
from django.db.models import Q, Subquery
from drf_spectacular.utils import extend_schema_field

from activiteiten.constants import Status
from activiteiten.models import Activiteit, Activiteitenlijn
from almelo_programma.kern.programmas import van_programma
from doelen.api.basis import SlugFilter, TekstFilter
from doelen.constants import DoelCode


@extend_schema_field({"type": "integer", "minimum": 2000, "maximum": 2100})
class JaarFilter(django_filters.NumberFilter):
    """A year from 2000 to 2100, a whole number (also in the API's schema)."""

    field_class = forms.IntegerField

    def __init__(self, *args, **kwargs):
        super().__init__(*args, min_value=2000, max_value=2100, **kwargs)


def jaar_keuzes(programma) -> list[tuple[int, str]]:
    jaren = programma.jaren if programma else []
    return [(jaar, str(jaar)) for jaar in jaren]


class ActiviteitFilter(django_filters.FilterSet):
    """Filters a queryset of activities annotated by ``met_laatste_status`` (published updates)."""

    q = TekstFilter(
        label="Zoeken", method="filter_zoeken", help_text="Zoekt in titel en omschrijving."
    )
    doel = django_filters.ChoiceFilter(
        label="Doel",
        field_name="lijn__doel__code",
        choices=DoelCode.choices,
        empty_label="Alle doelen",
        help_text="Code van het doel: A, B of C.",
    )
    lijn = SlugFilter(
        label="Activiteitenlijn",
        field_name="lijn__slug",
        help_text="Slug van de activiteitenlijn, bv. ongedeelde-regio.",
    )
    jaar = JaarFilter(label="Jaar")
    status = django_filters.ChoiceFilter(
        label="Status",
        choices=Status.choices,
        method="filter_status",
        empty_label="Alle statussen",
        help_text="De status van de laatste gepubliceerde statusupdate.",
    )
    bijgewerkt_sinds = django_filters.DateFilter(
        label="Bijgewerkt sinds",
        method="filter_bijgewerkt_sinds",
        widget=forms.DateInput(attrs={"type": "date"}),
        help_text="Alleen activiteiten met een gepubliceerde statusupdate op of na deze datum "
        "(JJJJ-MM-DD).",
    )

    def filter_zoeken(self, queryset, name, value):
        value = value.strip()
        if not value:
            return queryset
        return queryset.filter(Q(titel__icontains=value) | Q(omschrijving__icontains=value))

    def filter_status(self, queryset, name, value):
        if value == Status.NIET_GESTART:
            # no published update counts as "niet gestart" too (see activiteiten/selectors.py)
            return queryset.filter(Q(laatste_status=value) | Q(laatste_status__isnull=True))
        return queryset.filter(laatste_status=value)

    def filter_bijgewerkt_sinds(self, queryset, name, value):
        return queryset.filter(laatste_datum__gte=value)


class ActiviteitPaginaFilter(ActiviteitFilter):
    """The public activity list page of ``programma`` (else the request's programme): its lines,
    and the year as a list of its years; the API's help texts (codes, slugs) are not shown to
    visitors."""

    def __init__(self, *args, programma=None, **kwargs):
        super().__init__(*args, **kwargs)
        for naam in ("doel", "status", "bijgewerkt_sinds"):
            self.filters[naam].extra.pop("help_text", None)
        if programma is None and self.request is not None:
            programma = getattr(self.request, "programma", None)
        if programma:
            self.filters["jaar"].extra["choices"] = jaar_keuzes(programma)
            self.filters["lijn"].queryset = van_programma(
                Activiteitenlijn.objects.order_by("code"), programma
            )

    lijn = django_filters.ModelChoiceFilter(
        label="Activiteitenlijn",
        field_name="lijn",
        to_field_name="slug",
        queryset=Activiteitenlijn.objects.order_by("code"),
        empty_label="Alle lijnen",
    )
    jaar = django_filters.ChoiceFilter(label="Jaar", choices=[], empty_label="Alle jaren")


class StatusupdateFilter(django_filters.FilterSet):
    activiteit = SlugFilter(
        label="Activiteit",
        method="filter_activiteit",
        help_text="Slug van de activiteit.",
    )
    lijn = SlugFilter(
        label="Activiteitenlijn",
        field_name="activiteit__lijn__slug",
        help_text="Slug van de activiteitenlijn.",
    )
    doel = django_filters.ChoiceFilter(
        label="Doel", field_name="activiteit__lijn__doel__code", choices=DoelCode.choices
    )
    jaar = JaarFilter(label="Jaar van de activiteit", field_name="activiteit__jaar")
    status = django_filters.ChoiceFilter(label="Status", choices=Status.choices)
    sinds = django_filters.DateFilter(
        label="Sinds",
        field_name="rapportagedatum",
        lookup_expr="gte",
        help_text="Statusupdates met een rapportagedatum op of na deze datum (JJJJ-MM-DD).",
    )

    def filter_activiteit(self, queryset, name, value):
        # ``activiteit_id = (SELECT id … WHERE slug = …)``, not a join on the slug: the planner
        # then reads this one activity's rows from ``statusupdate_act_openbaar_idx`` instead of
        # walking the whole public order for them
        activiteit = Activiteit.objects.filter(slug=value).order_by().values("pk")[:1]
        return queryset.filter(activiteit=Subquery(activiteit))


class LijnFilter(django_filters.FilterSet):
    doel = django_filters.ChoiceFilter(
        field_name="doel__code", choices=DoelCode.choices, label="Doel (A, B of C)"
    )

    class Meta:
        model = Activiteitenlijn
        fields = ["doel"]
