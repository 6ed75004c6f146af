"""The one slug helper: a readable, unique slug for a new or renamed object."""

from django.db import models
from django.utils.text import slugify


def unieke_slug(model: type[models.Model], tekst: str, *, exclude_pk=None, max_lengte=180) -> str:
    """``slugify(tekst)``, with ``-2``, ``-3``… appended while another row of ``model`` has it.

    ``exclude_pk`` leaves the object itself out (renaming keeps its own slug free). An empty
    result becomes ``item``. Slugs are public identifiers: never a raw primary key.
    """
    basis = slugify(tekst)[:max_lengte] or "item"
    qs = model._default_manager.all()
    if exclude_pk is not None:
        qs = qs.exclude(pk=exclude_pk)
    slug, n = basis, 2
    while qs.filter(slug=slug).exists():
        slug, n = f"{basis}-{n}", n + 1
    return slug
