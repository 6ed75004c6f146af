"""The outbox of background tasks: a write never fails, and never loses work, because of the
broker.

``taak_vastleggen(taak, *args)`` stores the task as an ``UitgaandeTaak`` row in the caller's
transaction, so it exists exactly when the write committed. After the commit it is handed to the
broker at once, best effort: a broker that is down is logged, never raised to the user. The
periodic sweep ``uitgaande_taken_versturen`` (Celery beat, every minute) hands over whatever is
still unsent once the broker is back.

Exactly once: a row is handed over inside a transaction that holds its row lock
(``select_for_update(skip_locked=True)`` on PostgreSQL; SQLite's immediate transactions
serialise writers) and is marked sent in that transaction, so two sweeps, or a sweep and the
after-commit hand-over, never send the same row twice. If a process dies between the hand-over and
the commit, the row is sent again: the tasks themselves are idempotent (claim rows), so the
effect still happens once.
"""

from __future__ import annotations

import logging

from celery import current_app
from django.db import DatabaseError, transaction
from django.db.models import F
from django.utils import timezone

from .models import UitgaandeTaak

logger = logging.getLogger(__name__)

# How many unsent tasks one sweep hands over at most (the next sweep takes the rest).
SWEEP_LIMIET = 500


def taak_vastleggen(taak, *args, geheim: bool = False) -> UitgaandeTaak:
    """Record ``taak(*args)`` (a Celery task or its name) in the current transaction and hand it
    to the broker after the commit. ``args`` must be JSON; with ``geheim`` they are wiped from
    the database once the broker has them (e.g. a personal link's plain token)."""
    naam = taak if isinstance(taak, str) else taak.name
    rij = UitgaandeTaak.objects.create(taak=naam, argumenten=list(args), geheim=geheim)
    transaction.on_commit(lambda: taak_versturen(rij.pk), robust=True)
    return rij


def taken_vastleggen(taak, argumenten: list[tuple], *, geheim: bool = False) -> list:
    """``taak_vastleggen`` for many calls at once (imports): one INSERT whatever their number."""
    naam = taak if isinstance(taak, str) else taak.name
    rijen = UitgaandeTaak.objects.bulk_create(
        [UitgaandeTaak(taak=naam, argumenten=list(args), geheim=geheim) for args in argumenten]
    )
    if rijen:
        pks = [rij.pk for rij in rijen]
        transaction.on_commit(lambda: [taak_versturen(pk) for pk in pks], robust=True)
    return rijen


def _naar_broker(rij: UitgaandeTaak) -> None:
    """Publish the row's task on a connection of its own that tries the broker once, so a
    request whose broker is down waits milliseconds, not kombu's default retries (seconds)."""
    taak = current_app.tasks.get(rij.taak)
    if taak is None:  # a process that never imported the task's module (tasks are lazy)
        current_app.loader.import_default_modules()
        taak = current_app.tasks[rij.taak]
    with current_app.connection_for_write() as verbinding:
        verbinding.ensure_connection(max_retries=1, interval_start=0, interval_step=0.2)
        taak.apply_async(args=rij.argumenten, connection=verbinding, retry=False)


def taak_versturen(pk: int) -> bool:
    """Hand one unsent task to the broker; ``True`` when this call sent it. Never raises: a
    broker or database error is logged and counted, and the sweep tries again later.

    The row is claimed (marked sent) *before* it is published, in the same transaction: the
    claim takes the row lock (PostgreSQL) or the write lock (SQLite) first, so a concurrent
    caller either skips the row or waits and then finds it sent. A failed publish rolls the
    claim back."""
    fout = None
    try:
        with transaction.atomic():
            rij = (
                UitgaandeTaak.objects.select_for_update(skip_locked=True)
                .filter(pk=pk, verstuurd_op__isnull=True)
                .first()
            )
            if rij is None:  # sent already, or being sent by another process right now
                return False
            rij.verstuurd_op = timezone.now()
            if not UitgaandeTaak.objects.filter(pk=pk, verstuurd_op__isnull=True).update(
                verstuurd_op=rij.verstuurd_op, argumenten=[] if rij.geheim else rij.argumenten
            ):
                return False  # another caller claimed it between our read and our write
            try:
                _naar_broker(rij)
            except Exception as exc:  # the broker is down or refuses: undo the claim
                fout = exc
                transaction.set_rollback(True)
    except DatabaseError as exc:
        logger.warning("Taak %s niet verstuurd (database): %s", pk, exc)
        return False
    if fout is None:
        return True
    logger.warning("Taak %s (%s) niet verstuurd: %s", pk, rij.taak, fout)
    try:
        UitgaandeTaak.objects.filter(pk=pk).update(
            pogingen=F("pogingen") + 1, laatste_fout=f"{type(fout).__name__}: {fout}"[:2000]
        )
    except DatabaseError:  # only bookkeeping: the row is still unsent, the sweep retries
        logger.warning("Mislukte poging van taak %s niet geteld", pk, exc_info=True)
    return False


def uitgaande_taken_versturen(limiet: int = SWEEP_LIMIET) -> int:
    """The sweep: hand every unsent task to the broker, oldest first; returns how many this
    run sent. Safe to run twice or concurrently (see the module docstring)."""
    ids = list(
        UitgaandeTaak.objects.filter(verstuurd_op__isnull=True)
        .order_by("pk")
        .values_list("pk", flat=True)[:limiet]
    )
    verstuurd = sum(taak_versturen(pk) for pk in ids)
    if ids:
        logger.info("Uitgaande taken: %s van %s verstuurd", verstuurd, len(ids))
    return verstuurd
