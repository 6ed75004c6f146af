"""The woondeals app's models, one module per sub-domain, all importable from here:
``from woondeals.models import Woningbouwproject``."""

from .gebieden import Gebiedsontwikkeling, Gebiedsrol, Mijlpaal
from .importen import Projectimport
from .projecten import Realisatie, Woningbouwproject, WoningbouwprojectQuerySet
from .subsidies import Subsidieaanvraag, SubsidieVoorwaarde
from .woondeal import (
    Deelspoor,
    DeelspoorQuerySet,
    DeelspoorUpdate,
    DeelspoorUpdateQuerySet,
    Koopprijsgrens,
    Woondeal,
    Woondealafspraak,
)

__all__ = [
    "Deelspoor",
    "DeelspoorQuerySet",
    "DeelspoorUpdate",
    "DeelspoorUpdateQuerySet",
    "Gebiedsontwikkeling",
    "Gebiedsrol",
    "Koopprijsgrens",
    "Mijlpaal",
    "Projectimport",
    "Realisatie",
    "Subsidieaanvraag",
    "SubsidieVoorwaarde",
    "Woningbouwproject",
    "WoningbouwprojectQuerySet",
    "Woondeal",
    "Woondealafspraak",
]
