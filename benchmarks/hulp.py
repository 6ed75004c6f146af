"""What the page benchmarks share: Django set up from the checkout, a throw-away test database,
and one measurement of a page (SQL queries of one request, the time of each of n more).

Import it first in a benchmark script (``import hulp``): it sets up Django on import.
"""

import contextlib
import os
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "almelo_programma.settings")
os.environ.setdefault("CELERY_BROKER_URL", "memory://")

import django  # noqa: E402

django.setup()

from django.conf import settings  # noqa: E402
from django.db import connection  # noqa: E402

settings.DEBUG = False  # no query log: it would fill up while loading the demo data
# What the test client needs, without setup_test_environment(): that one also instruments every
# template render (a signal and a context copy per {% include %}), which a production server
# does not do, and which would distort the timing of pages with many includes.
settings.ALLOWED_HOSTS = [*settings.ALLOWED_HOSTS, "testserver"]
settings.EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"  # no mail leaves


class Teller:
    """Counts the SQL queries run (a Django execute wrapper)."""

    def __init__(self):
        self.aantal = 0

    def __call__(self, execute, sql, params, many, context):
        self.aantal += 1
        return execute(sql, params, many, context)


@contextlib.contextmanager
def testdatabase():
    """A fresh test database (migrated, fast password hashing), destroyed afterwards."""
    naam = connection.creation.create_test_db(verbosity=0, autoclobber=True, keepdb=False)
    settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
    try:
        yield
    finally:
        connection.creation.destroy_test_db(naam, verbosity=0)


def meet(client, url: str, herhalingen: int, voor=None) -> tuple[int, list[float], int]:
    """The SQL queries of one request of ``url``, the time in ms of ``herhalingen`` more and the
    size of the response in bytes. ``voor`` is called before every request (not timed)."""
    voor = voor or (lambda: None)
    teller = Teller()
    voor()
    with connection.execute_wrapper(teller):
        response = client.get(url)
    assert response.status_code == 200, (url, response.status_code)
    tijden = []
    for _ in range(herhalingen):
        voor()
        start = time.perf_counter()
        assert client.get(url).status_code == 200, url
        tijden.append((time.perf_counter() - start) * 1000)
    return teller.aantal, tijden, len(response.content)


def demo_laden(schaal: int) -> None:
    """Migrate, load the programme, and the demo data at ``schaal`` unless it is there already."""
    from django.core.management import call_command

    from almelo_programma.laden import laad_demo, laad_programma
    from woondeals.models import Woningbouwproject

    call_command("migrate", verbosity=0)
    laad_programma()
    if not Woningbouwproject.objects.filter(slug=f"demo-project-{12 * schaal}").exists():
        laad_demo(schaal=schaal)
