"""Long lists grow by page, not by database: the werkruimte list shows a page of activities
with totals over the whole selection, and the Excel update sheet streams its rows."""

import io
import re
import tempfile
import tracemalloc

import pytest
from django.urls import reverse

from activiteiten.models import Activiteit, Statusupdate
from activiteiten.selectors import samenvatting_activiteiten
from activiteiten.services import laatste_updates_bijwerken
from almelo_programma.werkruimte.selectors import werk_activiteiten
from almelo_programma.werkruimte.uitwisseling import exporteer_naar
from almelo_programma.werkruimte.views import PER_PAGINA

pytestmark = pytest.mark.django_db
URL = reverse("werkruimte:lijst")


def _activiteiten(werk, n, *, lijn=None, trekker=None):
    Activiteit.objects.bulk_create(
        [
            Activiteit(
                lijn=lijn or werk.lijn_b,
                jaar=werk.periode.jaar,
                titel=f"Bulk {i:04d}",
                slug=f"bulk-{lijn.pk if lijn else 0}-{i}",
                trekker=trekker,
            )
            for i in range(n)
        ]
    )


def _rijen(html: str) -> int:
    tabel = html.split("<caption>Activiteiten", 1)[1].split("</table>", 1)[0]
    return tabel.count("<tr>") - 1  # minus the header row


def test_werkruimte_list_shows_a_page_with_totals_over_the_selection(werk, programma):
    _activiteiten(werk, 2 * PER_PAGINA + 10)
    act = Activiteit.objects.get(slug="bulk-0-3")
    Statusupdate.objects.create(
        activiteit=act, rapportagedatum=werk.periode.startdatum, status="op_schema", voortgang=80
    )
    laatste_updates_bijwerken([act.pk])  # as the services do after writing
    c = werk.client(werk.pm)
    r = c.get(URL)
    html = r.content.decode()
    totaal = Activiteit.objects.filter(jaar=werk.periode.jaar).count()
    assert totaal == 2 * PER_PAGINA + 12
    assert _rijen(html) == PER_PAGINA == len(r.context["activiteiten"])
    assert f"{totaal} activiteiten (pagina 1 van 3)" in html
    # what still needs the manager's update counts every page: all but the updated one, plus
    # the five sub-tracks
    assert r.context["open_aantal"] == totaal - 1 + 5
    assert r.context["samenvatting"] == samenvatting_activiteiten(
        werk_activiteiten(werk.pm, programma=programma).filter(jaar=werk.periode.jaar)
    )
    assert 'href="?bijgewerkt=nee">Toon alleen wat nog bijgewerkt moet worden' in html
    # the status badge renders as the include did
    assert '<span class="badge badge--op_schema">Op schema</span>' in html
    laatste = c.get(URL, {"pagina": 3}).content.decode()
    assert _rijen(laatste) == totaal - 2 * PER_PAGINA


def test_page_links_keep_the_filters(werk):
    _activiteiten(werk, PER_PAGINA + 1)
    c = werk.client(werk.pm)
    html = c.get(URL, {"lijn": werk.lijn_b.pk, "bijgewerkt": "nee"}).content.decode()
    link = re.search(r'<a href="\?([^"]*)" rel="next">Volgende pagina</a>', html).group(1)
    assert link.replace("&amp;", "&") == f"lijn={werk.lijn_b.pk}&bijgewerkt=nee&pagina=2"
    r = c.get(f"{URL}?{link.replace('&amp;', '&')}")
    assert [a.lijn_id for a in r.context["activiteiten"]] == [werk.lijn_b.pk] * 2


def _piek_geheugen(werk) -> int:
    tracemalloc.start()
    try:
        with tempfile.TemporaryFile() as bestand:
            exporteer_naar(bestand, gebruiker=werk.pm, periode=werk.periode)
        return tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()


def test_excel_export_memory_does_not_grow_with_the_rows(werk):
    _activiteiten(werk, 400)
    _piek_geheugen(werk)  # warm up: imports, caches
    klein = _piek_geheugen(werk)
    _activiteiten(werk, 3600, lijn=werk.lijn_a)
    groot = _piek_geheugen(werk)
    assert groot < klein * 1.5, (klein, groot)
    # and every row is in the file
    from openpyxl import load_workbook

    buffer = io.BytesIO()
    exporteer_naar(buffer, gebruiker=werk.pm, periode=werk.periode)
    blad = load_workbook(buffer, read_only=True)["Bijwerken"]
    assert sum(1 for _ in blad.iter_rows(min_row=2)) == 4002
