"""Writes for activities and status updates. Views, forms, the API and imports call these."""

import datetime

from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction
from django.db.models import F, OuterRef, Subquery
from django.utils import timezone

from almelo_programma.kern.programmas import controleer_schrijfbaar, programma_van, van_programma
from almelo_programma.kern.publieke_versie import versie_ophogen
from almelo_programma.kern.services import model_bijwerken
from almelo_programma.kern.slugs import unieke_slug
from almelo_programma.kern.uitgaand import taak_vastleggen, taken_vastleggen

from .constants import AANDACHT_STATUSSEN, Status
from .models import (
    AFGELEID_UIT_UPDATE,
    LAATSTE_EERST,
    Activiteit,
    Activiteitenlijn,
    Statusupdate,
    Volger,
)
from .selectors import besluiten_bij_activiteit, met_laatste_status


def rapportagedatum_valideren(datum: datetime.date, *, programma) -> None:
    """A reporting date lies within the period of ``programma`` (the programme of the item the
    update is about, e.g. 2023-01-01 … 2026-12-31); ``None``: no programme, no limit."""
    if programma and not programma.startjaar <= datum.year <= programma.eindjaar:
        raise ValidationError(
            {
                "rapportagedatum": (
                    f"De rapportagedatum moet binnen de looptijd van het programma liggen "
                    f"({programma.startjaar}–{programma.eindjaar})."
                )
            }
        )


def laatste_updates_bijwerken(activiteit_ids) -> None:
    """Store on each given activity what the overviews need of its latest status update and of
    its latest published one (``Activiteit.laatste_update_*``, ``laatste_openbare_*``), read
    from its updates.

    Every write of status updates calls this in its own transaction, after writing: creating
    one (here, the API, the Excel import), editing, publishing or deleting one (the admin), the
    demo loader. It locks the activities first (``FOR NO KEY UPDATE``, in pk order), so of two
    transactions writing updates of one activity at once the second recomputes after the first
    committed and sees its update. Two queries whatever the number of activities.
    """
    ids = sorted({int(pk) for pk in activiteit_ids if pk is not None})
    if not ids:
        return
    with transaction.atomic():
        list(
            Activiteit.objects.select_for_update(no_key=True)
            .filter(pk__in=ids)
            .order_by("pk")
            .values_list("pk", flat=True)
        )
        Activiteit.objects.filter(pk__in=ids).update(**laatste_update_waarden())


def laatste_update_waarden() -> dict:
    """The derived fields of an activity as subqueries over its status updates (for
    ``QuerySet.update``)."""
    updates = Statusupdate.objects.filter(activiteit=OuterRef("pk")).order_by(*LAATSTE_EERST)
    openbaar = updates.filter(gepubliceerd=True)
    waarden = {}
    for suffix, kolom in AFGELEID_UIT_UPDATE.items():
        waarden[f"laatste_update_{suffix}"] = Subquery(updates.values(kolom)[:1])
        waarden[f"laatste_openbare_{suffix}"] = Subquery(openbaar.values(kolom)[:1])
    return waarden


def _laatste_status(activiteit: Activiteit) -> str | None:
    return (
        Statusupdate.objects.filter(activiteit=activiteit)
        .order_by(*LAATSTE_EERST)
        .values_list("status", flat=True)
        .first()
    )


def statusupdate_bouwen(model, *, door=None, rapportagedatum=None, **velden):
    """A validated, unsaved status update of ``model`` (an activity's or a sub-track's).

    The rules every status update follows, wherever it is made: the model's own checks
    (progress 0–100, explanation for "aandacht nodig"/"vertraagd"/"gestopt", 100% when
    finished) and a reporting date (default today) within the period of the item's programme,
    which must not be archived (``ProgrammaGearchiveerd``).
    """
    update = model(auteur=door, rapportagedatum=rapportagedatum or timezone.localdate(), **velden)
    programma = programma_van(update)
    controleer_schrijfbaar(programma)
    update.full_clean()
    rapportagedatum_valideren(update.rapportagedatum, programma=programma)
    return update


@transaction.atomic
def statusupdate_create(
    *,
    activiteit: Activiteit,
    status: str,
    voortgang: int,
    toelichting: str = "",
    door=None,
    rapportagedatum: datetime.date | None = None,
    gepubliceerd: bool = False,
    is_demo: bool = False,
    besluit=None,
) -> Statusupdate:
    """Validate and store a status update; raises ``ValidationError`` (Dutch) on bad input.

    ``besluit``: the decision behind the update (optional), one linked to the activity or its
    line (``besluiten_bij_activiteit``).

    When the activity's status becomes "aandacht nodig" or "vertraagd" (it was something else),
    its followers and the followers of its line are e-mailed: the task is recorded in this
    transaction (the outbox) and handed to the broker after the commit, or by the sweep.
    """
    update = statusupdate_bouwen(
        Statusupdate,
        activiteit=activiteit,
        status=status,
        voortgang=voortgang,
        toelichting=toelichting,
        door=door,
        rapportagedatum=rapportagedatum,
        gepubliceerd=gepubliceerd,
        is_demo=is_demo,
    )
    if besluit is not None:
        if not besluiten_bij_activiteit(activiteit).filter(pk=besluit.pk).exists():
            raise ValidationError(
                {"besluit": "Kies een besluit dat bij deze activiteit of haar lijn hoort."}
            )
        update.besluit = besluit
    vorige_status = _laatste_status(activiteit)
    update.save()
    laatste_updates_bijwerken([activiteit.pk])
    if status in AANDACHT_STATUSSEN and status != vorige_status:
        from .tasks import volgers_informeren

        taak_vastleggen(volgers_informeren, update.pk)
    return update


