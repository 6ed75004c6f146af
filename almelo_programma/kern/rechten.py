"""The portal's roles and the one access decorator of every internal page.

Groups are created by a migration; their model permissions are synced after every ``migrate`` so
that new models are covered without another data migration. Rules about one object ("may this
user edit this activity?") live with the app that owns the object, in ``<app>/rechten.py``.

- programmamanager: edits everything (and uses /admin/), but deletes no programme data: only a
  superuser may, and then only rows nothing hangs from (``on_delete=PROTECT``).
- lijntrekker: edits the lines, activities and woondeal sub-tracks they lead (checked per object
  in the werkruimte); reads everything internal.
- bestuurder: reads everything internal, edits nothing.
- partner: reads the public side only.
"""

from collections.abc import Callable
from functools import wraps

from django.contrib.auth.models import Group
from django.contrib.auth.views import redirect_to_login
from django.core.exceptions import PermissionDenied
from django.views.decorators.cache import never_cache

PROGRAMMAMANAGER = "programmamanager"
LIJNTREKKER = "lijntrekker"
BESTUURDER = "bestuurder"
PARTNER = "partner"
ROLLEN = (PROGRAMMAMANAGER, LIJNTREKKER, BESTUURDER, PARTNER)

DOMEIN_APPS = ("doelen", "activiteiten", "woondeals", "netwerk", "evaluatie", "besluiten")
# Security records a programme manager keeps in the admin: unlock a locked-out login (delete the
# access attempt) and see or revoke API tokens. (app label, codename)
BEHEER_PERMISSIES = (
    ("axes", "view_accessattempt"),
    ("axes", "delete_accessattempt"),
    ("axes", "view_accesslog"),
    ("axes", "view_accessfailurelog"),
    ("werkruimte", "view_apitoken"),
    ("werkruimte", "delete_apitoken"),
    # roles per programme are given and taken back, not programme data
    ("doelen", "delete_programmarol"),
)


def heeft_rol(user, *rollen, programma=None) -> bool:
    """True when ``user`` is a superuser or holds one of ``rollen``.

    Roles are given per programme (``doelen.Programmarol``). In ``programma`` (by default the
    programme of the page being served, which ``ProgrammaMiddleware`` puts on the user as
    ``_rol_programma``) only the roles held in that programme count; elsewhere (the network,
    the partner pages, the admin) a role in any programme counts, as the role groups say.
    The answer is cached on the user object: calling this repeatedly costs one query.
    """
    if not user.is_authenticated:
        return False
    if user.is_superuser:
        return True
    if programma is None:
        programma = getattr(user, "_rol_programma", None)
    if programma:  # (a lazy programme is false when the portal has none)
        cache = getattr(user, "_rol_namen_per_programma", None)
        if cache is None:
            cache = user._rol_namen_per_programma = {}
        if programma.pk not in cache:
            cache[programma.pk] = set(
                user.programmarollen.filter(programma_id=programma.pk).values_list("rol", flat=True)
            )
        namen = cache[programma.pk]
    else:
        if not hasattr(user, "_rol_namen"):
            user._rol_namen = set(user.groups.values_list("name", flat=True))
        namen = user._rol_namen
    return bool(namen.intersection(rollen))


def rollen_groepen_bijwerken(user) -> None:
    """Make the user's role groups follow their roles in programmes (a group for each role held
    in at least one programme): the groups carry the admin's model permissions."""
    rol_groepen = Group.objects.filter(name__in=ROLLEN)
    gehouden = set(user.programmarollen.values_list("rol", flat=True))
    user.groups.remove(*[g for g in rol_groepen if g.name not in gehouden])
    user.groups.add(*[g for g in rol_groepen if g.name in gehouden])
    for attribuut in ("_rol_namen", "_rol_namen_per_programma"):
        if hasattr(user, attribuut):
            delattr(user, attribuut)


def is_intern(user) -> bool:
    """Internal readers: everybody with a role except partners."""
    return heeft_rol(user, PROGRAMMAMANAGER, LIJNTREKKER, BESTUURDER)


def sync_role_permissions(sender=None, using="default", **kwargs):
    from django.contrib.auth.models import Permission
    from django.db.models import Q

    perms = Permission.objects.using(using).filter(content_type__app_label__in=DOMEIN_APPS)
    view_perms = perms.filter(codename__startswith="view_")
    beheer = Q()
    for app_label, codename in BEHEER_PERMISSIES:
        beheer |= Q(content_type__app_label=app_label, codename=codename)
    manager_perms = Permission.objects.using(using).filter(
        Q(content_type__app_label__in=DOMEIN_APPS) | beheer
    )
    for naam in ROLLEN:
        Group.objects.using(using).get_or_create(name=naam)
    # Programme data is never hard-deleted by a role: no delete_* permission on it for anyone but
    # a superuser (whose deletes are refused while children exist, and can be undone from
    # history); the security records (BEHEER_PERMISSIES) keep their delete (unlock, revoke).
    Group.objects.using(using).get(name=PROGRAMMAMANAGER).permissions.set(
        manager_perms.exclude(
            Q(content_type__app_label__in=DOMEIN_APPS) & Q(codename__startswith="delete_") & ~beheer
        )
    )
    for naam in (LIJNTREKKER, BESTUURDER):
        Group.objects.using(using).get(name=naam).permissions.set(view_perms)


GEEN_TOEGANG = "U heeft geen toegang tot deze pagina."


def toegang_vereist(toets: Callable = is_intern):
    """The access decorator of every internal page.

    Anonymous visitors go to the login page; a signed-in user for whom ``toets(user)`` is false
    gets 403 with one Dutch message. Every internal page is ``never_cache``: it shows data that
    a shared cache or the browser's back button must not keep. ``toets`` defaults to "internal
    user" (programme managers, line leads, aldermen); apps pass their own rule, e.g.
    ``toegang_vereist(mag_netwerk_bewerken)``.
    """

    def decorator(view):
        @wraps(view)
        def wrapper(request, *args, **kwargs):
            if not request.user.is_authenticated:
                return redirect_to_login(request.get_full_path())
            if not toets(request.user):
                raise PermissionDenied(GEEN_TOEGANG)
            return view(request, *args, **kwargs)

        return never_cache(wrapper)

    return decorator


intern_vereist = toegang_vereist()
