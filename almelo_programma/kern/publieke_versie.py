"""The version of the public data: a counter in the cache that every write to it raises.

The public page cache (``publiek/cache.py``) puts this version in the key of every page it
stores, so raising it turns every stored page into a miss without a database query. The public
cache raises it from signal receivers on the domain apps' models; writes that send no signal and
that the portal makes on purpose (``bulk_create_with_history`` in the Excel import) call
``versie_ophogen()`` themselves.

The counter starts at the current time in nanoseconds, so a version lost from the cache (evicted,
Redis restarted) never comes back as a value that earlier pages were stored under.
"""

import time

from django.core.cache import cache
from django.db import connection, transaction

SLEUTEL = "publiek:versie"


def versie() -> int:
    """The current version (one cache read; starts a new counter when there is none)."""
    huidige = cache.get(SLEUTEL)
    if huidige is None:
        cache.add(SLEUTEL, time.time_ns(), None)
        huidige = cache.get(SLEUTEL)
    return huidige


def _ophogen() -> None:
    try:
        cache.incr(SLEUTEL)
    except ValueError:  # no counter (yet): any new start value is a new version
        cache.add(SLEUTEL, time.time_ns(), None)


def versie_ophogen() -> None:
    """Raise the version now, and once more when the current transaction commits.

    Raising it now keeps a test (or a request inside the transaction) fresh; raising it again at
    commit discards a page that another request rendered from the not yet committed state
    between the two.
    """
    _ophogen()
    if connection.in_atomic_block:
        transaction.on_commit(_ophogen)
