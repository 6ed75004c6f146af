"""The API's OpenAPI description where drf-spectacular cannot infer it: the error responses.

Every operation documents the errors it can give, each with its JSON body, so that a generated
client (and a schema-checking tool) knows them and a user sees the Dutch message:

- 400 on a list (a filter value that is not allowed) and on a write (invalid input): per field a
  list of messages, or one ``detail`` when the body cannot be read;
- 401 everywhere (an invalid token is refused, also on reads);
- 403 on a write (no right to this item, or no CSRF token with a session);
- 404 on a list (a page that does not exist: ``?page=0``) and on every URL with a slug or uuid;
- 415 on a write whose body is not JSON;
- 429 everywhere (too many requests: throttling), with a ``Retry-After`` header.

A view may add query parameters to its list operation (``lijst_parameters``, e.g. the one
``programma`` parameter of the collections that belong to a programme): they are described once
and listed on every such list.
"""

from drf_spectacular.extensions import OpenApiAuthenticationExtension
from drf_spectacular.openapi import AutoSchema
from drf_spectacular.plumbing import ResolvedComponent, build_bearer_security_scheme_object

FOUT = {
    "type": "object",
    "properties": {"detail": {"type": "string", "description": "De Nederlandse foutmelding."}},
    "required": ["detail"],
}
VALIDATIEFOUT = {
    "type": "object",
    "description": "Per veld (of ``non_field_errors``) een lijst Nederlandse meldingen; bij "
    "invoer die niet te lezen is één ``detail``.",
    "additionalProperties": {
        "oneOf": [{"type": "array", "items": {"type": "string"}}, {"type": "string"}]
    },
}


COMPONENTEN = {"Fout": FOUT, "Validatiefout": VALIDATIEFOUT}


class ApiSchema(AutoSchema):
    """drf-spectacular's schema with the documented errors of every operation added."""

    def get_override_parameters(self):
        parameters = list(super().get_override_parameters())
        if self._is_list_view():
            parameters.extend(getattr(self.view, "lijst_parameters", ()))
        return parameters

    def _fout(self, naam: str, beschrijving: str) -> dict:
        """A response whose JSON body is the named component ``naam`` (registered once)."""
        component = ResolvedComponent(
            name=naam, type=ResolvedComponent.SCHEMA, object=naam, schema=COMPONENTEN[naam]
        )
        self.registry.register_on_missing(component)
        return {
            "description": beschrijving,
            "content": {"application/json": {"schema": component.ref}},
        }

    def _foutantwoorden(self) -> dict[str, dict]:
        schrijven = self.method in ("POST", "PUT", "PATCH", "DELETE")
        fouten = {"401": self._fout("Fout", "Ongeldig token, of niet ingelogd bij een wijziging.")}
        if schrijven:
            fouten["400"] = self._fout("Validatiefout", "Ongeldige invoer; er is niets opgeslagen.")
            fouten["403"] = self._fout("Fout", "Geen recht op deze wijziging.")
            fouten["415"] = self._fout("Fout", "De invoer is geen JSON (application/json).")
        elif self._is_list_view():
            fouten["400"] = self._fout("Validatiefout", "Een filterwaarde die niet bestaat.")
            fouten["404"] = self._fout(
                "Fout",
                "Deze pagina bestaat niet (page begint bij 1)"
                + (
                    ", of er is geen programma met deze slug."
                    if getattr(self.view, "lijst_parameters", ())
                    else "."
                ),
            )
        elif "{" not in self.path and getattr(self.view, "filterset_class", None):
            # a filtered collection in another shape (e.g. GeoJSON): the same filter errors
            fouten["400"] = self._fout("Validatiefout", "Een filterwaarde die niet bestaat.")
        if "{" in self.path:
            fouten["404"] = self._fout("Fout", "Dit object bestaat niet of is niet openbaar.")
        fouten["429"] = {
            **self._fout("Fout", "Te veel verzoeken; probeer het na Retry-After seconden opnieuw."),
            "headers": {
                "Retry-After": {
                    "description": "Het aantal seconden tot een nieuw verzoek weer kan.",
                    "schema": {"type": "integer", "minimum": 0},
                }
            },
        }
        return fouten

    def _get_response_bodies(self, direction="response"):
        antwoorden = super()._get_response_bodies(direction)
        for code, antwoord in self._foutantwoorden().items():
            if code not in antwoorden or "content" not in antwoorden[code]:
                antwoorden[code] = {**antwoord, **_beschrijving(antwoorden.get(code))}
        return antwoorden


def _beschrijving(antwoord: dict | None) -> dict:
    """Keep a description the view gave (``extend_schema``) over the general one."""
    if antwoord and antwoord.get("description"):
        return {"description": antwoord["description"]}
    return {}


class TokenSchema(OpenApiAuthenticationExtension):
    """The API's token (django-rest-knox, ``kern.afscherming.TokenAuthenticatie``), described as
    DRF's token was: scheme ``tokenAuth``, header ``Authorization: Token <token>``."""

    target_class = "almelo_programma.kern.afscherming.TokenAuthenticatie"
    name = "tokenAuth"

    def get_security_definition(self, auto_schema):
        return build_bearer_security_scheme_object(
            header_name="Authorization", token_prefix="Token"
        )
