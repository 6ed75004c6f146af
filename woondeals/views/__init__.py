"""Werkruimte pages for the woondeal and the housing pipeline (/werkruimte/woningbouw/) and the
sub-track page (/werkruimte/deelsporen/<slug>/), one module per sub-domain.

Thin views: forms check types, services check rules and write, selectors read; a form goes
through a service with ``almelo_programma.kern.formulieren.formulier_verwerken``.
"""

from .gebieden import (
    gebied,
    gebied_bewerken,
    gebied_nieuw,
    gebieden,
    mijlpaal_bereikt,
    mijlpaal_nieuw,
    rol_nieuw,
)
from .kaart import kaart, kaart_context
from .projecten import (
    cijfers,
    export,
    import_status,
    importeren,
    project,
    project_bewerken,
    project_nieuw,
    projecten,
    realisatie_opslaan,
)
from .subsidies import (
    subsidie,
    subsidie_bewerken,
    subsidie_nieuw,
    subsidies,
    voorwaarde_nieuw,
    voorwaarde_verwijderen,
)
from .woondeal import (
    afspraken_bewerken,
    deelspoor_detail,
    koopprijsgrens_opslaan,
    woondeal,
    woondeal_bewerken,
)

__all__ = [
    "kaart",
    "kaart_context",
    "afspraken_bewerken",
    "cijfers",
    "deelspoor_detail",
    "export",
    "gebied",
    "gebied_bewerken",
    "gebied_nieuw",
    "gebieden",
    "import_status",
    "importeren",
    "koopprijsgrens_opslaan",
    "mijlpaal_bereikt",
    "mijlpaal_nieuw",
    "project",
    "project_bewerken",
    "project_nieuw",
    "projecten",
    "realisatie_opslaan",
    "rol_nieuw",
    "subsidie",
    "subsidie_bewerken",
    "subsidie_nieuw",
    "subsidies",
    "voorwaarde_nieuw",
    "voorwaarde_verwijderen",
    "woondeal",
    "woondeal_bewerken",
]
