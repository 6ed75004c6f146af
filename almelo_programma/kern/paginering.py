"""The API's pagination: page numbers for the small lists, a keyset cursor for the long ones.

``Paginering`` (page numbers with a count) is for lists bounded by the programme's size
(goals, indicators, lines, activities, sub-tracks, projects, events). ``KeysetPaginering`` is for
lists that grow with history (status updates): every page, the first and the ten-thousandth, costs
one index range scan of one page, because the cursor holds the sort key of the last row shown
and the next page starts right after it (``WHERE (a, b, id) < (…) ORDER BY a DESC, b DESC, id
DESC LIMIT n``). It counts nothing. Rows added between two requests never shift a later page:
newer rows appear on page 1, older ones at their place further on, none twice.
"""

import base64
import binascii
import json
import re
from collections import OrderedDict

from django.core.exceptions import ValidationError as DjangoValidationError
from django.db.models import BooleanField, F, Func, Value
from rest_framework.exceptions import NotFound, ValidationError
from rest_framework.pagination import BasePagination, PageNumberPagination
from rest_framework.response import Response
from rest_framework.utils.urls import replace_query_param

PER_PAGINA_STANDAARD = 50
PER_PAGINA_MAXIMUM = 200
PER_PAGINA_BESCHRIJVING = (
    f"Aantal per pagina (standaard {PER_PAGINA_STANDAARD}, hoogstens {PER_PAGINA_MAXIMUM})."
)


def per_pagina(request, *, param: str, standaard: int, maximum: int) -> int:
    """The page size of ``?per_pagina=``: a whole number of at least 1 (anything else is refused
    with a Dutch 400, not silently replaced by the default); more than ``maximum`` gives
    ``maximum``."""
    waarde = request.query_params.get(param)
    if waarde is None:
        return standaard
    if not re.fullmatch(r"0*[1-9][0-9]*", waarde):
        raise ValidationError(
            {
                param: [
                    "Geef per_pagina als geheel getal van 1 of meer "
                    f"(meer dan {maximum} geeft {maximum})."
                ]
            }
        )
    cijfers = waarde.lstrip("0")
    return maximum if len(cijfers) > 3 else min(int(cijfers), maximum)


class Paginering(PageNumberPagination):
    """The small API lists: 50 per page by default, ``?per_pagina=`` up to 200, with a count.

    A ``per_pagina`` that is not a whole number of at least 1 is refused (400); a page that does
    not exist (``?page=0``) or is not a whole number (``?page=``, ``?page=last``) is a 404.
    """

    page_size = PER_PAGINA_STANDAARD
    page_size_query_param = "per_pagina"
    max_page_size = PER_PAGINA_MAXIMUM

    def get_page_size(self, request):
        return per_pagina(
            request,
            param=self.page_size_query_param,
            standaard=self.page_size,
            maximum=self.max_page_size,
        )

    def get_page_number(self, request, paginator):
        # DRF reads an empty ?page= as page 1 and "last" as the last page; the schema promises
        # a whole number from 1, so anything else is a page that does not exist
        waarde = request.query_params.get(self.page_query_param)
        if waarde is not None and not waarde.isdigit():
            raise NotFound(self.invalid_page_message)
        return super().get_page_number(request, paginator)

    def get_schema_operation_parameters(self, view):
        parameters = super().get_schema_operation_parameters(view)
        for parameter in parameters:
            if parameter["name"] in (self.page_size_query_param, self.page_query_param):
                parameter["schema"]["minimum"] = 1
        return parameters


class Rijvergelijking(Func):
    """``(a, b, c) < (x, y, z)`` (or ``>``): a row comparison, which PostgreSQL answers with one
    seek into an index on ``(a, b, c)``; SQLite supports it too."""

    output_field = BooleanField()

    def __init__(self, velden, waarden, operator):
        self.aantal, self.operator = len(velden), operator
        super().__init__(*[F(veld) for veld in velden], *[Value(w) for w in waarden])

    def as_sql(self, compiler, connection, **extra_context):
        delen, params = [], []
        for expressie in self.get_source_expressions():
            sql, expressie_params = compiler.compile(expressie)
            delen.append(sql)
            params.extend(expressie_params)
        links, rechts = ", ".join(delen[: self.aantal]), ", ".join(delen[self.aantal :])
        return f"({links}) {self.operator} ({rechts})", params


