"""Who may do what with decisions, motions and commitments.

- Internal readers (programmamanager, lijntrekker, bestuurder) see the internal list, the detail
  pages (non-public ones marked "niet openbaar") and the Excel export.
- Only programme managers create, edit and import decisions: the decision trail is the programme
  office's register, kept with the griffie; the leads and aldermen read it.
- Partners and anonymous visitors see the public pages only (``openbaar``, without owners).
"""

from almelo_programma.kern.rechten import (
    PROGRAMMAMANAGER,
    heeft_rol,
    intern_vereist,
    toegang_vereist,
)

__all__ = ["bewerker_vereist", "intern_vereist", "mag_besluiten_bewerken"]


def mag_besluiten_bewerken(user) -> bool:
    return heeft_rol(user, PROGRAMMAMANAGER)


bewerker_vereist = toegang_vereist(mag_besluiten_bewerken)
