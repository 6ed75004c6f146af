import pytest
from django.core.cache import cache


@pytest.fixture(autouse=True)
def lege_cache():
    """Each test starts with an empty cache (locmem, or Redis in CI, outlives a test)."""
    cache.clear()
    yield
    cache.clear()


@pytest.fixture
def geen_cache(settings):
    settings.PUBLIEK_CACHE_SECONDEN = 0


@pytest.fixture
def twee_programmas(db):
    """Two programmes side by side, each with a published goal, line, activity, update,
    indicator with a measurement and public decision whose texts carry its MARKER: P1
    (2023–2026, the current one: today's unprefixed addresses) and its successor P2
    (2027–2030, under ``/programma-twee/``)."""
    from tests.publiek.helpers import programma_met_marker

    p1 = programma_met_marker("een", "P1", startjaar=2023)
    p2 = programma_met_marker("twee", "P2", startjaar=2027, voorganger=p1)
    return p1, p2
