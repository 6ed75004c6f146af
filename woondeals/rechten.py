"""Who may read and edit the housing pipeline in the werkruimte.

- read: internal users (programme managers, line leads, aldermen);
- edit: programme managers and the lead (trekker) of the woondeal's line (A4);
- partners and anonymous visitors: refused (anonymous visitors are sent to the login page).

A sub-track is judged by the roles held in ITS programme (``activiteiten.rechten.heeft_rol_bij``),
wherever it is written from (the page, the API, the Excel import).
"""

from activiteiten.rechten import heeft_rol_bij
from almelo_programma.kern.rechten import (
    LIJNTREKKER,
    PROGRAMMAMANAGER,
    heeft_rol,
    is_intern,
    toegang_vereist,
)

from .models import Woondeal


def mag_lezen(user) -> bool:
    return is_intern(user)


def mag_bewerken(user) -> bool:
    if heeft_rol(user, PROGRAMMAMANAGER):
        return True
    if not heeft_rol(user, LIJNTREKKER):
        return False
    if not hasattr(user, "_woondeal_trekker"):
        # the lead of a woondeal's line in the page's programme (set by ProgrammaMiddleware)
        qs = Woondeal.objects.filter(lijn__trekker=user)
        programma = getattr(user, "_rol_programma", None)
        if programma:
            qs = qs.filter(lijn__doel__programma_id=programma.pk)
        user._woondeal_trekker = qs.exists()
    return user._woondeal_trekker


def mag_deelspoor_bewerken(user, deelspoor) -> bool:
    """Programme managers, the sub-track's lead, and the lead of the woondeal's line (A4)."""
    if heeft_rol_bij(user, deelspoor, PROGRAMMAMANAGER):
        return True
    if not heeft_rol_bij(user, deelspoor, LIJNTREKKER):
        return False
    lijn_trekker = deelspoor.woondeal.lijn.trekker_id if deelspoor.woondeal.lijn_id else None
    return user.pk in (deelspoor.trekker_id, lijn_trekker)


lezer_vereist = toegang_vereist(mag_lezen)
bewerker_vereist = toegang_vereist(mag_bewerken)
