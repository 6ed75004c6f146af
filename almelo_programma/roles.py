"""The portal's roles. Groups are created by a migration; their model permissions are synced
after every ``migrate`` so that new models are covered without another data migration.

- programmamanager: edits everything (and uses /admin/).
- lijntrekker: edits the lines, activities and woondeal sub-tracks they lead (checked per object
  in the werkruimte); reads everything internal.
- bestuurder: reads everything internal, edits nothing.
- partner: reads the public side only.
"""

from django.contrib.auth.models import Group

PROGRAMMAMANAGER = "programmamanager"
LIJNTREKKER = "lijntrekker"
BESTUURDER = "bestuurder"
PARTNER = "partner"
ROLLEN = (PROGRAMMAMANAGER, LIJNTREKKER, BESTUURDER, PARTNER)

DOMEIN_APPS = ("doelen", "activiteiten", "woondeals", "netwerk")


def heeft_rol(user, *rollen) -> bool:
    """True when ``user`` is a superuser or a member of one of ``rollen``.

    Group names are cached on the user object, so calling this repeatedly costs one query.
    """
    if not user.is_authenticated:
        return False
    if user.is_superuser:
        return True
    if not hasattr(user, "_rol_namen"):
        user._rol_namen = set(user.groups.values_list("name", flat=True))
    return bool(user._rol_namen.intersection(rollen))


def is_intern(user) -> bool:
    """Internal readers: everybody with a role except partners."""
    return heeft_rol(user, PROGRAMMAMANAGER, LIJNTREKKER, BESTUURDER)


def sync_role_permissions(sender=None, using="default", **kwargs):
    from django.contrib.auth.models import Permission

    perms = Permission.objects.using(using).filter(content_type__app_label__in=DOMEIN_APPS)
    view_perms = perms.filter(codename__startswith="view_")
    for naam in ROLLEN:
        Group.objects.using(using).get_or_create(name=naam)
    Group.objects.using(using).get(name=PROGRAMMAMANAGER).permissions.set(perms)
    for naam in (LIJNTREKKER, BESTUURDER):
        Group.objects.using(using).get(name=naam).permissions.set(view_perms)


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


def mag_deelspoor_bewerken(user, deelspoor) -> bool:
    """Programme managers, the sub-track's lead, and the lead of the woondeal's line (A4)."""
    if heeft_rol(user, PROGRAMMAMANAGER):
        return True
    if not heeft_rol(user, LIJNTREKKER):
        return False
    lijn_trekker = deelspoor.woondeal.lijn.trekker_id if deelspoor.woondeal.lijn_id else None
    return user.pk in (deelspoor.trekker_id, lijn_trekker)
