"""What the apps' API packages share. It lives in ``doelen``, the lowest app, so that every app's
API may use it (``doelen`` imports no other app).

- ``SLUG``: the URL pattern of a slug, the public identifier of an object;
- ``SlugViewSet``: a read-only collection whose objects are found by their slug. A subclass names
  its serializer (and filters) and reads its rows in ``get_queryset`` through a selector of its
  app; the schema learns the model from that queryset;
- ``SlugFilter``, ``TekstFilter``: query filters whose schema states what they accept.
"""

import django_filters
from django.core.validators import validate_slug
from drf_spectacular.utils import extend_schema_field
from rest_framework import viewsets

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