class KeysetPaginering(BasePagination):
    """Keyset (cursor) pagination, newest first, over ``velden`` (all descending; the last one
    unique, e.g. ``id``). ``?cursor=`` comes from the ``next``/``previous`` links; ``?per_pagina=``
    sets the page size (up to 200). The response has no ``count``: counting the whole list would
    cost as much as the list is long."""

    velden: tuple[str, ...] = ()
    page_size = PER_PAGINA_STANDAARD
    max_page_size = PER_PAGINA_MAXIMUM
    page_size_query_param = "per_pagina"
    cursor_query_param = "cursor"
    ONGELDIG = "Ongeldige cursor: gebruik de link uit 'next' of 'previous' van een vorige pagina."

    # --- the cursor: the sort key of a row and a direction, as URL-safe base64 JSON ------------

    @classmethod
    def cursor_na(cls, rij, *, terug: bool = False) -> str:
        """The cursor of the page after ``rij`` (``terug``: of the page before it)."""
        sleutel = [getattr(rij, veld) for veld in cls.velden]
        # isoformat, not DjangoJSONEncoder: that rounds times to milliseconds
        tekst = json.dumps(["v" if terug else "n", *sleutel], default=lambda w: w.isoformat())
        return base64.urlsafe_b64encode(tekst.encode()).decode().rstrip("=")

    def _lees_cursor(self, tekst: str, model) -> tuple[bool, list]:
        try:
            ruw = base64.urlsafe_b64decode(tekst + "=" * (-len(tekst) % 4))
            richting, *sleutel = json.loads(ruw)
            if richting not in ("n", "v") or len(sleutel) != len(self.velden):
                raise ValueError
            waarden = [
                model._meta.get_field(veld).to_python(waarde)
                for veld, waarde in zip(self.velden, sleutel, strict=True)
            ]
        except (ValueError, TypeError, binascii.Error, DjangoValidationError) as fout:
            raise NotFound(self.ONGELDIG) from fout
        if None in waarden:
            raise NotFound(self.ONGELDIG)
        return richting == "v", waarden

    # --- DRF's pagination interface ------------------------------------------------------------

    def get_page_size(self, request) -> int:
        return per_pagina(
            request,
            param=self.page_size_query_param,
            standaard=self.page_size,
            maximum=self.max_page_size,
        )

    def paginate_queryset(self, queryset, request, view=None):
        self.request = request
        self.grootte = self.get_page_size(request)
        aflopend = [f"-{veld}" for veld in self.velden]
        cursor = request.query_params.get(self.cursor_query_param)
        terug, sleutel = (False, None) if not cursor else self._lees_cursor(cursor, queryset.model)
        if sleutel is None:
            rijen = list(queryset.order_by(*aflopend)[: self.grootte + 1])
        elif not terug:
            na = queryset.filter(Rijvergelijking(self.velden, sleutel, "<"))
            rijen = list(na.order_by(*aflopend)[: self.grootte + 1])
        else:
            voor = queryset.filter(Rijvergelijking(self.velden, sleutel, ">"))
            rijen = list(voor.order_by(*self.velden)[: self.grootte + 1])
        meer = len(rijen) > self.grootte
        rijen = rijen[: self.grootte]
        if terug:
            rijen.reverse()
        # a page reached forward has rows before it; one reached backward has rows after it
        self.volgende = rijen[-1] if rijen and (meer if not terug else True) else None
        self.vorige = rijen[0] if rijen and (meer if terug else sleutel is not None) else None
        return rijen

    def _link(self, rij, *, terug: bool) -> str | None:
        if rij is None:
            return None
        url = self.request.build_absolute_uri()
        return replace_query_param(url, self.cursor_query_param, self.cursor_na(rij, terug=terug))

    def get_next_link(self):
        return self._link(self.volgende, terug=False)

    def get_previous_link(self):
        return self._link(self.vorige, terug=True)

    def get_paginated_response(self, data):
        return Response(
            OrderedDict(
                [
                    ("next", self.get_next_link()),
                    ("previous", self.get_previous_link()),
                    ("results", data),
                ]
            )
        )

    def get_paginated_response_schema(self, schema):
        link = {"type": "string", "format": "uri", "nullable": True}
        return {
            "type": "object",
            "description": "Eén pagina, zonder totaal aantal (tellen zou net zo duur zijn als de "
            "hele lijst). Volg 'next' tot die null is; elke pagina kost even veel.",
            "required": ["next", "previous", "results"],
            "properties": {
                "next": {**link, "description": "De volgende (oudere) pagina; null: geen."},
                "previous": {**link, "description": "De vorige (nieuwere) pagina; null: geen."},
                "results": schema,
            },
        }

    def get_schema_operation_parameters(self, view):
        return [
            {
                "name": self.cursor_query_param,
                "required": False,
                "in": "query",
                "description": "Positie in de lijst; neem de link uit 'next' of 'previous' over.",
                "schema": {"type": "string"},
            },
            {
                "name": self.page_size_query_param,
                "required": False,
                "in": "query",
                "description": PER_PAGINA_BESCHRIJVING,
                "schema": {"type": "integer", "minimum": 1},
            },
        ]
