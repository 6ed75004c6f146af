"""The dashboard shows the most urgent items that need attention with their total and a link
to all of them, a page at a time, with a fixed number of queries."""

import datetime
import re

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from activiteiten.models import Activiteit, Activiteitenlijn, Statusupdate
from activiteiten.services import laatste_updates_bijwerken
from almelo_programma.dashboard.views import AANDACHT_PER_PAGINA, AANDACHT_TOP
from tests.factories import UserFactory

pytestmark = pytest.mark.django_db


def _vertraagd(n: int, *, start: int = 0) -> None:
    lijn = Activiteitenlijn.objects.get(code="B1")
    acts = Activiteit.objects.bulk_create(
        [
            Activiteit(lijn=lijn, jaar=2026, titel=f"Traag {i:04d}", slug=f"traag-{i}")
            for i in range(start, start + n)
        ]
    )
    Statusupdate.objects.bulk_create(
        [
            Statusupdate(
                activiteit=act,
                rapportagedatum=datetime.date(2026, 1, 1) + datetime.timedelta(days=i % 200),
                status="vertraagd",
                voortgang=10,
            )
            for i, act in enumerate(acts)
        ]
    )
    laatste_updates_bijwerken(act.pk for act in acts)  # as the services do after writing


def _rijen(html: str) -> int:
    tabel = html.split('<caption class="visually-hidden">Aandacht nodig</caption>', 1)[1]
    return tabel.split("</tbody>", 1)[0].count("<tr>") - 1


def _queries(client, url) -> int:
    with CaptureQueriesContext(connection) as ctx:
        assert client.get(url).status_code == 200
    return len(ctx.captured_queries)


def test_dashboard_shows_the_most_urgent_with_the_total_and_a_link(client, programma):
    client.force_login(UserFactory(rol="bestuurder"))
    _vertraagd(AANDACHT_PER_PAGINA + 15)
    html = client.get("/dashboard/").content.decode()
    totaal = int(re.search(r'Aandacht nodig <span class="teller">\((\d+)\)', html).group(1))
    assert totaal >= AANDACHT_PER_PAGINA + 15
    assert _rijen(html) == AANDACHT_TOP
    assert f'href="/dashboard/aandacht/">Alle {totaal} onderdelen die aandacht nodig hebben' in html
    # delayed first, oldest report first
    assert html.index("Traag 0000") < html.index("Traag 0001")

    pagina = client.get("/dashboard/aandacht/")
    assert _rijen(pagina.content.decode()) == AANDACHT_PER_PAGINA
    assert pagina.context["pagina"].paginator.count == totaal
    laatste = client.get(
        "/dashboard/aandacht/", {"pagina": pagina.context["pagina"].paginator.num_pages}
    )
    assert _rijen(laatste.content.decode()) == totaal - AANDACHT_PER_PAGINA * (
        pagina.context["pagina"].paginator.num_pages - 1
    )
    # the chosen moment travels along
    html = client.get("/dashboard/aandacht/", {"stand": "2026-t1"}).content.decode()
    assert "stand=2026-t1&amp;pagina=2" in html


def test_attention_page_has_fixed_queries_at_two_sizes(client, programma):
    client.force_login(UserFactory(rol="bestuurder"))
    _vertraagd(30)
    client.get("/dashboard/aandacht/")
    klein = _queries(client, "/dashboard/aandacht/")
    _vertraagd(300, start=30)
    assert _queries(client, "/dashboard/aandacht/") == klein
    assert _queries(client, "/dashboard/aandacht/?pagina=5") == klein


@pytest.mark.parametrize("peildatum", [datetime.date(2025, 5, 20), datetime.date(2026, 11, 30)])
def test_the_database_selects_what_the_rule_selects(demo, peildatum):
    """The attention query (filtered and sorted by the database) holds exactly the activities
    that the rule, applied to every activity in Python, says need attention; the top of it is
    the top of the whole list, and the total counts them all."""
    from activiteiten.selectors import activiteit_list, periode_list
    from almelo_programma.dashboard.selectors import aandacht, laatste_verstreken_deadline

    periode = laatste_verstreken_deadline(periode_list(), peildatum)
    alle = activiteit_list(peildatum=peildatum).select_related("lijn__trekker")
    verwacht = {a.slug for a in alle if aandacht._activiteit_item(a, periode)}
    gekozen = aandacht.aandacht_activiteiten(programma=demo, peildatum=peildatum, periode=periode)
    assert {a.slug for a in gekozen} == verwacht and verwacht
    items, totaal = aandacht.aandacht_items(
        programma=demo, peildatum=peildatum, deelsporen=[], periode=periode, aantal=None
    )
    top, totaal_top = aandacht.aandacht_items(
        programma=demo, peildatum=peildatum, deelsporen=[], periode=periode, aantal=AANDACHT_TOP
    )
    assert totaal == totaal_top == len(verwacht)
    assert [i.slug for i in top] == [i.slug for i in items[:AANDACHT_TOP]]
