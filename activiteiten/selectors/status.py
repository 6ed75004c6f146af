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
* A summary is demo (``is_demo``) when any activity it counts is demo or has a demo latest
  update: a figure derived from a demo row carries the demo mark everywhere it is shown.

Which activities count: ``activiteit_list`` (model instances, for pages that show them) and
``activiteit_rijen`` (light rows, for overviews) filter alike, through ``_activiteiten``.
"""

import datetime
from collections import Counter
from dataclasses import dataclass, field

from django.contrib.auth import get_user_model
from django.db.models import Case, Count, F, OuterRef, Q, QuerySet, Subquery, Sum, When
from django.db.models.functions import Coalesce
from django.urls import reverse

from almelo_programma.kern.programmas import van_programma

from ..constants import Status
from ..models import (
    AFGELEID_UIT_UPDATE,
    LAATSTE_EERST,
    Activiteit,
    Activiteitenlijn,
    Statusupdate,
)

VOLGORDE = ("lijn__code", "jaar", "titel")


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
    return qs.order_by(*LAATSTE_EERST)


def met_laatste_status(
    qs: QuerySet,
    model=Statusupdate,
    fk: str = "activiteit",
    *,
    peildatum: datetime.date | None = None,
    alleen_gepubliceerd: bool = False,
) -> QuerySet:
    """Annotate ``laatste_status``, ``laatste_voortgang``, ``laatste_datum``,
    ``laatste_is_demo``.

    Works for activities and (with ``model``/``fk``) for woondeal sub-tracks: one query.
    Activities read what they store of their latest update (``_met_opgeslagen_laatste``).
    """
    if model is Statusupdate:
        return _met_opgeslagen_laatste(
            qs, peildatum=peildatum, alleen_gepubliceerd=alleen_gepubliceerd
        )
    sub = laatste_update_subquery(
        model, fk, peildatum=peildatum, alleen_gepubliceerd=alleen_gepubliceerd
    )
    return qs.annotate(
        laatste_status=Subquery(sub.values("status")[:1]),
        laatste_voortgang=Subquery(sub.values("voortgang")[:1]),
        laatste_datum=Subquery(sub.values("rapportagedatum")[:1]),
        laatste_is_demo=Subquery(sub.values("is_demo")[:1]),
    )


def _met_opgeslagen_laatste(
    qs: QuerySet[Activiteit], *, peildatum: datetime.date | None, alleen_gepubliceerd: bool
) -> QuerySet[Activiteit]:
    """``met_laatste_status`` for activities, from what they store of their latest (published)
    update (``laatste_update_*``, ``laatste_openbare_*``): no other table is read, whatever the
    length of the history. With a ``peildatum`` the stored update is the answer when it is dated
    on or before it (today, for almost every activity); only for the others (time travel, an
    update dated in the future) the database looks the latest one up by a subquery, which SQL's
    ``CASE`` evaluates for those rows alone."""
    prefix = "laatste_openbare_" if alleen_gepubliceerd else "laatste_update_"
    sub = laatste_update_subquery(peildatum=peildatum, alleen_gepubliceerd=alleen_gepubliceerd)
    annotaties = {}
    for suffix, kolom in AFGELEID_UIT_UPDATE.items():
        opgeslagen = F(f"{prefix}{suffix}")
        if peildatum is None:
            annotaties[f"laatste_{suffix}"] = opgeslagen
            continue
        annotaties[f"laatste_{suffix}"] = Case(
            When(Q(**{f"{prefix}datum__isnull": True}), then=None),  # no update at all
            When(Q(**{f"{prefix}datum__lte": peildatum}), then=opgeslagen),
            default=Subquery(sub.values(kolom)[:1]),
            output_field=Statusupdate._meta.get_field(kolom),
        )
    return qs.annotate(**annotaties)


def _activiteiten(
    qs: QuerySet[Activiteit],
    *,
    peildatum: datetime.date | None,
    alleen_gepubliceerd: bool,
    alleen_openbaar: bool,
) -> QuerySet[Activiteit]:
    """The activities that count as of ``peildatum`` (none of a later year), with their latest
    status, in the overviews' order."""
    if alleen_openbaar:
        qs = qs.openbaar()
    if peildatum is not None:
        qs = qs.filter(jaar__lte=peildatum.year)
    return met_laatste_status(
        qs, peildatum=peildatum, alleen_gepubliceerd=alleen_gepubliceerd
    ).order_by(*VOLGORDE)


def activiteit_list(
    *,
    programma=None,
    peildatum: datetime.date | None = None,
    alleen_gepubliceerd: bool = False,
    alleen_openbaar: bool = False,
) -> QuerySet[Activiteit]:
    """Activities (of ``programma``; ``None``: of every programme) with their line, goal and
    lead, annotated by ``met_laatste_status``."""
    return _activiteiten(
        van_programma(Activiteit.objects.select_related("lijn__doel", "trekker"), programma),
        peildatum=peildatum,
        alleen_gepubliceerd=alleen_gepubliceerd,
        alleen_openbaar=alleen_openbaar,
    )


