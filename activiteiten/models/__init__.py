"""The models of the activiteiten app, by sub-domain; import them from here.

- ``lijnen``: activity lines and their yearly activities;
- ``statusupdates``: status updates (``StatusupdateBase`` is shared with woondeal sub-tracks);
- ``perioden``: reporting periods and the reminders before their deadlines;
- ``volgers``: followers and the log of their e-mails.
"""

from .lijnen import (
    AFGELEID_UIT_UPDATE,
    AFGELEIDE_VELDEN,
    Activiteit,
    Activiteitenlijn,
    ActiviteitQuerySet,
)
from .perioden import Herinnering, Rapportageperiode
from .statusupdates import (
    LAATSTE_EERST,
    Statusupdate,
    StatusupdateBase,
    StatusupdateQuerySet,
    _voortgang_constraint,
)
from .volgers import Volger, Volgmelding

__all__ = [
    "AFGELEID_UIT_UPDATE",
    "AFGELEIDE_VELDEN",
    "Activiteit",
    "ActiviteitQuerySet",
    "Activiteitenlijn",
    "Herinnering",
    "LAATSTE_EERST",
    "Rapportageperiode",
    "Statusupdate",
    "StatusupdateBase",
    "StatusupdateQuerySet",
    "Volger",
    "Volgmelding",
    "_voortgang_constraint",
]
