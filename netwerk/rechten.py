"""Who may do what in the netwerk part of the werkruimte.

- Internal readers (programmamanager, lijntrekker, bestuurder) see every netwerk page.
- Programme managers and the leads of the B-lines (a lijntrekker who is the trekker of a line of
  goal B) edit partners, contact persons, events, follow-up actions and lobby dossiers.
- Only programme managers open and close partner surveys and make survey links.
- A follow-up action's owner may mark it done.
- Partners and anonymous visitors are refused those pages.
- Partners' contributions: a partner user of a partner organisation (``Partnerlidmaatschap``)
  uses /partner/…, and only ever sees its own organisation's contributions; programme managers
  and the lead of the contribution's line review them; whoever may update the resulting activity
  publishes the partner's progress reports on it. A contribution belongs to the programme of
  its line: these two rules ask for the roles held in THAT programme (through
  ``activiteiten.rechten``), though the contribution pages are the municipality's (no
  programme in their address).
"""

from activiteiten.models import Activiteitenlijn
from activiteiten.rechten import mag_activiteit_bewerken, mag_lijn_bewerken
from almelo_programma.kern.rechten import (
    LIJNTREKKER,
    PARTNER,
    PROGRAMMAMANAGER,
    heeft_rol,
    intern_vereist,
    is_intern,
    toegang_vereist,
)

from .models import Partnerlidmaatschap

__all__ = [
    "bewerker_vereist",
    "enquetebeheerder_vereist",
    "intern_vereist",
    "is_partnerlid",
    "is_intern",
    "mag_actie_afronden",
    "mag_bijdrage_beoordelen",
    "mag_bijdrage_update_publiceren",
    "mag_enquetes_beheren",
    "mag_netwerk_bewerken",
    "partnerlid_vereist",
    "partnerorganisatie",
]


def mag_netwerk_bewerken(user) -> bool:
    """Programme managers and B-line leads. Cached on the user object: one query at most."""
    if heeft_rol(user, PROGRAMMAMANAGER):
        return True
    if not heeft_rol(user, LIJNTREKKER):
        return False
    if not hasattr(user, "_trekt_b_lijn"):
        user._trekt_b_lijn = Activiteitenlijn.objects.filter(trekker=user, doel__code="B").exists()
    return user._trekt_b_lijn


def mag_enquetes_beheren(user) -> bool:
    return heeft_rol(user, PROGRAMMAMANAGER)


def mag_actie_afronden(user, actie) -> bool:
    return (is_intern(user) and actie.eigenaar_id == user.pk) or mag_netwerk_bewerken(user)


bewerker_vereist = toegang_vereist(mag_netwerk_bewerken)
enquetebeheerder_vereist = toegang_vereist(mag_enquetes_beheren)


# --- partners' contributions ------------------------------------------------------------------


def partnerorganisatie(user):
    """The partner organisation of a user with the role ``partner`` and a membership (managed in
    the admin), else ``None``. Cached on the user object: one query at most."""
    if not user.is_authenticated or user.is_superuser or is_intern(user):
        return None
    if not hasattr(user, "_partnerorganisatie"):
        lid = None
        if heeft_rol(user, PARTNER):
            lid = (
                Partnerlidmaatschap.objects.select_related("partner").filter(gebruiker=user).first()
            )
        user._partnerorganisatie = lid.partner if lid else None
    return user._partnerorganisatie


def is_partnerlid(user) -> bool:
    """May use the partner pages (/partner/…): a partner user of a partner organisation."""
    return partnerorganisatie(user) is not None


def mag_bijdrage_beoordelen(user, bijdrage) -> bool:
    """Programme managers and the lead of the contribution's line review it."""
    return mag_lijn_bewerken(user, bijdrage.lijn)


def mag_bijdrage_update_publiceren(user, bijdrage) -> bool:
    """Whoever may update the contribution's activity may publish its held updates."""
    return bijdrage.activiteit is not None and mag_activiteit_bewerken(user, bijdrage.activiteit)


partnerlid_vereist = toegang_vereist(is_partnerlid)
