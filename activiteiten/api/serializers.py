"""Public representations of lines, activities and status updates: no people (trekker, auteur)."""

from contextlib import contextmanager

from django.core.exceptions import ValidationError as DjangoValidationError
from drf_spectacular.utils import OpenApiResponse, extend_schema_field
from rest_framework import serializers
from rest_framework.exceptions import ValidationError

from activiteiten.constants import VOORTGANG_FOUTEN, Status
from activiteiten.models import Activiteit, Activiteitenlijn, Statusupdate
from activiteiten.selectors import is_demo_afgeleid
from doelen.api.fields import PaginaUrlField


class StatusupdateSerializer(serializers.ModelSerializer):
    activiteit = serializers.SlugRelatedField(slug_field="slug", read_only=True)

    class Meta:
        model = Statusupdate
        fields = [
            "uuid", "activiteit", "rapportagedatum", "status", "voortgang", "toelichting",
            "gepubliceerd", "is_demo", "aangemaakt_op",
        ]  # fmt: skip


class TijdlijnUpdateSerializer(serializers.ModelSerializer):
    class Meta:
        model = Statusupdate
        fields = ["uuid", "rapportagedatum", "status", "voortgang", "toelichting", "is_demo"]


class UpdateInvoerSerializer(serializers.Serializer):
    """Input for a new status update of an activity or a sub-track (the rules are those of
    ``activiteiten.services.statusupdate_bouwen``)."""

    status = serializers.ChoiceField(
        choices=Status.choices,
        error_messages={"invalid_choice": "'{input}' is geen geldige status."},
    )
    voortgang = serializers.IntegerField(
        min_value=0,
        max_value=100,
        help_text="Percentage gereed, 0 tot en met 100.",
        error_messages={
            **VOORTGANG_FOUTEN,
            "invalid": "De voortgang is een geheel getal van 0 tot en met 100.",
        },
    )
    toelichting = serializers.CharField(
        required=False, allow_blank=True, default="", max_length=10000
    )
    rapportagedatum = serializers.DateField(
        required=False,
        help_text="Standaard vandaag (JJJJ-MM-DD).",
        error_messages={"invalid": "Geef de rapportagedatum als JJJJ-MM-DD, bv. 2025-04-30."},
    )
    gepubliceerd = serializers.BooleanField(
        required=False,
        default=False,
        help_text="Direct publiceren op de openbare pagina (wie mag bijwerken, mag publiceren).",
    )


class StatusupdateSchrijfSerializer(UpdateInvoerSerializer):
    """Input for a new status update of an activity."""

    activiteit = serializers.SlugRelatedField(
        slug_field="slug",
        queryset=Activiteit.objects.select_related("lijn"),
        help_text="Slug van de activiteit.",
        error_messages={
            "does_not_exist": "Er is geen activiteit met slug '{value}'.",
            "invalid": "Geef de slug van een activiteit op.",
        },
    )


def als_api_fout(fout: DjangoValidationError) -> ValidationError:
    """A service's Dutch ``ValidationError`` as a DRF 400 with the same messages per field."""
    if hasattr(fout, "error_dict"):
        return ValidationError(fout.message_dict)
    return ValidationError({"non_field_errors": fout.messages})


def schrijfantwoorden(gemaakt, *, geweigerd: str, **meer) -> dict:
    """The documented responses of an API call that adds a status update (``extend_schema``):
    201 with ``gemaakt``, 400 per field, 401, 403 with ``geweigerd``, and any ``meer``."""
    return {
        201: gemaakt,
        400: OpenApiResponse(description="Ongeldige invoer; per veld een Nederlandse melding."),
        401: OpenApiResponse(description="Niet ingelogd of ongeldig token."),
        403: OpenApiResponse(description=geweigerd),
        **meer,
    }


@contextmanager
def api_fouten():
    """Around a service call in a view: its Dutch ``ValidationError`` becomes a DRF 400 with the
    same messages per field (``als_api_fout``)."""
    try:
        yield
    except DjangoValidationError as fout:
        raise als_api_fout(fout) from fout


class _LaatsteStatusMixin(serializers.Serializer):
    status = serializers.SerializerMethodField(
        help_text="Status volgens de laatste gepubliceerde update (zonder update: niet_gestart)."
    )
    voortgang = serializers.SerializerMethodField(help_text="Percentage gereed (0–100).")
    laatste_rapportagedatum = serializers.DateField(
        source="laatste_datum", read_only=True, allow_null=True
    )

    @extend_schema_field(serializers.ChoiceField(choices=Status.choices))
    def get_status(self, obj) -> str:
        return getattr(obj, "laatste_status", None) or Status.NIET_GESTART

    def get_voortgang(self, obj) -> int:
        return getattr(obj, "laatste_voortgang", None) or 0


class ActiviteitIsDemoMixin(serializers.Serializer):
    is_demo = serializers.SerializerMethodField(
        help_text="Waar: de activiteit of haar laatste status en voortgang zijn demogegevens."
    )

    def get_is_demo(self, obj) -> bool:
        return is_demo_afgeleid(obj)


class ActiviteitSerializer(ActiviteitIsDemoMixin, _LaatsteStatusMixin, serializers.ModelSerializer):
    lijn = serializers.SlugRelatedField(slug_field="slug", read_only=True)
    lijn_code = serializers.CharField(source="lijn.code", read_only=True)
    doel = serializers.CharField(source="lijn.doel.code", read_only=True)
    url = PaginaUrlField()
    statusupdates = TijdlijnUpdateSerializer(
        source="updates_openbaar",
        many=True,
        read_only=True,
        help_text="Gepubliceerde statusupdates, nieuwste eerst.",
    )

    class Meta:
        model = Activiteit
        fields = [
            "uuid", "slug", "titel", "omschrijving", "jaar", "lijn", "lijn_code", "doel",
            "geplande_start", "geplande_eind", "gewicht", "status", "voortgang",
            "laatste_rapportagedatum", "is_demo", "url", "statusupdates",
        ]  # fmt: skip


class StatusAantalSerializer(serializers.Serializer):
    status = serializers.ChoiceField(choices=Status.choices)
    aantal = serializers.IntegerField()


class ActiviteitenlijnSerializer(serializers.ModelSerializer):
    doel = serializers.CharField(source="doel.code", read_only=True)
    url = PaginaUrlField()
    voortgang = serializers.IntegerField(
        source="samenvatting.voortgang",
        read_only=True,
        allow_null=True,
        help_text="Gewogen voortgang van de openbare activiteiten (null: geen activiteiten).",
    )
    voortgang_is_demo = serializers.BooleanField(
        source="samenvatting.is_demo",
        read_only=True,
        help_text="Waar: de voortgang is (deels) berekend uit demogegevens.",
    )
    aantal_activiteiten = serializers.IntegerField(source="samenvatting.totaal", read_only=True)
    statussen = serializers.SerializerMethodField()

    class Meta:
        model = Activiteitenlijn
        fields = [
            "code", "slug", "naam", "omschrijving", "doel", "url", "voortgang",
            "voortgang_is_demo", "aantal_activiteiten", "statussen",
        ]  # fmt: skip

    @extend_schema_field(StatusAantalSerializer(many=True))
    def get_statussen(self, obj):
        return [
            {"status": value, "aantal": aantal}
            for value, _label, aantal in obj.samenvatting.per_status()
        ]
