"""Public representations of lines, activities and status updates: no people (trekker, auteur)."""

from contextlib import contextmanager
from urllib.parse import urlencode

from django.core.exceptions import ValidationError as DjangoValidationError
from django.urls import reverse
from drf_spectacular.extensions import OpenApiSerializerExtension
from drf_spectacular.types import OpenApiTypes
from drf_spectacular.utils import OpenApiResponse, extend_schema_field
from rest_framework import serializers
from rest_framework.exceptions import PermissionDenied, ValidationError

from activiteiten.constants import TOELICHTING_VERPLICHT, VOORTGANG_FOUTEN, Status
from activiteiten.models import Activiteit, Activiteitenlijn, Statusupdate
from activiteiten.selectors import besluit_model, is_demo_afgeleid
from almelo_programma.kern.programmas import ProgrammaGearchiveerd, controleer_schrijfbaar
from doelen.api.basis import SLUG
from doelen.api.fields import PaginaUrlField, ProgrammaVeld, is_huidig, programma_van_object
from doelen.selectors import programma_list

# Progress is a percentage in every representation; the bounds are in the read schemas too.
VOORTGANG_GRENZEN = {"min_value": 0, "max_value": 100}
VOORTGANG_LEZEN = {"voortgang": VOORTGANG_GRENZEN}
TOELICHTING_REGEL = (
    "Verplicht (niet leeg) bij de status "
    + ", ".join(sorted(TOELICHTING_VERPLICHT))
    + "; bij afgerond is de voortgang 100."
)

# how many of an activity's updates the activity list and detail nest (the rest: a link)
LAATSTE_UPDATES = 5


@extend_schema_field(
    {
        "type": "string",
        "nullable": True,
        "pattern": f"^{SLUG}$",
        "description": "Slug van het openbare besluit achter deze update (/api/v1/besluiten/); "
        "leeg zonder besluit of bij een besluit dat niet openbaar is.",
    }
)
class OpenbaarBesluitVeld(serializers.Field):
    """The slug of the decision an update names, only when that decision is public."""

    def __init__(self, **kwargs):
        kwargs["source"] = "*"
        kwargs["read_only"] = True
        super().__init__(**kwargs)

    def to_representation(self, value):
        besluit = value.besluit if value.besluit_id else None
        return besluit.slug if besluit is not None and besluit.openbaar else None


class StatusupdateSerializer(serializers.ModelSerializer):
    activiteit = serializers.SlugRelatedField(slug_field="slug", read_only=True)
    besluit = OpenbaarBesluitVeld()
    programma = ProgrammaVeld()

    class Meta:
        model = Statusupdate
        fields = [
            "uuid", "activiteit", "rapportagedatum", "status", "voortgang", "toelichting",
            "gepubliceerd", "is_demo", "aangemaakt_op", "besluit", "programma",
        ]  # fmt: skip
        extra_kwargs = VOORTGANG_LEZEN


class TijdlijnUpdateSerializer(serializers.ModelSerializer):
    class Meta:
        model = Statusupdate
        fields = ["uuid", "rapportagedatum", "status", "voortgang", "toelichting", "is_demo"]
        extra_kwargs = VOORTGANG_LEZEN


class StriktJaNeeVeld(serializers.BooleanField):
    """A JSON ``true`` or ``false``, nothing else (DRF's field also takes 0, 1, "ja", "on" …)."""

    def to_internal_value(self, data):
        if not isinstance(data, bool):
            raise serializers.ValidationError("Geef true of false op.")
        return data


class StriktTekstVeld(serializers.CharField):
    """A JSON string, nothing else (DRF's field also turns numbers into text)."""

    def to_internal_value(self, data):
        if not isinstance(data, str):
            raise serializers.ValidationError("Geef tekst op.")
        return super().to_internal_value(data)


class StriktGetalVeld(serializers.IntegerField):
    """A JSON whole number, nothing else (DRF's field also takes "40" and 40.0)."""

    def to_internal_value(self, data):
        if isinstance(data, bool) or not isinstance(data, int):
            self.fail("invalid")
        return super().to_internal_value(data)


