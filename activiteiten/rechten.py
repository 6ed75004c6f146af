"""Who may edit an activity or a line (object rules; the roles are in ``almelo_programma.kern``).

- programme managers edit every line and activity;
- a lijntrekker edits the lines they lead and every activity of those lines, and the activities
  they lead themselves;
- aldermen (bestuurders) and partners edit nothing.
"""

from almelo_programma.kern.rechten import LIJNTREKKER, PROGRAMMAMANAGER, heeft_rol


def mag_activiteit_bewerken(user, activiteit) -> bool:
    """Programme managers edit every activity; a lijntrekker edits the activities they lead and
    every activity of a line they lead. Bestuurders and partners edit nothing."""
    if heeft_rol(user, PROGRAMMAMANAGER):
        return True
    if not heeft_rol(user, LIJNTREKKER):
        return False
    return user.pk in (activiteit.trekker_id, activiteit.lijn.trekker_id)


def mag_lijn_bewerken(user, lijn) -> bool:
    if heeft_rol(user, PROGRAMMAMANAGER):
        return True
    return heeft_rol(user, LIJNTREKKER) and user.pk == lijn.trekker_id
