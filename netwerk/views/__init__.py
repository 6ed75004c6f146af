"""The netwerk part of the werkruimte (/werkruimte/netwerk/) and the public survey form
(/enquete/<token>/). Thin: forms validate, services write, selectors read; rights in rechten.py.

One module per sub-domain; every view is importable from ``netwerk.views`` (the URL confs use
that).
"""

from .bijdragen import (
    bijdrage_beoordelen,
    bijdrage_detail,
    bijdrage_lijst,
    bijdrage_update_publiceren,
    partner_bijdrage,
    partner_bijdrage_bewerken,
    partner_bijdrage_nieuw,
    partner_bijdrage_update,
    partner_bijdragen,
)
from .bijeenkomsten import (
    bijeenkomst_bewerken,
    bijeenkomst_detail,
    bijeenkomst_lijst,
    bijeenkomst_nieuw,
    mijn_acties,
    vervolgactie_afronden,
    vervolgactie_nieuw,
)
from .enquetes import (
    enquete_detail,
    enquete_invullen,
    enquete_lijst,
    enquete_nieuw,
    enquete_sluiten,
    enquete_uitnodigen,
)
from .lobby import lobby_bewerken, lobby_detail, lobby_lijst, lobby_nieuw, lobbycontact_nieuw
from .overzicht import overzicht
from .partners import (
    contactpersoon_bewerken,
    contactpersoon_nieuw,
    partner_bewerken,
    partner_detail,
    partner_lijst,
    partner_nieuw,
)

__all__ = [
    "bijdrage_beoordelen",
    "bijdrage_detail",
    "bijdrage_lijst",
    "bijdrage_update_publiceren",
    "partner_bijdrage",
    "partner_bijdrage_bewerken",
    "partner_bijdrage_nieuw",
    "partner_bijdrage_update",
    "partner_bijdragen",
    "bijeenkomst_bewerken",
    "bijeenkomst_detail",
    "bijeenkomst_lijst",
    "bijeenkomst_nieuw",
    "contactpersoon_bewerken",
    "contactpersoon_nieuw",
    "enquete_detail",
    "enquete_invullen",
    "enquete_lijst",
    "enquete_nieuw",
    "enquete_sluiten",
    "enquete_uitnodigen",
    "lobby_bewerken",
    "lobby_detail",
    "lobby_lijst",
    "lobby_nieuw",
    "lobbycontact_nieuw",
    "mijn_acties",
    "overzicht",
    "partner_bewerken",
    "partner_detail",
    "partner_lijst",
    "partner_nieuw",
    "vervolgactie_afronden",
    "vervolgactie_nieuw",
]
