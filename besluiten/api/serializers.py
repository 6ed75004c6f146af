"""Public decisions: never the owner (a person), only the public activities they concern."""

from drf_spectacular.utils import extend_schema_field
from rest_framework import serializers

from besluiten.models import Besluit
from doelen.api.fields import PaginaUrlField, ProgrammaVeld


class BesluitSerializer(serializers.ModelSerializer):
    doelen = serializers.SlugRelatedField(slug_field="slug", many=True, read_only=True)
    lijnen = serializers.SlugRelatedField(slug_field="slug", many=True, read_only=True)
    activiteiten = serializers.SerializerMethodField(
        help_text="Slugs van de openbare activiteiten waarover het besluit gaat."
    )
    link = serializers.URLField(
        source="url", read_only=True, help_text="Vindplaats in het raadsinformatiesysteem."
    )
    is_demo = serializers.BooleanField(read_only=True)
    programma = ProgrammaVeld()
    url = PaginaUrlField()

    @extend_schema_field(serializers.ListField(child=serializers.SlugField()))
    def get_activiteiten(self, besluit) -> list[str]:
        """Only the public ones (``openbare_besluiten(met_koppelingen=True)`` prefetches them)."""
        return [a.slug for a in besluit.openbare_activiteiten]

    class Meta:
        model = Besluit
        fields = [
            "uuid", "slug", "soort", "kenmerk", "datum", "titel", "samenvatting", "link",
            "termijn", "status", "wijze_van_afdoening", "afdoeningsdatum", "doelen", "lijnen",
            "activiteiten", "is_demo", "programma", "url",
        ]  # fmt: skip
