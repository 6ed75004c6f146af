"""What the apps' API packages share. It lives in ``doelen``, the lowest app, so that every app's
API may use it (``doelen`` imports no other app).

- ``SLUG``: the URL pattern of a slug, the public identifier of an object;
- ``SlugViewSet``: a read-only collection whose objects are found by their slug. A subclass names
  its serializer (and filters) and reads its rows in ``get_queryset`` through a selector of its
  app; the schema learns the model from that queryset.
"""

from rest_framework import viewsets

SLUG = r"[-a-zA-Z0-9_]+"


class SlugViewSet(viewsets.ReadOnlyModelViewSet):
    lookup_field = "slug"
    lookup_value_regex = SLUG
