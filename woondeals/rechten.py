"""Who may read and edit the housing pipeline in the werkruimte.

- read: internal users (programme managers, line leads, aldermen);
- edit: programme managers and the lead (trekker) of the woondeal's line (A4);
- partners and anonymous visitors: refused (anonymous visitors are sent to the login page).
"""

from functools import wraps

from django.contrib.auth.views import redirect_to_login
from django.core.exceptions import PermissionDenied

from almelo_programma.roles import LIJNTREKKER, PROGRAMMAMANAGER, heeft_rol, is_intern

from .models import Woondeal


def mag_lezen(user) -> bool:
    return is_intern(user)


def mag_bewerken(user) -> bool:
    if heeft_rol(user, PROGRAMMAMANAGER):
        return True
    if not heeft_rol(user, LIJNTREKKER):
        return False
    if not hasattr(user, "_woondeal_trekker"):
        user._woondeal_trekker = Woondeal.objects.filter(lijn__trekker=user).exists()
    return user._woondeal_trekker


def _vereist(toets):
    def decorator(view):
        @wraps(view)
        def wrapper(request, *args, **kwargs):
            if not request.user.is_authenticated:
                return redirect_to_login(request.get_full_path())
            if not toets(request.user):
                raise PermissionDenied("Je hebt geen toegang tot dit deel van de werkruimte.")
            return view(request, *args, **kwargs)

        return wrapper

    return decorator


lezer_vereist = _vereist(mag_lezen)
bewerker_vereist = _vereist(mag_bewerken)
