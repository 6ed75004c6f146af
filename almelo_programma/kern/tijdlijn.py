"""One page of a timeline (status updates, audit history): newest first, a fixed page size.

A timeline can grow without end, so a page shows ``PER_PAGINA`` items and links to the older
ones with a plain link (``?<parameter>=<n>``), which works without JavaScript and keeps the
page's other query parameters (such as the dashboard's ``stand``). No count: one query fetches
the page plus one row, which tells whether older items exist.
"""

from dataclasses import dataclass

from django.http import QueryDict

PER_PAGINA = 20


def paginanummer(waarde) -> int:
    """The page number in ``waarde``; 1 for anything that is not a positive whole number."""
    try:
        nummer = int(waarde)
    except (TypeError, ValueError):
        return 1
    return max(nummer, 1)


@dataclass
class Tijdlijnpagina:
    items: list
    nummer: int
    heeft_oudere: bool
    parameter: str
    zoekparameters: QueryDict

    def _url(self, nummer: int) -> str:
        parameters = self.zoekparameters.copy()
        parameters.pop(self.parameter, None)
        if nummer > 1:
            parameters[self.parameter] = str(nummer)
        query = parameters.urlencode()
        return f"?{query}" if query else "?"

    @property
    def oudere_url(self) -> str | None:
        return self._url(self.nummer + 1) if self.heeft_oudere else None

    @property
    def nieuwere_url(self) -> str | None:
        return self._url(self.nummer - 1) if self.nummer > 1 else None

    def __iter__(self):
        return iter(self.items)

    def __getitem__(self, index):
        return self.items[index]

    def __len__(self):
        return len(self.items)

    def __bool__(self):
        return bool(self.items)


def tijdlijn_pagina(
    request, rijen, *, parameter: str = "updates_pagina", per_pagina: int = PER_PAGINA
) -> Tijdlijnpagina:
    """The page of ``rijen`` (a queryset ordered newest first) that ``request`` asks for."""
    nummer = paginanummer(request.GET.get(parameter))
    begin = (nummer - 1) * per_pagina
    items = list(rijen[begin : begin + per_pagina + 1])
    return Tijdlijnpagina(
        items=items[:per_pagina],
        nummer=nummer,
        heeft_oudere=len(items) > per_pagina,
        parameter=parameter,
        zoekparameters=request.GET,
    )
