"""Reads of the public home page. The public reads of each app live in that app's selectors
(``openbare_*``), built on the publication rules that live with the models
(``Statusupdate.objects.openbaar()`` and the like), so pages, feeds, downloads and the API share
them. Every function returns its data in a fixed number of queries, whatever the data size.
"""

from activiteiten.selectors import (
    openbare_activiteiten,
    openbare_lijn,
    openbare_lijnen,
    openbare_statusupdates,
    openbare_updates_prefetch,
)
from almelo_programma.kern.programmas import van_programma
from doelen.models import Doel
from doelen.selectors import openbare_indicatoren
from netwerk.selectors import komende_bijeenkomsten, openbare_bijdragen, openbare_bijeenkomsten
from woondeals.selectors import (
    openbare_deelsporen,
    openbare_projecten,
    openbare_woningbouwcijfers,
    woningbouw_is_demo,
)

__all__ = [
    "home_context",
    "openbare_activiteiten",
    "openbare_bijdragen",
    "openbare_bijeenkomsten",
    "openbare_deelsporen",
    "openbare_indicatoren",
    "openbare_lijn",
    "openbare_lijnen",
    "openbare_projecten",
    "openbare_statusupdates",
    "openbare_updates_prefetch",
    "openbare_woningbouwcijfers",
    "woningbouw_is_demo",
]


def home_context(programma) -> dict:
    """Everything the public home page of ``programma`` shows, in a fixed number of queries
    (13, and one for the other programmes)."""
    from doelen.selectors import programma_list

    from .grafieken import indicator_grafiek, woningbouw_grafiek

    indicatoren = openbare_indicatoren(programma=programma)
    for ind in indicatoren:
        ind.grafiek = indicator_grafiek(ind, klein=True)
    lijnen = openbare_lijnen(programma=programma)
    cijfers = openbare_woningbouwcijfers()
    doelen = list(van_programma(Doel.objects.order_by("code"), programma))
    for doel in doelen:
        doel.indicatoren_lijst = [i for i in indicatoren if i.doel_id == doel.pk]
        doel.lijnen_lijst = [lijn for lijn in lijnen if lijn.doel_id == doel.pk]
    andere = [p for p in programma_list() if p.pk != getattr(programma, "pk", None)]
    return {
        "programma": programma,
        "andere_lopend": [p for p in andere if not p.is_gearchiveerd],
        "andere_gearchiveerd": [p for p in andere if p.is_gearchiveerd],
        "doelen": doelen,
        "cijfers": cijfers,
        "woningbouw_grafiek": woningbouw_grafiek(cijfers),
        "woningbouw_demo": woningbouw_is_demo(),
        "bijeenkomsten": list(komende_bijeenkomsten()),
        "laatste_updates": list(openbare_statusupdates(programma=programma)[:6]),
    }
