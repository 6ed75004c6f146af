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
