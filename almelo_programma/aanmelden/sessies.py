"""Session lifetimes of signed-in users: an idle timeout and an absolute lifetime.

A session records when its user signed in and (to the minute) when they were last active. A
request after ``SESSIE_INACTIEF_MINUTEN`` without activity, or ``SESSIE_MAXIMAAL_UUR`` after
signing in, logs the user out and sends them to the login page with a Dutch message. The "last
active" stamp is written at most once a minute, so an ordinary request adds no database write.
"""

import time

from django.conf import settings

AANGEMELD_OM = "aanmelden_aangemeld_om"
LAATST_ACTIEF = "aanmelden_laatst_actief"
# "last active" is rewritten only when it is older than this, so most requests write nothing
SCHRIJF_INTERVAL = 60

VERLOPEN_INACTIEF = "U bent uitgelogd omdat u {minuten} minuten niets heeft gedaan. Log opnieuw in."
VERLOPEN_MAXIMAAL = "U bent uitgelogd omdat u al {uren} uur was ingelogd. Log opnieuw in."


def sessie_beginnen(sender, request, user, **kwargs):
    """On every login: start the clocks."""
    if request is None or not hasattr(request, "session"):
        return
    nu = int(time.time())
    request.session[AANGEMELD_OM] = nu
    request.session[LAATST_ACTIEF] = nu


def sessie_verlopen(session, nu: float | None = None) -> str | None:
    """The Dutch reason why this signed-in session has ended, or None while it is still valid.

    A session without the stamps (signed in before these limits existed) gets them now.
    """
    nu = int(time.time() if nu is None else nu)
    aangemeld = session.get(AANGEMELD_OM)
    laatst = session.get(LAATST_ACTIEF)
    if aangemeld is None or laatst is None:
        session.setdefault(AANGEMELD_OM, nu)
        session[LAATST_ACTIEF] = nu
        return None
    if nu - aangemeld >= settings.SESSIE_MAXIMAAL_UUR * 3600:
        return VERLOPEN_MAXIMAAL.format(uren=settings.SESSIE_MAXIMAAL_UUR)
    if nu - laatst >= settings.SESSIE_INACTIEF_MINUTEN * 60:
        return VERLOPEN_INACTIEF.format(minuten=settings.SESSIE_INACTIEF_MINUTEN)
    if nu - laatst >= SCHRIJF_INTERVAL:
        session[LAATST_ACTIEF] = nu
    return None