def statusupdate_valideren(update, *, programma) -> None:
    """Every rule of an unsaved status update (an activity's or a sub-track's) at once: the
    field checks and ``clean`` (progress 0–100, explanation for "aandacht nodig"/"vertraagd"/
    "gestopt", 100% when finished) and the reporting date within the programme's period.
    Raises one ``ValidationError`` with all errors keyed on field names. The parent item and the
    author are loaded objects, so their existence is not checked (no query per row)."""
    relaties = [f.name for f in update._meta.concrete_fields if f.is_relation]
    fouten: dict[str, list[str]] = {}
    stappen = [lambda: update.clean_fields(exclude=relaties), update.clean]
    if update.rapportagedatum is not None:
        stappen.append(
            lambda: rapportagedatum_valideren(update.rapportagedatum, programma=programma)
        )
    for stap in stappen:
        try:
            stap()
        except ValidationError as exc:
            for veld, berichten in exc.message_dict.items():
                fouten.setdefault(veld, []).extend(
                    b for b in berichten if b not in fouten.get(veld, [])
                )
    if fouten:
        raise ValidationError(fouten)


def statusupdates_bouwen(model, *, regels: list[dict], door=None, programma=None) -> list:
    """Validated, unsaved status updates of ``model`` for many rows at once (imports): the
    rules of ``statusupdate_bouwen`` through ``statusupdate_valideren``, reporting date default
    today — a fixed number of queries. Every row is about an item of one programme
    (``programma``; by default the first row's), which must not be archived. Raises
    ``ValidationError`` for the first bad row (or a row of another programme)."""
    if not regels:
        return []
    vandaag = timezone.localdate()
    veld = model.PROGRAMMA_PAD.split("__", 1)[0]  # the item: "activiteit", "deelspoor"
    items = [regel[veld] for regel in regels]
    if programma is None:
        programma = programma_van(items[0])
    if programma is not None:
        ids = {item.pk for item in items}
        eigen = van_programma(type(items[0]).objects.filter(pk__in=ids), programma).count()
        if eigen != len(ids):
            raise ValidationError(
                {veld: f"Niet elke regel hoort bij het programma '{programma.naam}'."}
            )
    controleer_schrijfbaar(programma)
    updates = []
    for regel in regels:
        update = model(auteur=door, **regel)
        update.rapportagedatum = update.rapportagedatum or vandaag
        statusupdate_valideren(update, programma=programma)
        updates.append(update)
    return updates


@transaction.atomic
def statusupdates_bulk_create(
    *, regels: list[dict], door=None, programma=None
) -> list[Statusupdate]:
    """Store many status updates at once (the Excel import): the same rules and effects as
    ``statusupdate_create`` — validation, history with author, follower e-mails through the outbox —
    in a fixed number of queries. ``regels`` holds dicts with the keyword arguments of
    ``statusupdate_create`` (activiteit, status, voortgang, toelichting, rapportagedatum,
    gepubliceerd), all about activities of ``programma`` (by default the first row's). Raises
    ``ValidationError`` for the first bad row; nothing is written then.
    """
    from simple_history.utils import bulk_create_with_history

    updates = statusupdates_bouwen(Statusupdate, regels=regels, door=door, programma=programma)
    if not updates:
        return []
    ids = [u.activiteit_id for u in updates]
    vorige = dict(
        met_laatste_status(Activiteit.objects.filter(pk__in=ids)).values_list(
            "pk", "laatste_status"
        )
    )
    opgeslagen = bulk_create_with_history(updates, Statusupdate, batch_size=500, default_user=door)
    laatste_updates_bijwerken(ids)
    versie_ophogen()  # bulk_create sends no post_save: invalidate the public pages here
    from .tasks import volgers_informeren

    taken_vastleggen(  # one INSERT for all follower e-mail tasks
        volgers_informeren,
        [
            (update.pk,)
            for update in opgeslagen
            if update.status in AANDACHT_STATUSSEN
            and update.status != vorige.get(update.activiteit_id)
        ],
    )
    return opgeslagen


# --- editing an activity (optimistic locking) ----------------------------------------------------


class VersieConflict(Exception):
    """Somebody else saved the activity after the editor loaded it."""

    def __init__(self, huidig: Activiteit):
        super().__init__("Deze activiteit is intussen door iemand anders gewijzigd.")
        self.huidig = huidig


BEWERKBARE_VELDEN = ("titel", "omschrijving", "geplande_start", "geplande_eind", "trekker")


