"""The netwerk models, by sub-domain; every model is importable from ``netwerk.models``."""

from .bijeenkomsten import Bijeenkomst, BijeenkomstQuerySet, Vervolgactie
from .enquetes import Enquete, Enquetereactie, Uitnodiging
from .lobby import Lobbycontact, Lobbydossier
from .partners import Contactpersoon, Partner

__all__ = [
    "Bijeenkomst",
    "BijeenkomstQuerySet",
    "Contactpersoon",
    "Enquete",
    "Enquetereactie",
    "Lobbycontact",
    "Lobbydossier",
    "Partner",
    "Uitnodiging",
    "Vervolgactie",
]
