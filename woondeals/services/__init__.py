"""Writes for the woondeal and the housing pipeline, one module per sub-domain, all importable
from here. Views, forms, the import and the API call these.

Every service is keyword-only, validates (``full_clean`` plus the domain's own rules) and writes
inside a transaction; on bad input it raises ``ValidationError`` with Dutch messages keyed on
field names, and writes nothing. ``<ding>_update`` of a row kept per natural key (a year's
purchase price limit or agreed homes, a project's year of realisation) creates the row when it
is missing.
"""

from .basis import JAAR_MAX, JAAR_MIN, jaar_fout
from .gebieden import (
    gebied_create,
    gebied_update,
    gebiedsrol_create,
    mijlpaal_bereikt,
    mijlpaal_create,
)
from .projecten import (
    PROJECT_VELDEN,
    project_create,
    project_update,
    realisatie_update,
    valideer_project,
)
from .subsidies import aanvraag_update, voorwaarde_create, voorwaarde_delete
from .woondeal import (
    AfsprakenFout,
    afspraakjaren,
    deelspoorupdate_create,
    deelspoorupdates_bulk_create,
    koopprijsgrens_update,
    woondeal_update,
    woondealafspraken_update,
)

__all__ = [
    "JAAR_MAX",
    "JAAR_MIN",
    "PROJECT_VELDEN",
    "AfsprakenFout",
    "aanvraag_update",
    "afspraakjaren",
    "deelspoorupdate_create",
    "deelspoorupdates_bulk_create",
    "gebied_create",
    "gebied_update",
    "gebiedsrol_create",
    "jaar_fout",
    "koopprijsgrens_update",
    "mijlpaal_bereikt",
    "mijlpaal_create",
    "project_create",
    "project_update",
    "realisatie_update",
    "valideer_project",
    "voorwaarde_create",
    "voorwaarde_delete",
    "woondeal_update",
    "woondealafspraken_update",
]