# Characters Python's strip() removes that a JSON Schema "\s" does not match.
PYTHON_WITRUIMTE = "\\u001c-\\u001f\\u0085"


class UpdateInvoerSerializer(serializers.Serializer):
    """Input for a new status update of an activity or a sub-track (the rules are those of
    ``activiteiten.services.statusupdate_bouwen``)."""

    status = serializers.ChoiceField(
        choices=Status.choices,
        error_messages={"invalid_choice": "'{input}' is geen geldige status."},
    )
    voortgang = StriktGetalVeld(
        min_value=0,
        max_value=100,
        help_text="Percentage gereed, 0 tot en met 100.",
        error_messages={
            **VOORTGANG_FOUTEN,
            "invalid": "De voortgang is een geheel getal van 0 tot en met 100.",
        },
    )
    toelichting = StriktTekstVeld(
        required=False, allow_blank=True, default="", max_length=10000, help_text=TOELICHTING_REGEL
    )
    rapportagedatum = serializers.DateField(
        required=False,
        help_text="Standaard vandaag (JJJJ-MM-DD).",
        error_messages={"invalid": "Geef de rapportagedatum als JJJJ-MM-DD, bv. 2025-04-30."},
    )
    gepubliceerd = StriktJaNeeVeld(
        required=False,
        default=False,
        help_text="Direct publiceren op de openbare pagina (wie mag bijwerken, mag publiceren).",
    )


def datumpatroon(startjaar: int, eindjaar: int) -> str:
    """A regular expression for the dates JJJJ-MM-DD of the years ``startjaar``–``eindjaar``
    (29 February left out, which the API accepts as well)."""
    jaren = "|".join(str(jaar) for jaar in range(startjaar, eindjaar + 1))
    dagen = r"(0[1-9]|1[0-2])-(0[1-9]|1[0-9]|2[0-8])|(0[13-9]|1[0-2])-(29|30)|(0[13578]|1[02])-31"
    return rf"^({jaren})-({dagen})$"


SLUG_PATROON = f"^{SLUG}$"


def _een_van(waarden) -> dict:
    """One of ``waarden``, as a pattern: an ``enum`` here would be taken for another choice set
    by drf-spectacular's enum naming."""
    return {"type": "string", "pattern": "^(" + "|".join(waarden) + ")$"}