@transaction.atomic
def activiteit_update(
    *,
    activiteit: Activiteit,
    versie: int,
    door=None,
    titel: str,
    omschrijving: str = "",
    geplande_start: datetime.date | None = None,
    geplande_eind: datetime.date | None = None,
    trekker=None,
) -> Activiteit:
    """Save the activity when nobody saved it since ``versie`` was read; else ``VersieConflict``.

    The version check is one conditional UPDATE, so of two concurrent saves of the same version
    exactly one wins, on SQLite and PostgreSQL alike. The history records who changed what.
    An activity of an archived programme is not changed (``ProgrammaGearchiveerd``).
    """
    controleer_schrijfbaar(activiteit)
    gewonnen = Activiteit.objects.filter(pk=activiteit.pk, versie=versie).update(
        versie=F("versie") + 1
    )
    if not gewonnen:
        raise VersieConflict(
            Activiteit.objects.select_related("lijn", "trekker").get(pk=activiteit.pk)
        )
    activiteit.refresh_from_db()
    model_bijwerken(
        instance=activiteit,
        velden=BEWERKBARE_VELDEN,
        data={
            "titel": titel,
            "omschrijving": omschrijving,
            "geplande_start": geplande_start,
            "geplande_eind": geplande_eind,
            "trekker": trekker,
        },
        opslaan=False,  # saved below, also when nothing changed: the version went up
    )
    activiteit.full_clean()
    programma = programma_van(activiteit)
    if programma:
        for veld in ("geplande_start", "geplande_eind"):
            datum = getattr(activiteit, veld)
            if datum and not programma.startjaar <= datum.year <= programma.eindjaar:
                raise ValidationError(
                    {
                        veld: (
                            f"De datum moet binnen de looptijd van het programma liggen "
                            f"({programma.startjaar}–{programma.eindjaar})."
                        )
                    }
                )
    if door is not None:
        activiteit._history_user = door
    activiteit.save()
    return activiteit


# --- copy forward ----------------------------------------------------------------------------


def _jaar_later(datum: datetime.date | None) -> datetime.date | None:
    if datum is None:
        return None
    try:
        return datum.replace(year=datum.year + 1)
    except ValueError:  # 29 February
        return datum.replace(year=datum.year + 1, day=28)


@transaction.atomic
def activiteiten_doorzetten(
    *, lijn: Activiteitenlijn, van_jaar: int, door=None
) -> list[Activiteit]:
    """Copy the line's unfinished activities of ``van_jaar`` to the next year, within the years
    of the line's programme (which must not be archived).

    Unfinished: latest status not "afgerond" or "gestopt". An activity that already has a
    follow-up in the next year is skipped, so running this twice creates nothing new.
    """
    naar_jaar = van_jaar + 1
    programma = programma_van(lijn)
    controleer_schrijfbaar(programma)
    if programma and van_jaar < programma.startjaar:
        raise ValidationError(
            f"Het programma begint in {programma.startjaar}; er zijn geen activiteiten van "
            f"{van_jaar} om door te zetten."
        )
    if programma and naar_jaar > programma.eindjaar:
        raise ValidationError(
            f"Het programma loopt tot en met {programma.eindjaar}; "
            f"activiteiten kunnen niet naar {naar_jaar} worden doorgezet."
        )
    bron = met_laatste_status(Activiteit.objects.filter(lijn=lijn, jaar=van_jaar)).exclude(
        pk__in=Activiteit.objects.filter(jaar=naar_jaar, vorige__isnull=False).values("vorige")
    )
    nieuw = []
    for act in bron:
        if act.laatste_status in (Status.AFGEROND, Status.GESTOPT):
            continue
        kopie = Activiteit(
            lijn=lijn,
            jaar=naar_jaar,
            titel=act.titel.replace(str(van_jaar), str(naar_jaar)),
            slug=unieke_slug(Activiteit, f"{naar_jaar}-{act.slug}"),
            omschrijving=act.omschrijving,
            geplande_start=_jaar_later(act.geplande_start),
            geplande_eind=_jaar_later(act.geplande_eind),
            trekker_id=act.trekker_id,
            openbaar=act.openbaar,
            gewicht=act.gewicht,
            vorige=act,
            is_demo=act.is_demo,
        )
        kopie.full_clean()
        if door is not None:
            kopie._history_user = door
        kopie.save()
        nieuw.append(kopie)
    return nieuw


# --- followers -------------------------------------------------------------------------------


def volgen(*, gebruiker, activiteit: Activiteit | None = None, lijn=None) -> Volger:
    """Follow an activity or a line (idempotent)."""
    if (activiteit is None) == (lijn is None):
        raise ValueError("Geef een activiteit of een lijn.")
    try:
        with transaction.atomic():
            volger, _ = Volger.objects.get_or_create(
                gebruiker=gebruiker, activiteit=activiteit, lijn=lijn
            )
    except IntegrityError:  # a concurrent click created it
        volger = Volger.objects.get(gebruiker=gebruiker, activiteit=activiteit, lijn=lijn)
    return volger


def ontvolgen(*, gebruiker, activiteit: Activiteit | None = None, lijn=None) -> None:
    Volger.objects.filter(gebruiker=gebruiker, activiteit=activiteit, lijn=lijn).delete()
