"""Reads for the woondeal and the housing pipeline, one module per sub-domain, all importable
from here. Housing figures are always computed from the projects (never typed in)."""

from ..constants import SEGMENTEN
from .gebieden import gebied_list, te_late_mijlpalen
from .kaart import kaart_gebied_list, kaart_geojson, kaart_project_list
from .projecten import (
    Groepscijfer,
    JaarCijfer,
    Pijplijn,
    PijplijnJaar,
    Segmenten,
    Woningbouwcijfers,
    openbare_projecten,
    openbare_woningbouwcijfers,
    pijplijn,
    project_list,
    totaal_woningen,
    woningbouw_is_demo,
    woningbouwcijfers,
)
from .subsidies import Controle, aanvraag_list, controleer_voorwaarde
from .woondeal import AfspraakJaar, Afsprakenoverzicht, afspraak_list, openbare_deelsporen

__all__ = [
    "SEGMENTEN",
    "AfspraakJaar",
    "Afsprakenoverzicht",
    "Controle",
    "Groepscijfer",
    "JaarCijfer",
    "Pijplijn",
    "PijplijnJaar",
    "Segmenten",
    "Woningbouwcijfers",
    "aanvraag_list",
    "afspraak_list",
    "controleer_voorwaarde",
    "gebied_list",
    "kaart_gebied_list",
    "kaart_geojson",
    "kaart_project_list",
    "openbare_deelsporen",
    "openbare_projecten",
    "openbare_woningbouwcijfers",
    "pijplijn",
    "project_list",
    "te_late_mijlpalen",
    "totaal_woningen",
    "woningbouw_is_demo",
    "woningbouwcijfers",
]
