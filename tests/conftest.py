import os

import pytest

# Playwright's sync API runs an event loop in the test thread; Django must still allow ORM calls.
os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")


@pytest.fixture(autouse=True)
def _api_limieten(settings):
    """The API's throttling out of the way of the suite (many requests from one address in a
    minute); tests/beveiliging/test_api_limieten.py sets low rates and clears their counts."""
    settings.API_LIMIETEN = {"anon": "100000/min", "user": "100000/min"}


@pytest.fixture
def programma(db):
    """The Almelo programme as loaded by `laad_programma` (no demo data)."""
    from almelo_programma.laden import laad_programma
    from doelen.models import Programma

    laad_programma()
    return Programma.objects.get()


@pytest.fixture
def demo(programma):
    """The programme plus demo data and demo accounts."""
    from almelo_programma.laden import laad_demo

    laad_demo()
    return programma


@pytest.fixture
def api_client():
    """A DRF test client for the API tests (tests/api/) and the public surface (tests/publiek/)."""
    from rest_framework.test import APIClient

    return APIClient()


@pytest.fixture
def celery_worker(transactional_db):
    """A real Celery worker (thread, solo pool) on the configured broker, for tests of tasks.

    Uses CELERY_BROKER_URL: Redis in CI, the in-memory transport under a plain `make test`.
    """
    from celery.contrib.testing.worker import start_worker

    from almelo_programma.celery import app

    with start_worker(
        app, pool="solo", perform_ping_check=False, loglevel="WARNING", shutdown_timeout=30
    ) as worker:
        yield worker
