"""Archiving a finished programme: from then on it is read-only for everyone.

``programma_archiveren`` sets ``Programma.gearchiveerd_op`` once the end evaluation is
vastgesteld; ``programma_dearchiveren`` (superusers only) is the undo. What archiving guarantees
is enforced in layers, each refusing with the Dutch message of ``ProgrammaGearchiveerd``:

1. ``ProgrammaMiddleware.process_view`` answers 403 to any POST/PUT/PATCH/DELETE on a page of an
   archived programme (a page, or JSON under ``/api/``);
2. the admin (``kern.admin.ArchiefAdminMixin``) shows its rows read-only and refuses new rows
   under it;
3. the services of the domain apps call ``controleer_schrijfbaar`` before they write;
4. the safety net below (``bewaking_aansluiten``, connected in ``EvaluatieConfig.ready``): a
   ``pre_save``/``pre_delete``/``m2m_changed`` receiver for every programme-owned model raises
   ``ProgrammaGearchiveerd`` when the row's programme (before or after the change) is archived.
   That catches every path the others do not know (a Celery task, the shell, an import job).
   Loading fixtures (``raw=True``) passes; ``bulk_create`` and ``QuerySet.update`` send no
   signals, so the services that use them check first themselves (layer 3).

The net costs one query per save while no programme is archived (the list of archived
programmes), a few more when one is.
"""

from __future__ import annotations

import contextlib
import contextvars

from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.db.models.signals import m2m_changed, pre_delete, pre_save
from django.utils import timezone

from almelo_programma.kern.programmas import ProgrammaGearchiveerd
from almelo_programma.kern.publieke_versie import versie_ophogen
from almelo_programma.kern.rechten import PROGRAMMAMANAGER, heeft_rol
from doelen.models import Programma

from .constants import EvaluatieStatus
from .models import Eindevaluatie, Onderdeelconclusie, Oordeelcorrectie

NIET_VASTGESTELD = (
    "Een programma wordt pas gearchiveerd als de eindevaluatie is vastgesteld. "
    "Stel eerst de eindevaluatie vast (concept → ter vaststelling → vastgesteld)."
)
AL_GEARCHIVEERD = "Dit programma is al gearchiveerd."
NIET_GEARCHIVEERD = "Dit programma is niet gearchiveerd."
ALLEEN_PROGRAMMAMANAGER = "Alleen de programmamanager van dit programma kan het archiveren."
ALLEEN_SUPERUSER = "Alleen een beheerder (superuser) kan het archiveren ongedaan maken."

# Models that belong to a programme without naming the way in ``PROGRAMMA_PAD`` themselves.
EXTRA_PADEN = {
    Onderdeelconclusie: "evaluatie__programma",
    Oordeelcorrectie: "evaluatie__programma",
}

_bewaking_uit = contextvars.ContextVar("archief_bewaking_uit", default=False)


@contextlib.contextmanager
def bewaking_uit():
    """Within the block the safety net lets writes to archived programmes pass (for a
    superuser's repair in the shell; the archiving itself needs it not)."""
    token = _bewaking_uit.set(True)
    try:
        yield
    finally:
        _bewaking_uit.reset(token)


def kan_archiveren(programma: Programma) -> bool:
    """True when the end evaluation of ``programma`` is vastgesteld (one query)."""
    return Eindevaluatie.objects.filter(
        programma=programma, status=EvaluatieStatus.VASTGESTELD
    ).exists()


@transaction.atomic
def programma_archiveren(*, programma: Programma, door) -> Programma:
    """Archive ``programma``: read-only for everyone from now on. Only its programme manager
    (or a superuser), and only once the end evaluation is vastgesteld; otherwise a Dutch
    ``ValidationError`` (or ``PermissionDenied`` for someone else)."""
    if not heeft_rol(door, PROGRAMMAMANAGER, programma=programma):
        raise PermissionDenied(ALLEEN_PROGRAMMAMANAGER)
    programma = Programma.objects.select_for_update().get(pk=programma.pk)
    if programma.is_gearchiveerd:
        raise ValidationError(AL_GEARCHIVEERD)
    if not kan_archiveren(programma):
        raise ValidationError(NIET_VASTGESTELD)
    programma.gearchiveerd_op = timezone.now()
    programma._history_user = door
    programma.save(update_fields=["gearchiveerd_op"])
    versie_ophogen()  # the public pages show the archive banner and the current programme
    return programma