@dataclass
class Samenvatting:
    """Progress and status counts of a set of activities (a line or a goal)."""

    voortgang: int | None = None
    aantallen: Counter = field(default_factory=Counter)
    is_demo: bool = False

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


def is_demo_afgeleid(activiteit) -> bool:
    """Whether an (annotated) activity's status and progress come from demo data."""
    return bool(
        getattr(activiteit, "is_demo", False) or getattr(activiteit, "laatste_is_demo", False)
    )


def samenvatting_activiteiten(activiteiten) -> Samenvatting:
    """Roll up annotated activities (see module docstring for the rule)."""
    aantallen = Counter()
    gewogen = 0
    gewichten = 0
    is_demo = False
    for act in activiteiten:
        is_demo = is_demo or is_demo_afgeleid(act)
        status = status_van(act)
        aantallen[status] += 1
        if status == Status.GESTOPT:
            continue
        gewogen += voortgang_van(act) * act.gewicht
        gewichten += act.gewicht
    voortgang = round(gewogen / gewichten) if gewichten else None
    return Samenvatting(voortgang=voortgang, aantallen=aantallen, is_demo=is_demo)


def samenvatting_lijnen(lijn_samenvattingen) -> Samenvatting:
    """A goal's roll-up from its lines' summaries."""
    lijn_samenvattingen = list(lijn_samenvattingen)  # may be a generator: read twice below
    aantallen = Counter()
    waarden = []
    for s in lijn_samenvattingen:
        aantallen.update(s.aantallen)
        if s.voortgang is not None:
            waarden.append(s.voortgang)
    voortgang = round(sum(waarden) / len(waarden)) if waarden else None
    is_demo = any(s.is_demo for s in lijn_samenvattingen)
    return Samenvatting(voortgang=voortgang, aantallen=aantallen, is_demo=is_demo)


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
    laatste_is_demo: bool | None = None
    trekker: object = None  # the user, loaded in one extra query (never for public reads)

    @property
    def id(self) -> int:
        return self.pk

    def get_absolute_url(self) -> str:
        return reverse("publiek:activiteit", kwargs={"slug": self.slug})


ACTIVITEIT_RIJ_VELDEN = ("pk", "lijn_id", "jaar", "titel", "slug", "gewicht", "is_demo")


def activiteit_rijen(
    *,
    programma=None,
    peildatum: datetime.date | None = None,
    alleen_gepubliceerd: bool = False,
    alleen_openbaar: bool = False,
    lijnen=None,
) -> list[ActiviteitRij]:
    """The activities of ``activiteit_list`` (same filters, same order) as light rows.

    ``lijnen``: optionally only the activities of these lines (a queryset or ids). One query,
    plus one for the leads (``trekker``) unless ``alleen_openbaar``: public reads carry no
    personal data, their rows have ``trekker = None`` and ``trekker_id = None``.
    """
    qs = van_programma(Activiteit.objects.all(), programma)
    if lijnen is not None:
        qs = qs.filter(lijn__in=lijnen)
    velden = ACTIVITEIT_RIJ_VELDEN if alleen_openbaar else (*ACTIVITEIT_RIJ_VELDEN, "trekker_id")
    rijen = [
        ActiviteitRij(**{"trekker_id": None, **r})
        for r in _activiteiten(
            qs,
            peildatum=peildatum,
            alleen_gepubliceerd=alleen_gepubliceerd,
            alleen_openbaar=alleen_openbaar,
        ).values(*velden, "laatste_status", "laatste_voortgang", "laatste_datum", "laatste_is_demo")
    ]
    if not alleen_openbaar:
        ids = {r.trekker_id for r in rijen if r.trekker_id}
        trekkers = {u.pk: u for u in get_user_model().objects.filter(pk__in=ids)}
        for rij in rijen:
            rij.trekker = trekkers.get(rij.trekker_id)
    return rijen


def lijnen_samenvatten(
    lijnen: list[Activiteitenlijn],
    *,
    peildatum: datetime.date | None = None,
    alleen_gepubliceerd: bool = False,
    alleen_openbaar: bool = False,
    alle: bool = False,
) -> list[Activiteitenlijn]:
    """Attach ``activiteiten_lijst`` (``ActiviteitRij`` items, see ``activiteit_rijen``) and
    ``samenvatting`` to loaded ``lijnen``: one query, plus one for the leads unless
    ``alleen_openbaar``. ``alle``: ``lijnen`` are all lines (the query then needs no filter)."""
    per_lijn: dict[int, list] = {lijn.pk: [] for lijn in lijnen}
    for rij in activiteit_rijen(
        peildatum=peildatum,
        alleen_gepubliceerd=alleen_gepubliceerd,
        alleen_openbaar=alleen_openbaar,
        lijnen=None if alle else list(per_lijn),
    ):
        per_lijn[rij.lijn_id].append(rij)
    for lijn in lijnen:
        lijn.activiteiten_lijst = per_lijn[lijn.pk]
        lijn.samenvatting = samenvatting_activiteiten(lijn.activiteiten_lijst)
    return lijnen


