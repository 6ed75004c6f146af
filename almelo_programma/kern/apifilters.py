"""The API's filter backend: django-filter, strict about empty values.

A list page's filter form sends every field, also the empty ones, and django-filter reads an empty
value as "no filter". An API client that sends ``?status=`` or ``?vanaf=`` most likely made a
mistake, and the schema says these parameters take a choice, a date or a number: the API refuses
them (400, a Dutch message per parameter) instead of quietly ignoring them. So does a filter
that sets ``leeg_weigeren = True`` (a slug). Free-text filters (``q``) may stay empty.
"""

import django_filters
from django_filters.rest_framework import DjangoFilterBackend
from rest_framework.exceptions import ValidationError

NIET_LEEG = (django_filters.ChoiceFilter, django_filters.DateFilter, django_filters.NumberFilter)


class FilterBackend(DjangoFilterBackend):
    def get_filterset(self, request, queryset, view):
        filterset = super().get_filterset(request, queryset, view)
        if filterset is not None:
            leeg = [
                naam
                for naam, filter_ in filterset.filters.items()
                if request.query_params.get(naam, None) == "" and _leeg_weigeren(filter_)
            ]
            if leeg:
                raise ValidationError(
                    {naam: ["Geef een waarde op, of laat deze parameter weg."] for naam in leeg}
                )
        return filterset


def _leeg_weigeren(filter_) -> bool:
    if isinstance(filter_, django_filters.ModelChoiceFilter):
        return getattr(filter_, "leeg_weigeren", False)
    return getattr(filter_, "leeg_weigeren", isinstance(filter_, NIET_LEEG))
