"""Who may do what with decisions, motions and commitments.

- Internal readers (programmamanager, lijntrekker, bestuurder) see the internal list, the detail
  pages (non-public ones marked "niet openbaar") and the Excel export.
- Only programme managers create, edit and import decisions: the decision trail is the programme
  office's register, kept with the griffie; the leads and aldermen read it.
- Partners and anonymous visitors see the public pages only (``openbaar``, without owners).

Roles are held per programme: the pages ask for the roles in the page's programme, a rule about
one decision for the roles in the decision's programme (``mag_besluit_bewerken``).
"""

from activiteiten.rechten import heeft_rol_bij
from almelo_programma.kern.rechten import (
    PROGRAMMAMANAGER,
    heeft_rol,
    intern_vereist,
    toegang_vereist,
)

__all__ = [
    "bewerker_vereist",
    "intern_vereist",
    "mag_besluit_bewerken",
    "mag_besluiten_bewerken",
]


def mag_besluiten_bewerken(user) -> bool:
    """Programme managers (of the page's programme) keep the register."""
    return heeft_rol(user, PROGRAMMAMANAGER)


def mag_besluit_bewerken(user, besluit) -> bool:
    """Programme managers of the decision's own programme."""
    return heeft_rol_bij(user, besluit, PROGRAMMAMANAGER)


bewerker_vereist = toegang_vereist(mag_besluiten_bewerken)
