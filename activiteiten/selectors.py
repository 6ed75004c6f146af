"""Reads shared by the werkruimte, the dashboard, the public page and the API.

Progress roll-up rule (documented in the README):

* An activity's progress and status are those of its latest status update (by reporting date,
  then creation time) on or before the reference date; an activity without one counts as
  "niet gestart" with 0% progress.
* A line's progress is the average of its activities' progress weighted by ``gewicht``;
  stopped activities ("gestopt") do not count. A line without counting activities has no
  progress (``None``), shown as "geen activiteiten".
* A goal's progress is the plain average of its lines' progress, over lines that have one.
* The status summary counts the activities per status (stopped ones included).
"""

import datetime
from collections import Counter
from dataclasses import dataclass, field

from django.db.models import OuterRef, Prefetch, QuerySet, Subquery
from django.urls import reverse
from django.utils import timezone

from .constants import Status
from .models import Activiteit, Activiteitenlijn, Rapportageperiode, Statusupdate


def laatste_update_subquery(
    model=Statusupdate,
    fk: str = "activiteit",
    *,
    peildatum: datetime.date | None = None,
    alleen_gepubliceerd: bool = False,
):
    """Subquery over ``model`` (a status update model) for the latest update of OuterRef pk."""
    qs = model.objects.filter(**{fk: OuterRef("pk")})
    if peildatum is not None:
        qs = qs.filter(rapportagedatum__lte=peildatum)
    if alleen_gepubliceerd:
        qs = qs.filter(gepubliceerd=True)
    return qs.order_by("-rapportagedatum", "-aangemaakt_op")


def met_laatste_status(
    qs: QuerySet,
    model=Statusupdate,
    fk: str = "activiteit",
    *,
    peildatum: datetime.date | None = None,
    alleen_gepubliceerd: bool = False,
) -> QuerySet:
    """Annotate ``laatste_status``, ``laatste_voortgang``, ``laatste_datum``, ``laatste_uuid``.

    Works for activities and (with ``model``/``fk``) for woondeal sub-tracks: one query.
    """
    sub = laatste_update_subquery(
        model, fk, peildatum=peildatum, alleen_gepubliceerd=alleen_gepubliceerd
    )
    return qs.annotate(
        laatste_status=Subquery(sub.values("status")[:1]),
        laatste_voortgang=Subquery(sub.values("voortgang")[:1]),
        laatste_datum=Subquery(sub.values("rapportagedatum")[:1]),
    )


def activiteiten_met_status(
    *,
    peildatum: datetime.date | None = None,
    alleen_gepubliceerd: bool = False,
    alleen_openbaar: bool = False,
) -> QuerySet[Activiteit]:
    qs = Activiteit.objects.select_related("lijn__doel", "trekker")
    if alleen_openbaar:
        qs = qs.filter(openbaar=True)
    if peildatum is not None:
        qs = qs.filter(jaar__lte=peildatum.year)
    return met_laatste_status(
        qs, peildatum=peildatum, alleen_gepubliceerd=alleen_gepubliceerd
    ).order_by("lijn__code", "jaar", "titel")


@dataclass
class Samenvatting:
    """Progress and status counts of a set of activities (a line or a goal)."""

    voortgang: int | None = None
    aantallen: Counter = field(default_factory=Counter)

    @property
    def totaal(self) -> int:
        return sum(self.aantallen.values())

    def per_status(self):
        """(value, label, count) for every status, in the fixed order, including zeros."""
        return [(s.value, s.label, self.aantallen.get(s.value, 0)) for s in Status]


def status_van(activiteit) -> str:
    return getattr(activiteit, "laatste_status", None) or Status.NIET_GESTART


def voortgang_van(activiteit) -> int:
    return getattr(activiteit, "laatste_voortgang", None) or 0


def samenvatting_activiteiten(activiteiten) -> Samenvatting:
    """Roll up annotated activities (see module docstring for the rule)."""
    aantallen = Counter()
    gewogen = 0
    gewichten = 0
    for act in activiteiten:
        status = status_van(act)
        aantallen[status] += 1
        if status == Status.GESTOPT:
            continue
        gewogen += voortgang_van(act) * act.gewicht
        gewichten += act.gewicht
    voortgang = round(gewogen / gewichten) if gewichten else None
    return Samenvatting(voortgang=voortgang, aantallen=aantallen)


def samenvatting_lijnen(lijn_samenvattingen) -> Samenvatting:
    """A goal's roll-up from its lines' summaries."""
    aantallen = Counter()
    waarden = []
    for s in lijn_samenvattingen:
        aantallen.update(s.aantallen)
        if s.voortgang is not None:
            waarden.append(s.voortgang)
    voortgang = round(sum(waarden) / len(waarden)) if waarden else None
    return Samenvatting(voortgang=voortgang, aantallen=aantallen)


