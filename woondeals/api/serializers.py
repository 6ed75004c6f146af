"""Public woondeal data: sub-tracks, published projects and the housing figures.

Never subsidy amounts, never people (trekker, auteur).
"""

from drf_spectacular.utils import extend_schema_field
from rest_framework import serializers

from activiteiten.api.serializers import VOORTGANG_GRENZEN, VOORTGANG_LEZEN
from activiteiten.constants import Status
from doelen.api.fields import ProgrammaVeld
from woondeals.models import Deelspoor, DeelspoorUpdate, Woningbouwproject


class DeelspoorUpdateSerializer(serializers.ModelSerializer):
    class Meta:
        model = DeelspoorUpdate
        fields = ["uuid", "rapportagedatum", "status", "voortgang", "toelichting", "is_demo"]
        extra_kwargs = VOORTGANG_LEZEN


class DeelspoorSerializer(serializers.ModelSerializer):
    woondeal = serializers.CharField(source="woondeal.slug", read_only=True)
    gemeente = serializers.CharField(source="woondeal.gemeente", read_only=True)
    programma = ProgrammaVeld()
    status = serializers.SerializerMethodField()
    voortgang = serializers.SerializerMethodField()
    laatste_rapportagedatum = serializers.DateField(
        source="laatste_datum", read_only=True, allow_null=True
    )
    statusupdates = DeelspoorUpdateSerializer(source="updates_openbaar", many=True, read_only=True)

    class Meta:
        model = Deelspoor
        fields = [
            "slug", "nummer", "naam", "omschrijving", "woondeal", "gemeente", "programma",
            "status", "voortgang", "laatste_rapportagedatum", "statusupdates",
        ]  # fmt: skip

    @extend_schema_field(serializers.ChoiceField(choices=Status.choices))
    def get_status(self, obj) -> str:
        return obj.laatste_status or Status.NIET_GESTART

    @extend_schema_field(serializers.IntegerField(**VOORTGANG_GRENZEN))
    def get_voortgang(self, obj) -> int:
        return obj.laatste_voortgang or 0


class WoningbouwprojectSerializer(serializers.ModelSerializer):
    ontwikkelaar = serializers.CharField(
        source="ontwikkelaar.naam",
        read_only=True,
        allow_null=True,
        default=None,
        help_text="Corporatie of ontwikkelaar (een organisatie).",
    )
    totaal_woningen = serializers.IntegerField(read_only=True)

    class Meta:
        model = Woningbouwproject
        fields = [
            "uuid", "slug", "naam", "wijk", "sociale_huur", "middenhuur", "betaalbare_koop",
            "vrije_sector", "totaal_woningen", "planstatus", "fase", "verwacht_startjaar",
            "verwacht_opleverjaar", "ontwikkelaar", "breedtegraad", "lengtegraad", "is_demo",
        ]  # fmt: skip
        extra_kwargs = {
            "breedtegraad": {"coerce_to_string": False},
            "lengtegraad": {"coerce_to_string": False},
        }


class SegmentenSerializer(serializers.Serializer):
    sociale_huur = serializers.IntegerField()
    middenhuur = serializers.IntegerField()
    betaalbare_koop = serializers.IntegerField()
    vrije_sector = serializers.IntegerField()
    totaal = serializers.IntegerField()
    aandeel_sociale_huur = serializers.FloatField(allow_null=True)
    aandeel_betaalbaar = serializers.FloatField(allow_null=True)


class JaarCijferSerializer(serializers.Serializer):
    jaar = serializers.IntegerField()
    gestart = serializers.IntegerField()
    opgeleverd = serializers.IntegerField()
    gestart_cumulatief = serializers.IntegerField()
    opgeleverd_cumulatief = serializers.IntegerField()


class FaseAantalSerializer(serializers.Serializer):
    fase = serializers.CharField()
    woningen = serializers.IntegerField()


class WoningbouwcijfersSerializer(serializers.Serializer):
    """Figures from the published projects against the target of 4,100 extra homes (the
    municipality's housing agreement: the same for every programme)."""

    doel = serializers.IntegerField(help_text="Doel: extra nieuwbouwwoningen (4.100).")
    opgeleverd = serializers.IntegerField()
    gestart = serializers.IntegerField()
    aandeel_opgeleverd_van_doel = serializers.FloatField(help_text="Percentage van het doel.")
    norm_sociale_huur = serializers.FloatField()
    norm_betaalbaar = serializers.FloatField()
    alle_plannen = SegmentenSerializer()
    harde_plannen = SegmentenSerializer()
    per_fase = serializers.SerializerMethodField()
    per_jaar = JaarCijferSerializer(many=True)

    @extend_schema_field(FaseAantalSerializer(many=True))
    def get_per_fase(self, obj):
        return [{"fase": fase, "woningen": aantal} for fase, aantal in sorted(obj.per_fase.items())]
