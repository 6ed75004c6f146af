"""Who may do what in the netwerk part of the werkruimte.

- Internal readers (programmamanager, lijntrekker, bestuurder) see every netwerk page.
- Programme managers and the leads of the B-lines (a lijntrekker who is the trekker of a line of
  goal B) edit partners, contact persons, events, follow-up actions and lobby dossiers.
- Only programme managers open and close partner surveys and make survey links.
- A follow-up action's owner may mark it done.
- Partners and anonymous visitors are refused.
"""

from activiteiten.models import Activiteitenlijn
from almelo_programma.kern.rechten import (
    LIJNTREKKER,
    PROGRAMMAMANAGER,
    heeft_rol,
    intern_vereist,
    is_intern,
    toegang_vereist,
)

__all__ = [
    "bewerker_vereist",
    "enquetebeheerder_vereist",
    "intern_vereist",
    "is_intern",
    "mag_actie_afronden",
    "mag_enquetes_beheren",
    "mag_netwerk_bewerken",
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