@dataclass
class ActiviteitRij:
    """An activity as the overviews need it (dashboard, public pages, API roll-up): plain values
    from one ``values()`` query, much cheaper than a model instance at 10× the data."""

    pk: int
    lijn_id: int
    jaar: int
    titel: str
    slug: str
    gewicht: int
    is_demo: bool
    trekker_id: int | None
    laatste_status: str | None
    laatste_voortgang: int | None
    laatste_datum: datetime.date | None
    trekker: object = None  # the user, loaded in one extra query (never for public reads)

    @property
    def id(self) -> int:
        return self.pk

    def get_absolute_url(self) -> str:
        return reverse("publiek:activiteit", kwargs={"slug": self.slug})


ACTIVITEIT_RIJ_VELDEN = ("pk", "lijn_id", "jaar", "titel", "slug", "gewicht", "is_demo")


def activiteit_rijen(
    *,
    peildatum: datetime.date | None = None,
    alleen_gepubliceerd: bool = False,
    alleen_openbaar: bool = False,
    lijnen=None,
) -> list[ActiviteitRij]:
    """The activities of ``activiteiten_met_status`` (same filters, same order) as light rows.

    ``lijnen``: optionally only the activities of these lines (a queryset or ids). One query,
    plus one for the leads (``trekker``) unless ``alleen_openbaar``: public reads carry no
    personal data, their rows have ``trekker = None`` and ``trekker_id = None``.
    """
    qs = Activiteit.objects.all()
    if alleen_openbaar:
        qs = qs.filter(openbaar=True)
    if peildatum is not None:
        qs = qs.filter(jaar__lte=peildatum.year)
    if lijnen is not None:
        qs = qs.filter(lijn__in=lijnen)
    velden = ACTIVITEIT_RIJ_VELDEN if alleen_openbaar else (*ACTIVITEIT_RIJ_VELDEN, "trekker_id")
    rijen = [
        ActiviteitRij(**{"trekker_id": None, **r})
        for r in met_laatste_status(
            qs, peildatum=peildatum, alleen_gepubliceerd=alleen_gepubliceerd
        )
        .order_by("lijn__code", "jaar", "titel")
        .values(*velden, "laatste_status", "laatste_voortgang", "laatste_datum")
    ]
    if not alleen_openbaar:
        from django.contrib.auth import get_user_model

        ids = {r.trekker_id for r in rijen if r.trekker_id}
        trekkers = {u.pk: u for u in get_user_model().objects.filter(pk__in=ids)}
        for rij in rijen:
            rij.trekker = trekkers.get(rij.trekker_id)
    return rijen


def lijnen_met_samenvatting(
    *,
    peildatum: datetime.date | None = None,
    alleen_gepubliceerd: bool = False,
    alleen_openbaar: bool = False,
    lijnen: QuerySet[Activiteitenlijn] | None = None,
) -> list[Activiteitenlijn]:
    """All lines (or those of ``lijnen``) with ``activiteiten_lijst`` (``ActiviteitRij``
    items, see ``activiteit_rijen``) and ``samenvatting`` attached: three queries (two for
    public reads, which load no leads). Serves the dashboard, the public pages and the API."""
    lijnen_qs = Activiteitenlijn.objects.all() if lijnen is None else lijnen
    lijnen_qs = lijnen_qs.select_related("doel").order_by("code")
    if not alleen_openbaar:
        lijnen_qs = lijnen_qs.select_related("trekker")
    gekozen = list(lijnen_qs)
    per_lijn: dict[int, list] = {lijn.pk: [] for lijn in gekozen}
    for rij in activiteit_rijen(
        peildatum=peildatum,
        alleen_gepubliceerd=alleen_gepubliceerd,
        alleen_openbaar=alleen_openbaar,
        lijnen=None if lijnen is None else list(per_lijn),
    ):
        per_lijn[rij.lijn_id].append(rij)
    for lijn in gekozen:
        lijn.activiteiten_lijst = per_lijn[lijn.pk]
        lijn.samenvatting = samenvatting_activiteiten(lijn.activiteiten_lijst)
    return gekozen


# --- werkruimte: reporting period, audit history -------------------------------------------------


def te_rapporteren_periode(vandaag: datetime.date | None = None) -> Rapportageperiode | None:
    """The period a lead reports on today: the earliest one that has started and whose deadline
    has not passed (so in early May the jan–apr tertial is still open until its deadline).
    Outside all periods: the latest one that started (or ``None``)."""
    vandaag = vandaag or timezone.localdate()
    periode = (
        Rapportageperiode.objects.filter(startdatum__lte=vandaag, deadline__gte=vandaag)
        .order_by("startdatum")
        .first()
    )
    if periode is None:
        periode = (
            Rapportageperiode.objects.filter(startdatum__lte=vandaag)
            .order_by("-startdatum")
            .first()
        )
    return periode


def is_bijgewerkt(item, periode: Rapportageperiode | None) -> bool:
    """An item (annotated with ``laatste_datum``) counts as updated for the period when its
    latest update's reporting date falls on or after the period's start."""
    datum = getattr(item, "laatste_datum", None)
    return bool(periode and datum and datum >= periode.startdatum)


