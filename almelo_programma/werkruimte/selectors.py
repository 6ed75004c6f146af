"""Reads of the werkruimte: what a user sees and may update, in one programme.

Every read takes the programme (``programma``: the page's ``request.programma``, or the
programme of an import job or a reminder run) and decides with the roles the user holds IN
that programme: a programme manager of one programme is nobody in another.
"""

from dataclasses import dataclass
from types import SimpleNamespace

from django.db.models import Q, QuerySet

from activiteiten.constants import Status
from activiteiten.models import Activiteit, Rapportageperiode
from activiteiten.selectors import (
    Samenvatting,
    activiteit_list,
    met_laatste_status,
    samenvatting_activiteiten,
)
from almelo_programma.kern.programmas import van_programma
from almelo_programma.kern.rechten import BESTUURDER, LIJNTREKKER, PROGRAMMAMANAGER, heeft_rol
from woondeals.models import Deelspoor, DeelspoorUpdate

AFGESLOTEN = (Status.AFGEROND, Status.GESTOPT)


def ziet_alles(user, programma) -> bool:
    """Programme managers and bestuurders (of ``programma``) see every item; lijntrekkers their
    own."""
    return heeft_rol(user, PROGRAMMAMANAGER, BESTUURDER, programma=programma)


def _van_gebruiker(qs: QuerySet, user, programma, *, alles: bool, lijntrekker: str) -> QuerySet:
    """The items of ``qs`` in ``programma``: all when ``alles``; for a lijntrekker (of that
    programme) the items they lead or whose line they lead (``lijntrekker``: the path to the
    line's lead); nothing for anybody else."""
    qs = van_programma(qs, programma)
    if alles:
        return qs
    if heeft_rol(user, LIJNTREKKER, programma=programma):
        return qs.filter(Q(trekker=user) | Q(**{lijntrekker: user}))
    return qs.none()


def werk_activiteiten(user, *, programma) -> QuerySet[Activiteit]:
    """Activities of ``programma`` in the user's werkruimte, annotated with their latest
    status: one query."""
    qs = activiteit_list().select_related("lijn__trekker", "lijn__doel")
    return _van_gebruiker(
        qs, user, programma, alles=ziet_alles(user, programma), lijntrekker="lijn__trekker"
    )


def werk_deelsporen(user, *, programma) -> QuerySet[Deelspoor]:
    """Woondeal sub-tracks of ``programma`` in the user's werkruimte, with their latest status:
    one query."""
    return _van_gebruiker(
        werk_deelsporen_alle(),
        user,
        programma,
        alles=ziet_alles(user, programma),
        lijntrekker="woondeal__lijn__trekker",
    )


def bewerkbare_activiteiten(user, *, programma) -> QuerySet[Activiteit]:
    """Activities of ``programma`` the user may edit (for the Excel sheet): the rule of
    ``activiteiten.rechten.mag_activiteit_bewerken`` as a query."""
    qs = activiteit_list().select_related("lijn__trekker", "lijn__doel")
    alles = heeft_rol(user, PROGRAMMAMANAGER, programma=programma)
    return _van_gebruiker(qs, user, programma, alles=alles, lijntrekker="lijn__trekker")


def bewerkbare_deelsporen(user, *, programma) -> QuerySet[Deelspoor]:
    """Woondeal sub-tracks of ``programma`` the user may edit (for the Excel sheet): the rule
    of woondeals.rechten.mag_deelspoor_bewerken as a query."""
    alles = heeft_rol(user, PROGRAMMAMANAGER, programma=programma)
    return _van_gebruiker(
        werk_deelsporen_alle(), user, programma, alles=alles, lijntrekker="woondeal__lijn__trekker"
    )


def open_activiteiten_aantal(
    user, selectie: QuerySet, periode: Rapportageperiode | None, *, programma
) -> int:
    """How many activities of ``selectie`` (annotated) ``user`` may edit and has not updated in
    ``periode`` yet: the list's "still to update" count, over every page. One query."""
    qs = _van_gebruiker(
        selectie,
        user,
        programma,
        alles=heeft_rol(user, PROGRAMMAMANAGER, programma=programma),
        lijntrekker="lijn__trekker",
    )
    if periode is not None:
        qs = qs.filter(Q(laatste_datum__isnull=True) | Q(laatste_datum__lt=periode.startdatum))
    return qs.count()


def samenvatting_van_selectie(selectie: QuerySet) -> tuple[Samenvatting, int]:
    """The roll-up of every activity in ``selectie`` (annotated), not only the page shown, and
    how many there are, and whether any of it is demo data: one query of five values a row."""
    rijen = [
        SimpleNamespace(
            laatste_status=status,
            laatste_voortgang=voortgang,
            gewicht=gewicht,
            is_demo=is_demo,
            laatste_is_demo=laatste_is_demo,
        )
        for status, voortgang, gewicht, is_demo, laatste_is_demo in selectie.order_by().values_list(
            "laatste_status", "laatste_voortgang", "gewicht", "is_demo", "laatste_is_demo"
        )
    ]
    return samenvatting_activiteiten(rijen), len(rijen)


def zonder_update(qs: QuerySet, periode: Rapportageperiode) -> QuerySet:
    """Annotated items with no update on or after the period's start (and still running)."""
    # NULL-safe: an item without any update has no status and must stay in
    return qs.filter(
        Q(laatste_datum__isnull=True) | Q(laatste_datum__lt=periode.startdatum),
        Q(laatste_status__isnull=True) | ~Q(laatste_status__in=AFGESLOTEN),
    )


@dataclass
class OpenItems:
    gebruiker_id: int
    activiteiten: list
    deelsporen: list

    @property
    def aantal(self) -> int:
        return len(self.activiteiten) + len(self.deelsporen)


def open_items_per_trekker(periode: Rapportageperiode, *, programma) -> dict[int, OpenItems]:
    """Per responsible lead: the period-year activities and the sub-tracks of ``programma``
    lacking an update.

    The responsible lead is the item's own lead, else its line's lead. Two queries.
    """
    per: dict[int, OpenItems] = {}

    def voeg_toe(user_id, soort, item):
        if user_id is None:
            return
        per.setdefault(user_id, OpenItems(user_id, [], []))
        getattr(per[user_id], soort).append(item)

    for act in zonder_update(
        activiteit_list(programma=programma)
        .select_related("lijn__trekker")
        .filter(jaar=periode.jaar),
        periode,
    ):
        voeg_toe(act.trekker_id or act.lijn.trekker_id, "activiteiten", act)
    for spoor in zonder_update(van_programma(werk_deelsporen_alle(), programma), periode):
        lijn = spoor.woondeal.lijn
        voeg_toe(spoor.trekker_id or (lijn.trekker_id if lijn else None), "deelsporen", spoor)
    return per


def werk_deelsporen_alle() -> QuerySet[Deelspoor]:
    return met_laatste_status(
        Deelspoor.objects.select_related("woondeal__lijn__doel", "trekker"),
        model=DeelspoorUpdate,
        fk="deelspoor",
    ).order_by("woondeal__regio", "woondeal__gemeente", "nummer")
