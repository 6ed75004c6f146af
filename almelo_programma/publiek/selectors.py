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


def home_context() -> dict:
    """Everything the public home page shows, in a fixed number of queries (13)."""
    from doelen.selectors import programma_get

    from .grafieken import indicator_grafiek, woningbouw_grafiek

    indicatoren = openbare_indicatoren()
    for ind in indicatoren:
        ind.grafiek = indicator_grafiek(ind, klein=True)
    lijnen = openbare_lijnen()
    cijfers = openbare_woningbouwcijfers()
    doelen = list(Doel.objects.order_by("code"))
    for doel in doelen:
        doel.indicatoren_lijst = [i for i in indicatoren if i.doel_id == doel.pk]
        doel.lijnen_lijst = [lijn for lijn in lijnen if lijn.doel_id == doel.pk]
    return {
        "programma": programma_get(),
        "doelen": doelen,
        "cijfers": cijfers,
        "woningbouw_grafiek": woningbouw_grafiek(cijfers),
        "woningbouw_demo": woningbouw_is_demo(),
        "bijeenkomsten": list(komende_bijeenkomsten()),
        "laatste_updates": list(openbare_statusupdates()[:6]),
    }
