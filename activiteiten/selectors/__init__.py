"""Reads shared by the werkruimte, the dashboard, the public pages and the API; import them
from here.

- ``status``: the latest status of activities (and sub-tracks) and the progress roll-up of lines
  and goals (the rule is in that module's docstring);
- ``perioden``: reporting periods;
- ``historie``: the audit history shown on the werkruimte pages;
- ``openbaar``: the public reads, ``openbare_<dingen>()``, built on the models' ``openbaar()``.
"""

from .historie import Historieregel, Wijziging, historie, historie_pagina, laatste_history_id
from .openbaar import (
    laatste_openbare_updates,
    openbare_activiteiten,
    openbare_lijn,
    openbare_lijnen,
    openbare_statusupdates,
    openbare_updates_prefetch,
)
from .perioden import is_bijgewerkt, periode_list, te_rapporteren_periode
from .status import (
    ActiviteitRij,
    Samenvatting,
    activiteit_list,
    activiteit_rijen,
    is_demo_afgeleid,
    laatste_update_subquery,
    lijn_list,
    lijnen_met_totalen,
    lijnen_samenvatten,
    met_laatste_status,
    samenvatting_activiteiten,
    samenvatting_lijnen,
    samenvattingen_per_lijn,
    status_van,
    voortgang_van,
)

__all__ = [
    "ActiviteitRij",
    "Historieregel",
    "Samenvatting",
    "Wijziging",
    "activiteit_list",
    "activiteit_rijen",
    "historie",
    "historie_pagina",
    "is_bijgewerkt",
    "laatste_history_id",
    "laatste_update_subquery",
    "lijn_list",
    "lijnen_met_totalen",
    "samenvattingen_per_lijn",
    "lijnen_samenvatten",
    "met_laatste_status",
    "openbare_activiteiten",
    "openbare_lijn",
    "openbare_lijnen",
    "openbare_statusupdates",
    "openbare_updates_prefetch",
    "laatste_openbare_updates",
    "periode_list",
    "is_demo_afgeleid",
    "samenvatting_activiteiten",
    "samenvatting_lijnen",
    "status_van",
    "te_rapporteren_periode",
    "voortgang_van",
]
