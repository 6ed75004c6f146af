import django_filters

from doelen.constants import DoelCode, IndicatorSoort
from doelen.models import Effectindicator


class EffectindicatorFilter(django_filters.FilterSet):
    doel = django_filters.ChoiceFilter(
        field_name="doel__code", choices=DoelCode.choices, label="Doel (A, B of C)"
    )
    soort = django_filters.ChoiceFilter(choices=IndicatorSoort.choices, label="Soort")

    class Meta:
        model = Effectindicator
        fields = ["doel", "soort"]