@transaction.atomic
def programma_dearchiveren(*, programma: Programma, door) -> Programma:
    """The undo of ``programma_archiveren``: the programme can be changed again. Superusers
    only (in the admin: the programme's "gearchiveerd op" emptied, or in the shell)."""
    if not (door and door.is_superuser):
        raise PermissionDenied(ALLEEN_SUPERUSER)
    programma = Programma.objects.select_for_update().get(pk=programma.pk)
    if not programma.is_gearchiveerd:
        raise ValidationError(NIET_GEARCHIVEERD)
    programma.gearchiveerd_op = None
    programma._history_user = door
    programma.save(update_fields=["gearchiveerd_op"])
    versie_ophogen()
    return programma


# --- the safety net -----------------------------------------------------------------------


def _pad(model) -> str | None:
    return EXTRA_PADEN.get(model) or getattr(model, "PROGRAMMA_PAD", None)


def _nieuw_programma_id(instance, pad: str):
    """The programme id the row will belong to (from its own foreign key: one query at most)."""
    eerste, _, rest = pad.partition("__")
    veld = type(instance)._meta.get_field(eerste)
    waarde = getattr(instance, veld.attname)
    if waarde is None or not rest:
        return waarde
    return veld.related_model._base_manager.filter(pk=waarde).values_list(rest, flat=True).first()


def _oud_programma_id(model, pk, pad: str):
    if pk is None:
        return None
    return model._base_manager.filter(pk=pk).values_list(pad, flat=True).first()


def _gearchiveerde_ids() -> set:
    return set(Programma.objects.gearchiveerd().values_list("pk", flat=True))


def _weiger_bij_opslaan(sender, instance, raw=False, **kwargs):
    if raw or _bewaking_uit.get():
        return
    gearchiveerd = _gearchiveerde_ids()
    if not gearchiveerd:
        return
    pad = _pad(sender)
    ids = {_nieuw_programma_id(instance, pad)}
    if not instance._state.adding:
        ids.add(_oud_programma_id(sender, instance.pk, pad))
    if ids & gearchiveerd:
        raise ProgrammaGearchiveerd()


def _weiger_bij_verwijderen(sender, instance, **kwargs):
    if _bewaking_uit.get():
        return
    gearchiveerd = _gearchiveerde_ids()
    if gearchiveerd and _oud_programma_id(sender, instance.pk, _pad(sender)) in gearchiveerd:
        raise ProgrammaGearchiveerd()


def _weiger_programma(sender, instance, raw=False, **kwargs):
    """An archived programme itself: only ``gearchiveerd_op`` may change (the undo)."""
    if raw or _bewaking_uit.get() or instance.pk is None:
        return
    oud = Programma._base_manager.filter(pk=instance.pk, gearchiveerd_op__isnull=False).first()
    if oud is None:
        return
    velden = [f.attname for f in Programma._meta.concrete_fields if f.attname != "gearchiveerd_op"]
    if any(getattr(oud, v) != getattr(instance, v) for v in velden):
        raise ProgrammaGearchiveerd()


def _weiger_programma_verwijderen(sender, instance, **kwargs):
    if not _bewaking_uit.get() and instance.gearchiveerd_op is not None:
        raise ProgrammaGearchiveerd()


def _weiger_koppeling(sender, instance, action, **kwargs):
    """Links (many-to-many) of a row of an archived programme, e.g. a decision's goals."""
    if not action.startswith("pre_") or _bewaking_uit.get():
        return
    pad = _pad(type(instance))
    if pad is None or instance.pk is None:
        return
    gearchiveerd = _gearchiveerde_ids()
    if gearchiveerd and _oud_programma_id(type(instance), instance.pk, pad) in gearchiveerd:
        raise ProgrammaGearchiveerd()


def bewaakte_modellen() -> list:
    """Every model whose rows belong to one programme."""
    from django.apps import apps

    return [m for m in apps.get_models() if _pad(m) is not None]


def bewaking_aansluiten() -> None:
    """Connect the safety net (``EvaluatieConfig.ready``; idempotent by ``dispatch_uid``)."""
    for model in bewaakte_modellen():
        naam = model._meta.label_lower
        pre_save.connect(_weiger_bij_opslaan, sender=model, dispatch_uid=f"archief-save-{naam}")
        pre_delete.connect(
            _weiger_bij_verwijderen, sender=model, dispatch_uid=f"archief-delete-{naam}"
        )
        for veld in model._meta.local_many_to_many:
            through = veld.remote_field.through
            m2m_changed.connect(
                _weiger_koppeling,
                sender=through,
                dispatch_uid=f"archief-m2m-{through._meta.label_lower}",
            )
    pre_save.connect(_weiger_programma, sender=Programma, dispatch_uid="archief-programma")
    pre_delete.connect(
        _weiger_programma_verwijderen, sender=Programma, dispatch_uid="archief-programma-del"
    )
