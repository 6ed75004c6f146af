"""The public side: published items only (rules: the models' ``openbaar()`` querysets)."""

from collections import defaultdict

from django.db import connection
from django.db.models import Prefetch, QuerySet, prefetch_related_objects

from almelo_programma.kern.programmas import van_programma

from ..models import Activiteit, Activiteitenlijn, Statusupdate
from .status import VOLGORDE, lijn_list, met_laatste_status


def openbare_activiteiten(*, programma=None) -> QuerySet[Activiteit]:
    """Public activities (of ``programma``) with ``laatste_status``/``laatste_voortgang``/
    ``laatste_datum`` from their latest published update. No ``trekker``: personal data stays
    internal."""
    qs = van_programma(Activiteit.objects.openbaar(), programma).select_related("lijn__doel")
    return met_laatste_status(qs, alleen_gepubliceerd=True).order_by(*VOLGORDE)


def openbare_statusupdates(*, programma=None) -> QuerySet[Statusupdate]:
    """Published updates of public activities (of ``programma``), newest first (Atom feed,
    timelines, API)."""
    return (
        van_programma(Statusupdate.objects.openbaar(), programma)
        .select_related("activiteit__lijn__doel", "besluit")
        .order_by("-rapportagedatum", "-aangemaakt_op")
    )


def openbare_updates_prefetch(
    to_attr: str = "updates_openbaar", *, laatste: int | None = None
) -> Prefetch:
    """The published updates of each activity, newest first; with ``laatste`` only that many per
    activity (one query whatever the history: Django numbers the rows per activity with a window
    function, on SQLite and PostgreSQL alike)."""
    updates = Statusupdate.objects.filter(gepubliceerd=True).order_by(
        "-rapportagedatum", "-aangemaakt_op", "-id"
    )
    if laatste is not None:
        updates = updates[:laatste]
    return Prefetch("statusupdates", queryset=updates, to_attr=to_attr)


# PostgreSQL: per activity one seek into ``statusupdate_act_openbaar_idx`` for its newest rows
_LAATSTE_LATERAL = """
SELECT u.* FROM unnest(%s::bigint[]) AS a(id)
CROSS JOIN LATERAL (
    SELECT s.* FROM activiteiten_statusupdate s
    WHERE s.activiteit_id = a.id AND s.gepubliceerd
    ORDER BY s.rapportagedatum DESC, s.aangemaakt_op DESC, s.id DESC
    LIMIT %s
) u
ORDER BY u.activiteit_id, u.rapportagedatum DESC, u.aangemaakt_op DESC, u.id DESC
"""


def laatste_openbare_updates(
    activiteiten: list[Activiteit], *, aantal: int, to_attr: str = "updates_openbaar"
) -> None:
    """Set ``to_attr`` on each activity to its ``aantal`` newest published updates, in one query
    whose cost does not grow with the history: a lateral join on PostgreSQL (a window function
    would number every update of the activities first), the sliced prefetch elsewhere."""
    if connection.vendor != "postgresql":
        prefetch_related_objects(activiteiten, openbare_updates_prefetch(to_attr, laatste=aantal))
        return
    per_activiteit = defaultdict(list)
    if activiteiten:
        ids = [act.pk for act in activiteiten]
        for update in Statusupdate.objects.raw(_LAATSTE_LATERAL, [ids, aantal]):
            per_activiteit[update.activiteit_id].append(update)
    for act in activiteiten:
        setattr(act, to_attr, per_activiteit[act.pk])


def openbare_lijnen(*, programma=None, doel=None) -> list[Activiteitenlijn]:
    """Lines (of ``programma``, or of ``doel``) with ``activiteiten_lijst`` (public activities as
    light rows, no lead) and ``samenvatting`` from the latest published updates: two queries."""
    lijnen = None if doel is None else Activiteitenlijn.objects.filter(doel=doel)
    return lijn_list(
        programma=programma, alleen_openbaar=True, alleen_gepubliceerd=True, lijnen=lijnen
    )


def openbare_lijn(slug: str, *, programma=None) -> Activiteitenlijn | None:
    """One line (of ``programma``) with its public activities and summary: two queries."""
    lijnen = lijn_list(
        programma=programma,
        alleen_openbaar=True,
        alleen_gepubliceerd=True,
        lijnen=Activiteitenlijn.objects.filter(slug=slug),
    )
    return next(iter(lijnen), None)
