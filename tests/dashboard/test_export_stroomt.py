"""The dashboard's .xlsx export streams: the response is a streamed file, written row by row in
openpyxl's write-only mode, its attention sheet read from the database in chunks, so the memory
of a request does not grow with the number of rows."""

import datetime
import io
import tempfile
import tracemalloc

import pytest
from openpyxl import load_workbook

from activiteiten.models import Activiteit, Activiteitenlijn, Statusupdate
from activiteiten.selectors import periode_list
from activiteiten.services import laatste_updates_bijwerken
from almelo_programma.dashboard import selectors
from almelo_programma.dashboard.uitwisseling import dashboard_xlsx_naar
from tests.factories import UserFactory

pytestmark = pytest.mark.django_db


def _vertraagd(n: int, *, begin: int) -> None:
    lijn = Activiteitenlijn.objects.get(code="B1")
    acts = Activiteit.objects.bulk_create(
        Activiteit(lijn=lijn, jaar=2026, titel=f"Traag {i:05d}", slug=f"traag-{i}")
        for i in range(begin, begin + n)
    )
    Statusupdate.objects.bulk_create(
        Statusupdate(
            activiteit=act,
            rapportagedatum=datetime.date(2026, 1, 1) + datetime.timedelta(days=i % 200),
            status="vertraagd",
            voortgang=10,
            toelichting="Vertraagd door de bulk.",
        )
        for i, act in enumerate(acts)
    )
    laatste_updates_bijwerken(act.pk for act in acts)


def _aandacht_rijen(inhoud: bytes) -> list[tuple]:
    blad = load_workbook(io.BytesIO(inhoud), read_only=True)["Aandacht nodig"]
    return list(blad.iter_rows(min_row=2, values_only=True))


def test_the_response_streams_a_file_with_every_row(client, programma):
    _vertraagd(120, begin=0)
    client.force_login(UserFactory(rol="bestuurder"))
    response = client.get("/dashboard/export.xlsx")
    assert response.status_code == 200
    assert response.streaming  # a file sent in chunks, not one bytes object
    assert response["Content-Disposition"].startswith('attachment; filename="dashboard-almelo-')
    rijen = _aandacht_rijen(response.getvalue())
    stand = selectors.standen(None, periode_list(), datetime.date.today())[0]
    items, totaal = selectors.aandacht_op(programma=programma, stand=stand, perioden=periode_list())
    assert len(rijen) == len(items) >= 120
    assert [r[1] for r in rijen] == [i.titel for i in items]  # most urgent first
    assert rijen[0][3] == "Vertraagd"


def _piek_geheugen() -> int:
    perioden = periode_list()
    stand = selectors.standen(None, perioden, datetime.date.today())[0]
    tracemalloc.start()
    try:
        d = selectors.dashboard_get(
            stand=stand, keuzes=[stand], programma=None, perioden=perioden, aandacht_top=0
        )
        stroom = selectors.aandacht_stroom(
            programma=None,
            peildatum=stand.peildatum,
            deelsporen=d.deelsporen,
            periode=d.laatste_deadline,
        )
        with tempfile.TemporaryFile() as bestand:
            dashboard_xlsx_naar(bestand, d, stroom)
        return tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()


def test_memory_per_attention_row_stays_small(programma):
    """3,000 more rows cost well under a kilobyte each at the peak: the rows are not held as
    objects or cells (what remains is openpyxl's table of the distinct texts, written at the
    end, here one title per row)."""
    _vertraagd(300, begin=0)
    _piek_geheugen()  # warm up: imports, caches
    klein = _piek_geheugen()
    _vertraagd(3000, begin=300)
    groot = _piek_geheugen()
    assert (groot - klein) / 3000 < 1000, (klein, groot)
