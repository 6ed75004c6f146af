"""A broker that is down, for real: Celery pointed at a closed port (nothing listens on 1)."""

import contextlib
import os

from celery.contrib.testing.worker import start_worker

from almelo_programma.celery import app

BROKER_WEG = "redis://127.0.0.1:1/0"


@contextlib.contextmanager
def broker_weg():
    """While inside, every publish goes to a closed port; the configured broker after."""
    vorige = app.conf.broker_url, app.conf.broker_write_url, os.environ.get("CELERY_BROKER_URL")
    # Celery reads the environment variable before its own setting
    os.environ["CELERY_BROKER_URL"] = app.conf.broker_url = app.conf.broker_write_url = BROKER_WEG
    try:
        yield
    finally:
        app.conf.broker_url, app.conf.broker_write_url, omgeving = vorige
        if omgeving is None:
            os.environ.pop("CELERY_BROKER_URL")
        else:
            os.environ["CELERY_BROKER_URL"] = omgeving


def werker():
    """A real Celery worker (thread, solo pool) on the configured broker."""
    return start_worker(
        app, pool="solo", perform_ping_check=False, loglevel="WARNING", shutdown_timeout=30
    )