class UpdateInvoerSchema(OpenApiSerializerExtension):
    """The rules of a new status update that depend on each other, stated in the schema (an
    ``anyOf`` per group of statuses), and the reporting date within the programme's years."""

    target_class = UpdateInvoerSerializer
    match_subclasses = True

    def map_serializer(self, auto_schema, direction):
        schema = auto_schema._map_basic_serializer(self.target, direction)
        vrij = [s for s in Status.values if s not in TOELICHTING_VERPLICHT and s != Status.AFGEROND]
        regels = [
            {"properties": {"status": _een_van(vrij)}},
            {
                "properties": {
                    "status": _een_van(TOELICHTING_VERPLICHT),
                    "toelichting": {"type": "string", "pattern": f"[^\\s{PYTHON_WITRUIMTE}]"},
                },
                "required": ["toelichting"],
            },
            {
                "properties": {
                    "status": _een_van([Status.AFGEROND]),
                    "voortgang": {"type": "integer", "minimum": 100},
                }
            },
        ]
        # inside allOf, so that generated clients keep one body class with every field
        schema["allOf"] = [{"anyOf": regels}]
        schema["properties"]["toelichting"]["pattern"] = "^[^\\u0000]*$"  # no null characters
        if "activiteit" in schema["properties"]:
            schema["properties"]["activiteit"].update(minLength=1, pattern=SLUG_PATROON)
        # the years of the programmes that can still be written to (not archived); the service
        # checks the years of the activity's own programme
        lopend = [p for p in programma_list() if not p.is_gearchiveerd]
        if lopend:
            startjaar = min(p.startjaar for p in lopend)
            eindjaar = max(p.eindjaar for p in lopend)
            datum = schema["properties"]["rapportagedatum"]
            datum.pop("format", None)
            datum["pattern"] = datumpatroon(startjaar, eindjaar)
            datum["description"] = (
                "JJJJ-MM-DD in de looptijd van het programma ("
                + ", ".join(f"{p.slug}: {p.startjaar}–{p.eindjaar}" for p in lopend)
                + "); standaard vandaag."
            )
        return schema


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
    besluit = serializers.SlugRelatedField(
        slug_field="slug",
        queryset=besluit_model().objects.all(),
        required=False,
        allow_null=True,
        default=None,
        help_text="Slug van het besluit, de motie of de toezegging achter deze update "
        "(optioneel): een besluit bij de activiteit of haar lijn.",
        error_messages={
            "does_not_exist": "Er is geen besluit met slug '{value}'.",
            "invalid": "Geef de slug van een besluit op.",
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


def schrijfbaar_of_403(obj) -> None:
    """A write to ``obj`` (or to a programme) refused when its programme is archived: the DRF 403
    with the Dutch message of ``ProgrammaGearchiveerd`` (DRF would answer a Django
    ``PermissionDenied`` with its general message)."""
    with api_fouten():
        controleer_schrijfbaar(obj)


@contextmanager
def api_fouten():
    """Around a service call in a view: its Dutch ``ValidationError`` becomes a DRF 400 with the
    same messages per field (``als_api_fout``), a write to an archived programme a DRF 403 with
    its Dutch message."""
    try:
        yield
    except DjangoValidationError as fout:
        raise als_api_fout(fout) from fout
    except ProgrammaGearchiveerd as fout:
        raise PermissionDenied(str(fout)) from fout


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

    @extend_schema_field(serializers.IntegerField(**VOORTGANG_GRENZEN))
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
    programma = ProgrammaVeld()
    url = PaginaUrlField()
    statusupdates = TijdlijnUpdateSerializer(
        source="updates_openbaar",
        many=True,
        read_only=True,
        help_text=f"De laatste {LAATSTE_UPDATES} gepubliceerde statusupdates, nieuwste eerst "
        "(sinds API-versie 2.0.0; daarvoor alle). De volledige lijst: 'statusupdates_url'.",
    )
    statusupdates_url = serializers.SerializerMethodField(
        help_text="Alle gepubliceerde statusupdates van deze activiteit, nieuwste eerst "
        "(/api/v1/statusupdates/?activiteit=<slug>, met &programma=<slug> bij een activiteit "
        "van een ander dan het huidige programma)."
    )

    class Meta:
        model = Activiteit
        fields = [
            "uuid", "slug", "titel", "omschrijving", "jaar", "lijn", "lijn_code", "doel",
            "geplande_start", "geplande_eind", "gewicht", "status", "voortgang",
            "laatste_rapportagedatum", "is_demo", "programma", "url", "statusupdates",
            "statusupdates_url",
        ]  # fmt: skip

    @extend_schema_field(OpenApiTypes.URI)
    def get_statusupdates_url(self, obj) -> str:
        parameters = {"activiteit": obj.slug}
        programma = programma_van_object(obj, self.context)
        if not is_huidig(programma, self.context):
            parameters["programma"] = programma.slug
        url = f"{reverse('api:statusupdate-list')}?{urlencode(parameters)}"
        request = self.context.get("request")
        return request.build_absolute_uri(url) if request else url


class StatusAantalSerializer(serializers.Serializer):
    status = serializers.ChoiceField(choices=Status.choices)
    aantal = serializers.IntegerField()


class ActiviteitenlijnSerializer(serializers.ModelSerializer):
    doel = serializers.CharField(source="doel.code", read_only=True)
    programma = ProgrammaVeld()
    url = PaginaUrlField()
    voortgang = serializers.IntegerField(
        source="samenvatting.voortgang",
        read_only=True,
        allow_null=True,
        **VOORTGANG_GRENZEN,
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
            "code", "slug", "naam", "omschrijving", "doel", "programma", "url", "voortgang",
            "voortgang_is_demo", "aantal_activiteiten", "statussen",
        ]  # fmt: skip

    @extend_schema_field(StatusAantalSerializer(many=True))
    def get_statussen(self, obj):
        return [
            {"status": value, "aantal": aantal}
            for value, _label, aantal in obj.samenvatting.per_status()
        ]
