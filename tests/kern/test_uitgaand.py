"""The outbox sweep hands each unsent task to the broker exactly once, also when two sweeps run
at the same time, and a task recorded in a transaction that rolls back does not exist."""

import threading

import pytest
from celery import shared_task
from celery.signals import after_task_publish
from django.db import OperationalError, connection, transaction

from almelo_programma.celery import app
from almelo_programma.kern.models import UitgaandeTaak
from almelo_programma.kern.uitgaand import (
    taak_vastleggen,
    taken_vastleggen,
    uitgaande_taken_versturen,
)
from tests.kern.broker import broker_weg

pytestmark = pytest.mark.django_db(transaction=True)


@shared_task(name="tests.kern.noteer")
def noteer(nummer: int) -> int:
    return nummer


@pytest.fixture
def gepubliceerd():
    """The arguments of every task message the broker accepted, in order; the queue is emptied
    afterwards so no test leaves messages behind."""
    berichten = []

    def _noteer(sender=None, body=None, **kwargs):
        if sender == noteer.name:
            berichten.append(tuple(body[0]))

    after_task_publish.connect(_noteer, weak=False)
    yield berichten
    after_task_publish.disconnect(_noteer)
    with app.connection_for_write() as verbinding:
        verbinding.default_channel.queue_purge("celery")


def _vastleggen(aantal):
    with broker_weg(), transaction.atomic():  # recorded while the broker is down: all unsent
        for n in range(aantal):
            taak_vastleggen(noteer, n)


def test_rolled_back_write_leaves_no_task(gepubliceerd):
    with pytest.raises(RuntimeError), transaction.atomic():
        taak_vastleggen(noteer, 1)
        raise RuntimeError("de schrijfactie mislukt")
    assert not UitgaandeTaak.objects.exists()
    assert gepubliceerd == []


def test_broker_down_keeps_the_tasks_and_counts_the_attempts(gepubliceerd):
    _vastleggen(3)
    assert UitgaandeTaak.objects.filter(verstuurd_op__isnull=True, pogingen=1).count() == 3
    with broker_weg():
        assert uitgaande_taken_versturen() == 0  # still down: nothing lost, nothing raised
    assert UitgaandeTaak.objects.filter(verstuurd_op__isnull=True, pogingen=2).count() == 3
    assert gepubliceerd == []


def test_sweep_twice_sends_once(gepubliceerd):
    _vastleggen(5)
    assert uitgaande_taken_versturen() == 5
    assert uitgaande_taken_versturen() == 0
    assert sorted(gepubliceerd) == [(n,) for n in range(5)]
    assert not UitgaandeTaak.objects.filter(verstuurd_op__isnull=True).exists()


def test_concurrent_sweeps_send_each_task_once(gepubliceerd):
    _vastleggen(40)
    start = threading.Barrier(4)
    fouten = []

    def sweep():
        try:
            start.wait()
            # until nothing is left; the test suite's in-memory SQLite (shared cache) answers
            # "table is locked" at once instead of waiting, so a sweep then simply runs again
            while True:
                try:
                    if not UitgaandeTaak.objects.filter(verstuurd_op__isnull=True).exists():
                        break
                    uitgaande_taken_versturen()
                except OperationalError as exc:
                    if "locked" not in str(exc):
                        raise
        except Exception as exc:  # noqa: BLE001 - reported by the assertion below
            fouten.append(exc)
        finally:
            connection.close()

    threads = [threading.Thread(target=sweep) for _ in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(60)
    assert fouten == []
    assert sorted(gepubliceerd) == [(n,) for n in range(40)]  # each exactly once


def test_many_tasks_are_recorded_in_one_query_and_each_sent_once(
    gepubliceerd, django_assert_num_queries
):
    with broker_weg(), transaction.atomic(), django_assert_num_queries(1):
        taken_vastleggen(noteer, [(n,) for n in range(10)])
    assert UitgaandeTaak.objects.filter(verstuurd_op__isnull=True, pogingen=1).count() == 10
    assert uitgaande_taken_versturen() == 10
    assert sorted(gepubliceerd) == [(n,) for n in range(10)]
