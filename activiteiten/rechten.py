"""Who may edit an activity or a line (object rules; the roles are in ``almelo_programma.kern``).

- programme managers edit every line and activity of their programme;
- a lijntrekker edits the lines they lead and every activity of those lines, and the activities
  they lead themselves;
- aldermen (bestuurders) and partners edit nothing.

Roles are held per programme: every rule asks for the roles in the programme the OBJECT belongs
to (``programma_van``), not in the programme of the page or of any other programme, so a
programme manager of one programme is nobody in another — also on write paths outside a
programme's URL (the API, the Excel import, a background job).
"""

from almelo_programma.kern.rechten import LIJNTREKKER, PROGRAMMAMANAGER, heeft_rol
from doelen.models import Programma


def programma_sleutel(obj) -> Programma | None:
    """The programme ``obj`` belongs to (along its ``PROGRAMMA_PAD``) as a key for ``heeft_rol``:
    the last step is read as an id, so an object loaded with its line and goal costs no query
    (the werklijst asks this for every row). ``None`` when the way breaks (a woondeal without
    a line)."""
    *stappen, laatste = obj.PROGRAMMA_PAD.split("__")
    for stap in stappen:
        obj = getattr(obj, stap)
        if obj is None:
            return None
    if isinstance(obj, Programma):
        return obj
    pk = getattr(obj, f"{laatste}_id", None)
    return Programma(pk=pk) if pk is not None else None


def heeft_rol_bij(user, obj, *rollen) -> bool:
    """``heeft_rol`` in the programme ``obj`` belongs to (an object without one: the page's
    programme, as ``heeft_rol`` decides)."""
    return heeft_rol(user, *rollen, programma=programma_sleutel(obj))


def mag_activiteit_bewerken(user, activiteit) -> bool:
    """Programme managers edit every activity; a lijntrekker edits the activities they lead and
    every activity of a line they lead. Bestuurders and partners edit nothing."""
    if heeft_rol_bij(user, activiteit, PROGRAMMAMANAGER):
        return True
    if not heeft_rol_bij(user, activiteit, LIJNTREKKER):
        return False
    return user.pk in (activiteit.trekker_id, activiteit.lijn.trekker_id)


def mag_lijn_bewerken(user, lijn) -> bool:
    if heeft_rol_bij(user, lijn, PROGRAMMAMANAGER):
        return True
    return heeft_rol_bij(user, lijn, LIJNTREKKER) and user.pk == lijn.trekker_id
