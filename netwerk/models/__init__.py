"""The netwerk models, by sub-domain; every model is importable from ``netwerk.models``."""

from .bijdragen import Bijdrage, BijdrageQuerySet, Partnerlidmaatschap
from .bijeenkomsten import Bijeenkomst, BijeenkomstQuerySet, Vervolgactie
from .enquetes import Enquete, Enquetereactie, Uitnodiging
from .lobby import Lobbycontact, Lobbydossier
from .partners import Contactpersoon, Partner

__all__ = [
    "Bijdrage",
    "BijdrageQuerySet",
    "Bijeenkomst",
    "BijeenkomstQuerySet",
    "Contactpersoon",
    "Enquete",
    "Enquetereactie",
    "Lobbycontact",
    "Lobbydossier",
    "Partner",
    "Partnerlidmaatschap",
    "Uitnodiging",
    "Vervolgactie",
]
