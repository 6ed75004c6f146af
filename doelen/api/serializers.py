from django.urls import reverse
from drf_spectacular.types import OpenApiTypes
from drf_spectacular.utils import extend_schema_field
from rest_framework import serializers

from almelo_programma.programmakeuze import programma_urls
from doelen.models import Doel, Effectindicator, Meting, Programma

from .fields import PaginaUrlField, ProgrammaVeld


class MetingSerializer(serializers.ModelSerializer):
    class Meta:
        model = Meting
        fields = ["datum", "waarde", "beoordeling", "toelichting", "bron", "is_demo"]


class EffectindicatorSerializer(serializers.ModelSerializer):
    doel = serializers.CharField(source="doel.code", read_only=True, help_text="Code van het doel.")
    programma = ProgrammaVeld()
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
            "streefwaarde", "streefjaar", "toelichting", "programma", "url", "metingen",
        ]  # fmt: skip


class DoelSerializer(serializers.ModelSerializer):
    programma = ProgrammaVeld()
    url = PaginaUrlField()
    indicatoren = serializers.SlugRelatedField(slug_field="slug", many=True, read_only=True)
    lijnen = serializers.SlugRelatedField(slug_field="slug", many=True, read_only=True)

    class Meta:
        model = Doel
        fields = [
            "code", "slug", "titel", "omschrijving", "programma", "url", "indicatoren", "lijnen",
        ]  # fmt: skip


@extend_schema_field(
    {
        "type": "string",
        "pattern": "^(lopend|gearchiveerd)$",
        "description": "lopend, of gearchiveerd (alleen nog te lezen).",
    }
)
class ProgrammaStatusVeld(serializers.Field):
    def __init__(self, **kwargs):
        kwargs["source"] = "*"
        kwargs["read_only"] = True
        super().__init__(**kwargs)

    def to_representation(self, value):
        return "gearchiveerd" if value.is_gearchiveerd else "lopend"


class ProgrammaSerializer(serializers.ModelSerializer):
    """A programme of the portal: public facts, no people."""

    periode = serializers.CharField(read_only=True, help_text="Looptijd, bv. 2023–2026.")
    status = ProgrammaStatusVeld()
    voorganger = serializers.SlugRelatedField(
        slug_field="slug",
        read_only=True,
        allow_null=True,
        help_text="Slug van het programma waaruit dit programma is voortgezet.",
    )
    huidig = serializers.SerializerMethodField(
        help_text="Waar: het huidige programma, het programma van de adressen zonder "
        "programmanaam en van de lijsten zonder ?programma=."
    )
    url = serializers.SerializerMethodField(
        help_text="De openbare startpagina van het programma (/<slug>/)."
    )

    class Meta:
        model = Programma
        fields = [
            "slug", "naam", "periode", "startjaar", "eindjaar", "missie", "status",
            "gearchiveerd_op", "is_demo", "voorganger", "huidig", "url",
        ]  # fmt: skip

    def get_huidig(self, programma) -> bool:
        huidig = self.context.get("huidig")
        return huidig is not None and huidig.pk == programma.pk

    @extend_schema_field(OpenApiTypes.URI)
    def get_url(self, programma) -> str:
        with programma_urls(programma):
            url = reverse("publiek:home")
        request = self.context.get("request")
        return request.build_absolute_uri(url) if request else url
