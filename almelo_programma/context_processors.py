"""What every page's layout (``base.html``) needs: the user's roles, the programme of the page,
and the programme switcher of signed-in internal users.

A fixed number of queries: none for anonymous visitors; at most one for signed-in users (the
switcher's programmes, read only when the layout shows it).
"""

import functools

from django.utils.functional import empty

from .kern.rechten import (
    BESTUURDER,
    LIJNTREKKER,
    PARTNER,
    PROGRAMMAMANAGER,
    heeft_rol,
    is_intern,
)

INTERNE_ROLLEN = (PROGRAMMAMANAGER, LIJNTREKKER, BESTUURDER)

# The section of a programme a switcher link goes to, by the namespace of the page being shown.
ONDERDELEN = (
    ({"dashboard", "evaluatie"}, "dashboard:dashboard"),
    ({"werkruimte", "activiteiten", "woondeals", "besluiten"}, "werkruimte:lijst"),
)


def pagina_programma(request):
    """The programme of the page, when it is known without a query: the programme in the URL,
    or the current programme once the view has read ``request.programma``. ``None`` on the
    municipality's own pages (login, network, ``/programmas/``)."""
    programma = getattr(request, "programma", None)
    if programma is None:
        return None
    if getattr(request, "programma_in_url", False):
        return programma
    wrapped = getattr(programma, "_wrapped", programma)
    return None if wrapped is empty else wrapped


def _onderdeel(request) -> str:
    namespaces = set(getattr(getattr(request, "resolver_match", None), "namespaces", ()) or ())
    for gebied, viewname in ONDERDELEN:
        if namespaces & gebied:
            return viewname
    return "publiek:home"


class Programmakeuze:
    """The programmes a signed-in user works on (a role in it; a superuser: all), each with a
    link to the same section (public home, werkruimte, dashboard) of that programme. One query,
    the first time the layout asks."""

    def __init__(self, request, huidig):
        self.request = request
        self.huidig = huidig

    @functools.cached_property
    def programmas(self) -> list:
        from django.db.models import Exists, OuterRef

        from doelen.models import Programmarol
        from doelen.selectors import programma_list

        from .programmakeuze import programma_reverse

        user = self.request.user
        qs = programma_list()
        if not user.is_superuser:
            rollen = Programmarol.objects.filter(
                gebruiker=user, programma=OuterRef("pk"), rol__in=INTERNE_ROLLEN
            )
            qs = qs.filter(Exists(rollen))
        viewname = _onderdeel(self.request)
        huidig_pk = getattr(self.huidig, "pk", None)
        programmas = []
        for p in qs:
            p.keuze_url = programma_reverse(p, viewname)
            p.is_huidig = p.pk == huidig_pk
            programmas.append(p)
        return programmas

    @property
    def gekozen(self):
        """The programme of the page among the user's programmes (None: another page)."""
        return next((p for p in self.programmas if p.is_huidig), None)

    def __bool__(self) -> bool:
        return bool(self.programmas)

    def __iter__(self):
        return iter(self.programmas)


def portal(request):
    user = request.user
    context = {
        "is_intern": is_intern(user),
        "is_programmamanager": heeft_rol(user, PROGRAMMAMANAGER),
        "is_lijntrekker": heeft_rol(user, LIJNTREKKER),
        "is_bestuurder": heeft_rol(user, BESTUURDER),
        "is_partner": heeft_rol(user, PARTNER),
    }
    # after the roles: on a programme's page they have read the (lazy) programme already
    huidig = pagina_programma(request)
    context["pagina_programma"] = huidig
    context["programmakeuze"] = None
    if user.is_authenticated:
        context["programmakeuze"] = Programmakeuze(request, huidig)
    return context
