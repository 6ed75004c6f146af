"""Public events: never ``interne_notities``, never contact persons."""

from rest_framework import serializers

from doelen.api.fields import PaginaUrlField
from netwerk.models import Bijeenkomst


class BijeenkomstSerializer(serializers.ModelSerializer):
    lijnen = serializers.SlugRelatedField(slug_field="slug", many=True, read_only=True)
    url = PaginaUrlField()

    class Meta:
        model = Bijeenkomst
        fields = [
            "uuid", "slug", "titel", "soort", "start", "einde", "locatie",
            "openbare_samenvatting", "lijnen", "is_demo", "url",
        ]  # fmt: skip