@dataclass
class Wijziging:
    veld: str
    oud: str
    nieuw: str


@dataclass
class Historieregel:
    wie: str
    wanneer: datetime.datetime
    soort: str
    wijzigingen: list[Wijziging] = field(default_factory=list)


def _waarde(veld, waarde, gebruikers: dict) -> str:
    if waarde in (None, ""):
        return "—"
    if veld.is_relation:
        return gebruikers.get(waarde, f"#{waarde}") if veld.name == "trekker" else f"#{waarde}"
    if isinstance(waarde, datetime.date):
        return waarde.strftime("%d-%m-%Y")
    if isinstance(waarde, bool):
        return "ja" if waarde else "nee"
    return str(waarde)


SOORT_HISTORIE = {"+": "aangemaakt", "~": "gewijzigd", "-": "verwijderd"}


def historie(obj, *, na_history_id: int | None = None) -> list[Historieregel]:
    """The audit history of ``obj`` (simple-history), newest first: who, when, old → new.

    ``na_history_id`` limits it to the changes after that history record (used to show what
    changed while somebody was editing). Two queries: the records and the users they name.
    """
    from django.contrib.auth import get_user_model

    records = obj.history.select_related("history_user").order_by("history_id")
    if na_history_id is not None:
        vorige_records = list(
            obj.history.filter(history_id__lte=na_history_id).order_by("-history_id")[:1]
        )
        records = records.filter(history_id__gt=na_history_id)
    else:
        vorige_records = []
    records = list(records)
    trekker_ids = set()
    for r in vorige_records + records:
        if getattr(r, "trekker_id", None):
            trekker_ids.add(r.trekker_id)
    gebruikers = {
        u.pk: (u.get_full_name() or u.get_username())
        for u in get_user_model().objects.filter(pk__in=trekker_ids)
    }
    velden = {f.attname: f for f in obj._meta.fields if f.name != "versie"}
    regels = []
    vorige = vorige_records[0] if vorige_records else None
    for r in records:
        wie = (
            (r.history_user.get_full_name() or r.history_user.get_username())
            if r.history_user
            else "onbekend (systeem)"
        )
        regel = Historieregel(
            wie=wie,
            wanneer=r.history_date,
            soort=SOORT_HISTORIE.get(r.history_type, r.history_type),
        )
        if vorige is not None and r.history_type == "~":
            for attname, veld in velden.items():
                oud, nieuw = getattr(vorige, attname, None), getattr(r, attname, None)
                if oud != nieuw:
                    regel.wijzigingen.append(
                        Wijziging(
                            veld=str(veld.verbose_name),
                            oud=_waarde(veld, oud, gebruikers),
                            nieuw=_waarde(veld, nieuw, gebruikers),
                        )
                    )
        regels.append(regel)
        vorige = r
    regels.reverse()
    return regels


def laatste_history_id(obj) -> int | None:
    return obj.history.order_by("-history_id").values_list("history_id", flat=True).first()


# --- public side: published items only (rules: the models' ``openbaar()`` querysets) -------


def openbare_activiteiten() -> QuerySet[Activiteit]:
    """Public activities with ``laatste_status``/``laatste_voortgang``/``laatste_datum`` from
    their latest published update. No ``trekker``: personal data stays internal."""
    qs = Activiteit.objects.openbaar().select_related("lijn__doel")
    return met_laatste_status(qs, alleen_gepubliceerd=True).order_by("lijn__code", "jaar", "titel")


def openbare_statusupdates() -> QuerySet[Statusupdate]:
    """Published updates of public activities, newest first (Atom feed, timelines, API)."""
    return (
        Statusupdate.objects.openbaar()
        .select_related("activiteit__lijn__doel")
        .order_by("-rapportagedatum", "-aangemaakt_op")
    )


def openbare_updates_prefetch(to_attr: str = "updates_openbaar") -> Prefetch:
    return Prefetch(
        "statusupdates",
        queryset=Statusupdate.objects.filter(gepubliceerd=True).order_by(
            "-rapportagedatum", "-aangemaakt_op"
        ),
        to_attr=to_attr,
    )


def openbare_lijnen(*, doel=None) -> list[Activiteitenlijn]:
    """Lines with ``activiteiten_lijst`` (public activities as light rows, no lead) and
    ``samenvatting`` from the latest published updates: two queries."""
    lijnen = None if doel is None else Activiteitenlijn.objects.filter(doel=doel)
    return lijnen_met_samenvatting(alleen_openbaar=True, alleen_gepubliceerd=True, lijnen=lijnen)


def openbare_lijn(slug: str) -> Activiteitenlijn | None:
    """One line with its public activities and summary: two queries."""
    lijnen = lijnen_met_samenvatting(
        alleen_openbaar=True,
        alleen_gepubliceerd=True,
        lijnen=Activiteitenlijn.objects.filter(slug=slug),
    )
    return next(iter(lijnen), None)
