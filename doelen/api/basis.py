"""What the apps' API packages share. It lives in ``doelen``, the lowest app, so that every app's
API may use it (``doelen`` imports no other app).

- ``SLUG``: the URL pattern of a slug, the public identifier of an object;
- ``SlugViewSet``: a read-only collection whose objects are found by their slug. A subclass names
  its serializer (and filters) and reads its rows in ``get_queryset`` through a selector of its
  app; the schema learns the model from that queryset;
- ``SlugFilter``, ``TekstFilter``: query filters whose schema states what they accept;
- ``ProgrammaGebonden``: a collection of one programme (``?programma=<slug>``, by default the
  current programme), with ``PROGRAMMA_PARAMETER``, its one description in the schema.
"""

import re

import django_filters
from django.core.validators import validate_slug
from drf_spectacular.utils import OpenApiParameter, extend_schema_field
from rest_framework import viewsets
from rest_framework.exceptions import NotFound, ValidationError

from doelen.models import Programma
from doelen.selectors import huidig_programma

SLUG = r"[-a-zA-Z0-9_]+"


class SlugViewSet(viewsets.ReadOnlyModelViewSet):
    lookup_field = "slug"
    lookup_value_regex = SLUG


@extend_schema_field({"type": "string", "pattern": f"^{SLUG}$"})
class SlugFilter(django_filters.CharFilter):
    """A filter on a slug (``?lijn=ongedeelde-regio``): an unknown slug gives an empty list, an
    empty one is refused (``almelo_programma.kern.apifilters``)."""

    leeg_weigeren = True

    def __init__(self, *args, **kwargs):
        kwargs.setdefault("max_length", 200)
        kwargs.setdefault("validators", [validate_slug])
        super().__init__(*args, **kwargs)


@extend_schema_field({"type": "string", "maxLength": 200, "pattern": "^[^\\u0000]*$"})
class TekstFilter(django_filters.CharFilter):
    """A free-text filter: at most 200 characters, no null characters (the form refuses them)."""

    def __init__(self, *args, **kwargs):
        kwargs.setdefault("max_length", 200)
        super().__init__(*args, **kwargs)


# --- one programme per collection ------------------------------------------------------------

PROGRAMMA_PARAMETER = OpenApiParameter(
    "programma",
    {"type": "string", "maxLength": 200, "pattern": f"^{SLUG}$"},
    OpenApiParameter.QUERY,
    description="Slug van het programma (zie /api/v1/programmas/). Zonder deze parameter: het "
    "huidige programma, het programma op de adressen zonder programmanaam. Een slug die niet "
    "bestaat geeft 404.",
)


def programma_uit_verzoek(request) -> Programma | None:
    """The programme a list is about: ``?programma=<slug>``, or else the current programme
    (``request.programma``, lazy; ``huidig_programma()`` outside the middleware).

    An empty or malformed slug is a 400 (per parameter, as the filters refuse values), a
    well-formed slug of no programme a 404 with a Dutch ``detail``.
    """
    slug = request.query_params.get("programma")
    if slug is None:
        huidig = getattr(request, "programma", None)
        if huidig is None:
            return huidig_programma()
        return huidig if huidig else None  # a lazy object: False when there is no programme
    if slug == "":
        raise ValidationError({"programma": ["Geef een waarde op, of laat deze parameter weg."]})
    if len(slug) > 200 or not re.fullmatch(SLUG, slug):
        raise ValidationError({"programma": ["Geef de slug van een programma op."]})
    programma = Programma.objects.filter(slug=slug).first()
    if programma is None:
        raise NotFound(f"Er is geen programma met slug '{slug}'.")
    return programma


class ProgrammaGebonden:
    """A collection that belongs to one programme (e.g. goals, activities, decisions).

    The list shows the rows of one programme (``programma_uit_verzoek``: ``?programma=<slug>``,
    else the current one); a subclass reads it as ``self.programma`` in ``get_queryset``. The
    detail URL (by slug or uuid) finds an object of any programme: ``self.programma`` is then
    ``None`` (every programme). The schema documents the parameter on the list
    (``lijst_parameters``, read by ``kern.apischema.ApiSchema``). Serializers name the programme
    of each object (``ProgrammaVeld``); on a list it is the list's programme (context).
    """

    lijst_parameters = (PROGRAMMA_PARAMETER,)

    @property
    def programma(self) -> Programma | None:
        if not hasattr(self, "_programma"):
            if getattr(self, "swagger_fake_view", False) or self.action != "list":
                self._programma = None
            else:
                self._programma = programma_uit_verzoek(self.request)
        return self._programma

    def get_serializer_context(self):
        context = super().get_serializer_context()
        if self.programma is not None:
            context["programma"] = self.programma
        return context
