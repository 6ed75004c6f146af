"""Serializer fields shared by the apps' API packages.

An object of a programme names its programme (``ProgrammaVeld``) and links to its public page
(``PaginaUrlField``): the page at today's addresses for the current programme, the page under
``/<programma-slug>/`` for another one. Which addresses a programme's pages have is decided by
the project's URL configuration (``almelo_programma.programmakeuze.programma_urls``).
"""

import contextlib

from drf_spectacular.types import OpenApiTypes
from drf_spectacular.utils import extend_schema_field
from rest_framework import serializers

from almelo_programma.kern.programmas import programma_van
from almelo_programma.programmakeuze import programma_urls

from .basis import SLUG


def programma_van_object(obj, context) -> object | None:
    """The programme of ``obj``: the list's programme (serializer context ``programma``), else
    by following the object's ``PROGRAMMA_PAD`` (select it along to save the queries)."""
    programma = context.get("programma")
    return programma if programma is not None else programma_van(obj)


def is_huidig(programma, context) -> bool:
    request = context.get("request")
    huidig = getattr(request, "programma", None) if request else None
    return programma is None or (huidig is not None and bool(huidig) and huidig.pk == programma.pk)


def pagina_url(obj, context, *, programma=None) -> str:
    """The absolute URL of ``obj``'s public page in its programme (``get_absolute_url``)."""
    if programma is None and hasattr(obj, "PROGRAMMA_PAD"):
        programma = programma_van_object(obj, context)
    adressen = (
        contextlib.nullcontext() if is_huidig(programma, context) else programma_urls(programma)
    )
    with adressen:
        url = obj.get_absolute_url()
    request = context.get("request")
    return request.build_absolute_uri(url) if request else url


@extend_schema_field(OpenApiTypes.URI)
class PaginaUrlField(serializers.Field):
    """The absolute URL of the object's public page (``get_absolute_url``), in its programme."""

    def __init__(self, **kwargs):
        kwargs["source"] = "*"
        kwargs["read_only"] = True
        super().__init__(**kwargs)

    def to_representation(self, value):
        return pagina_url(value, self.context)


@extend_schema_field(
    {
        "type": "string",
        "nullable": True,
        "pattern": f"^{SLUG}$",
        "description": "Slug van het programma waartoe dit object hoort (/api/v1/programmas/).",
    }
)
class ProgrammaVeld(serializers.Field):
    """The slug of the programme the object belongs to."""

    def __init__(self, **kwargs):
        kwargs["source"] = "*"
        kwargs["read_only"] = True
        super().__init__(**kwargs)

    def to_representation(self, value):
        programma = programma_van_object(value, self.context)
        return programma.slug if programma is not None else None
