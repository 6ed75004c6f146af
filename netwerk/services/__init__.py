"""Writes for the network: partners, events, follow-up actions, lobby and the partner survey.

Every function is keyword-only, validates with ``full_clean()`` (Dutch messages) and runs inside
one transaction, so bad input writes nothing. One module per sub-domain; every public name is
importable from ``netwerk.services``.
"""

from ..tokens import token_hash
from .bijdragen import (
    BIJDRAGE_VELDEN,
    bijdrage_beoordelen,
    bijdrage_create,
    bijdrage_statusupdate_create,
    bijdrage_update,
    bijdrage_update_publiceren,
)
from .bijeenkomsten import (
    BIJEENKOMST_VELDEN,
    bijeenkomst_create,
    bijeenkomst_update,
    vervolgactie_afronden,
    vervolgactie_create,
)
from .enquetes import (
    LinkOngeldig,
    NieuweLink,
    beoordeling_voor,
    einde_van_dag,
    enquete_beantwoorden,
    enquete_create,
    enquete_sluiten,
    uitnodiging_voor_token,
    uitnodigingen_create,
)
from .lobby import (
    LOBBYDOSSIER_VELDEN,
    lobbycontact_create,
    lobbydossier_create,
    lobbydossier_update,
)
from .partners import (
    CONTACTPERSOON_VELDEN,
    PARTNER_VELDEN,
    contactpersoon_create,
    contactpersoon_update,
    partner_create,
    partner_update,
)

__all__ = [
    "BIJDRAGE_VELDEN",
    "bijdrage_beoordelen",
    "bijdrage_create",
    "bijdrage_statusupdate_create",
    "bijdrage_update",
    "bijdrage_update_publiceren",
    "BIJEENKOMST_VELDEN",
    "CONTACTPERSOON_VELDEN",
    "LOBBYDOSSIER_VELDEN",
    "PARTNER_VELDEN",
    "LinkOngeldig",
    "NieuweLink",
    "beoordeling_voor",
    "bijeenkomst_create",
    "bijeenkomst_update",
    "contactpersoon_create",
    "contactpersoon_update",
    "einde_van_dag",
    "enquete_beantwoorden",
    "enquete_create",
    "enquete_sluiten",
    "lobbycontact_create",
    "lobbydossier_create",
    "lobbydossier_update",
    "partner_create",
    "partner_update",
    "token_hash",
    "uitnodiging_voor_token",
    "uitnodigingen_create",
    "vervolgactie_afronden",
    "vervolgactie_create",
]