def samenvattingen_per_lijn(
    *,
    programma=None,
    peildatum: datetime.date | None = None,
    alleen_gepubliceerd: bool = False,
    alleen_openbaar: bool = False,
    lijnen=None,
) -> dict[int, Samenvatting]:
    """The ``Samenvatting`` of each line (by pk) over the activities of ``activiteit_rijen``
    (same filters), computed by the database: one ``GROUP BY`` query of a few rows per line,
    whatever the number of activities. The same rule as ``samenvatting_activiteiten``: counts
    per status (no update: niet gestart), progress weighted by ``gewicht`` without stopped
    activities, demo when any counted activity or its latest update is demo."""
    qs = van_programma(Activiteit.objects.all(), programma)
    if lijnen is not None:
        qs = qs.filter(lijn__in=lijnen)
    qs = _activiteiten(
        qs,
        peildatum=peildatum,
        alleen_gepubliceerd=alleen_gepubliceerd,
        alleen_openbaar=alleen_openbaar,
    )
    demo = Q(is_demo=True) | Q(laatste_is_demo=True)
    groepen = (
        qs.order_by()
        .values("lijn_id", "laatste_status")
        .annotate(
            aantal=Count("pk"),
            gewogen=Sum(Coalesce(F("laatste_voortgang"), 0) * F("gewicht")),
            gewichten=Sum("gewicht"),
            demo=Count("pk", filter=demo),
        )
    )
    sommen: dict[int, list] = {}
    for g in groepen:
        som = sommen.setdefault(g["lijn_id"], [Counter(), 0, 0, False])
        status = g["laatste_status"] or Status.NIET_GESTART
        som[0][status] += g["aantal"]
        if status != Status.GESTOPT:
            som[1] += g["gewogen"] or 0
            som[2] += g["gewichten"] or 0
        som[3] = som[3] or bool(g["demo"])
    return {
        lijn_id: Samenvatting(
            voortgang=round(gewogen / gewichten) if gewichten else None,
            aantallen=aantallen,
            is_demo=is_demo,
        )
        for lijn_id, (aantallen, gewogen, gewichten, is_demo) in sommen.items()
    }


def lijnen_met_totalen(
    *,
    programma=None,
    peildatum: datetime.date | None = None,
    alleen_gepubliceerd: bool = False,
    alleen_openbaar: bool = False,
    lijnen: QuerySet[Activiteitenlijn] | None = None,
) -> list[Activiteitenlijn]:
    """All lines (or those of ``lijnen``) with their ``samenvatting`` (``samenvattingen_per_lijn``)
    but without their activities: two queries, whatever the number of activities. For the
    overviews that show totals (the dashboard, its goal page, the report)."""
    lijnen_qs = Activiteitenlijn.objects.all() if lijnen is None else lijnen
    lijnen_qs = van_programma(lijnen_qs, programma).select_related("doel").order_by("code")
    if not alleen_openbaar:
        lijnen_qs = lijnen_qs.select_related("trekker")
    uit = list(lijnen_qs)
    totalen = samenvattingen_per_lijn(
        peildatum=peildatum,
        alleen_gepubliceerd=alleen_gepubliceerd,
        alleen_openbaar=alleen_openbaar,
        lijnen=None if lijnen is None and programma is None else [lijn.pk for lijn in uit],
    )
    for lijn in uit:
        lijn.samenvatting = totalen.get(lijn.pk, Samenvatting())
    return uit


def lijn_list(
    *,
    programma=None,
    peildatum: datetime.date | None = None,
    alleen_gepubliceerd: bool = False,
    alleen_openbaar: bool = False,
    lijnen: QuerySet[Activiteitenlijn] | None = None,
) -> list[Activiteitenlijn]:
    """All lines (or those of ``lijnen``) with ``activiteiten_lijst`` and ``samenvatting``
    attached (``lijnen_samenvatten``): three queries (two for public reads, which load no
    leads). Serves the dashboard, the public pages and the API."""
    lijnen_qs = Activiteitenlijn.objects.all() if lijnen is None else lijnen
    lijnen_qs = van_programma(lijnen_qs, programma).select_related("doel").order_by("code")
    if not alleen_openbaar:
        lijnen_qs = lijnen_qs.select_related("trekker")
    return lijnen_samenvatten(
        list(lijnen_qs),
        peildatum=peildatum,
        alleen_gepubliceerd=alleen_gepubliceerd,
        alleen_openbaar=alleen_openbaar,
        alle=lijnen is None and programma is None,
    )
