from rest_framework import serializers

from doelen.models import Doel, Effectindicator, Meting

from .fields import PaginaUrlField


class MetingSerializer(serializers.ModelSerializer):
    class Meta:
        model = Meting
        fields = ["datum", "waarde", "beoordeling", "toelichting", "bron", "is_demo"]


class EffectindicatorSerializer(serializers.ModelSerializer):
    doel = serializers.CharField(source="doel.code", read_only=True, help_text="Code van het doel.")
    url = PaginaUrlField()
    metingen = MetingSerializer(
        source="metingen_zichtbaar",
        many=True,
        read_only=True,
        help_text="Gepubliceerde metingen, nieuwste eerst.",
    )

    class Meta:
        model = Effectindicator
        fields = [
            "slug", "nummer", "doel", "tekst", "soort", "eenheid", "basiswaarde", "basisjaar",
            "streefwaarde", "streefjaar", "toelichting", "url", "metingen",
        ]  # fmt: skip


class DoelSerializer(serializers.ModelSerializer):
    url = PaginaUrlField()
    indicatoren = serializers.SlugRelatedField(slug_field="slug", many=True, read_only=True)
    lijnen = serializers.SlugRelatedField(slug_field="slug", many=True, read_only=True)

    class Meta:
        model = Doel
        fields = ["code", "slug", "titel", "omschrijving", "url", "indicatoren", "lijnen"]
