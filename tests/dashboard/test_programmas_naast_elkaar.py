"""Two programmes side by side: the dashboard, its drill-down pages, the attention list, time
travel, the workbook and the Bestuursrapportage of one programme never show the other's items
(a marker in each, ``tests/dashboard/programmas.py``); roles count per programme; a fixed
number of queries at 1× and 10× data in both programmes."""

import datetime
import io
import re
from unittest import mock

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from openpyxl import load_workbook
from pypdf import PdfReader

from almelo_programma.dashboard import pdf
from almelo_programma.dashboard.models import Bestuursrapportage, RapportStatus
from evaluatie.archief import bewaking_uit
from tests.dashboard.programmas import meer_gegevens
from tests.factories import UserFactory

pytestmark = pytest.mark.django_db

# The markers shown on the dashboard and the attention list (the update's text is on the
# activity's own page only).
OP_DASHBOARD = ("DOEL", "LIJN", "ACT", "IND", "BES", "DS")
IN_AANDACHT = ("ACT", "DS", "BES")


@pytest.fixture
def wethouder(twee_programmas):
    """An alderman with the role in both programmes."""
    return UserFactory(rol="bestuurder")


def _pagina(client, url) -> str:
    response = client.get(url)
    assert response.status_code == 200, url
    return response.content.decode()


def _alleen_eigen(html: str, kant, ander, soorten, url: str) -> None:
    for soort in soorten:
        assert kant.marker(soort) in html, (url, kant.marker(soort))
        assert ander.marker(soort) not in html, (url, ander.marker(soort))


@pytest.mark.parametrize("pagina", ["", "aandacht/"])
def test_dashboard_and_attention_list_show_only_their_programme(
    client, twee_programmas, wethouder, pagina
):
    client.force_login(wethouder)
    p1, p2 = twee_programmas.kanten
    soorten = OP_DASHBOARD if pagina == "" else IN_AANDACHT
    for url in (f"/dashboard/{pagina}", f"{p1.prefix}/dashboard/{pagina}"):
        _alleen_eigen(_pagina(client, url), p1, p2, soorten, url)
    url = f"{p2.prefix}/dashboard/{pagina}"
    _alleen_eigen(_pagina(client, url), p2, p1, soorten, url)


def _drilldowns(kant) -> dict[str, tuple[str, str]]:
    """{page: (url path below /dashboard/, marker shown there)}."""
    return {
        "doel": (f"doelen/{kant.doel.slug}/", kant.marker("DOEL")),
        "lijn": (f"lijnen/{kant.lijn.slug}/", kant.marker("LIJN")),
        "activiteit": (f"activiteiten/{kant.activiteit.slug}/", kant.marker("UPD")),
        "deelspoor": (f"deelsporen/{kant.deelspoor.slug}/", kant.marker("DS")),
        "indicator": (f"indicatoren/{kant.indicator.slug}/", kant.marker("IND")),
    }


def test_drill_down_pages_show_their_object_and_send_another_programmes_object_home(
    client, twee_programmas, wethouder
):
    client.force_login(wethouder)
    for kant in twee_programmas.kanten:
        ander = twee_programmas.ander(kant)
        for pad, marker in _drilldowns(kant).values():
            html = _pagina(client, f"{kant.prefix}/dashboard/{pad}")
            assert marker in html
            assert ander.marker("LIJN") not in html and ander.marker("ACT") not in html
            # asked under the other programme (P2's also at today's addresses, which are P1's):
            # sent to the page of its own programme, the query string kept
            elders = [f"{ander.prefix}/dashboard/{pad}"]
            if kant is twee_programmas.p2:
                elders.append(f"/dashboard/{pad}")
            for url in elders:
                response = client.get(f"{url}?stand=")
                assert response.status_code == 302, url
                assert response["Location"] == f"{kant.prefix}/dashboard/{pad}?stand=", url
    # P1's objects at today's (unprefixed) addresses: served there, the current programme
    for pad, marker in _drilldowns(twee_programmas.p1).values():
        assert marker in _pagina(client, f"/dashboard/{pad}")
    assert client.get("/dashboard/lijnen/bestaat-niet/").status_code == 404


def test_time_travel_uses_the_years_of_the_programme_also_when_archived(
    client, twee_programmas, wethouder
):
    client.force_login(wethouder)
    p1, p2 = twee_programmas.kanten
    html = _pagina(client, f"{p2.prefix}/dashboard/?stand=2022")
    _alleen_eigen(html, p2, p1, OP_DASHBOARD, "P2 eind 2022")
    assert "Eind 2019" in html and "Eind 2023" not in html  # the archived programme's years
    html = _pagina(client, f"{p2.prefix}/dashboard/aandacht/?stand=2022")
    _alleen_eigen(html, p2, p1, IN_AANDACHT, "P2 aandacht eind 2022")
    html = _pagina(client, "/dashboard/?stand=2025")
    _alleen_eigen(html, p1, p2, OP_DASHBOARD, "P1 eind 2025")
    assert "Eind 2022" not in html
    # a year of the other programme is not a moment of this one
    assert client.get("/dashboard/?stand=2022").status_code == 400
    assert client.get(f"{p2.prefix}/dashboard/?stand=2025").status_code == 400
    drill = f"{p2.prefix}/dashboard/activiteiten/{p2.activiteit.slug}/?stand=2022"
    assert p2.marker("UPD") in _pagina(client, drill)


def _xlsx_teksten(inhoud: bytes) -> str:
    wb = load_workbook(io.BytesIO(inhoud), read_only=True)
    return "\n".join(
        str(waarde)
        for ws in wb.worksheets
        for rij in ws.iter_rows(values_only=True)
        for waarde in rij
        if waarde is not None
    )


def test_workbook_holds_only_its_programme(client, twee_programmas, wethouder):
    client.force_login(wethouder)
    for kant in twee_programmas.kanten:
        response = client.get(f"{kant.prefix}/dashboard/export.xlsx")
        assert response.status_code == 200
        assert f"dashboard-almelo-{kant.programma.slug}-" in response["Content-Disposition"]
        tekst = _xlsx_teksten(response.getvalue())
        ander = twee_programmas.ander(kant)
        _alleen_eigen(tekst, kant, ander, ("DOEL", "LIJN", "ACT", "IND", "DS"), kant.tag)
        assert kant.programma.naam in tekst and ander.programma.naam not in tekst


def _pdf_tekst(rapport) -> str:
    with rapport.bestand.open("rb") as bestand:
        tekst = "".join(pagina.extract_text() for pagina in PdfReader(bestand).pages)
    return re.sub(r"\s+", "", tekst)  # a marker may be broken over two lines


ECHT_RENDEREN = pdf.render_to_string


def _met_link(*args, **kwargs) -> str:
    """The report's HTML preceded by a link made where the template is rendered."""
    return reverse("dashboard:dashboard") + ECHT_RENDEREN(*args, **kwargs)


def test_bestuursrapportage_of_each_programme(client, twee_programmas, wethouder):
    """The PDF is made of ``rapport.programma`` (the archived P2 too), its links are that
    programme's addresses, and the reports page lists only the programme's own reports."""
    client.force_login(wethouder)
    rapporten = {}
    for kant in twee_programmas.kanten:
        # P2's report as requested (and made) before P2 was archived: an archived programme
        # takes no new requests (tests/archief)
        with bewaking_uit():
            rapport = Bestuursrapportage.objects.create(
                programma=kant.programma,
                stand="",
                stand_label="Actueel",
                peildatum=datetime.date.today(),
            )
            # a link the report's template builds is one of the report's programme
            with mock.patch.object(pdf, "render_to_string", _met_link):
                assert pdf.rapport_html(rapport).startswith(f"{kant.prefix}/dashboard/<")
            rapport = pdf.bestuursrapportage_maken(rapport_id=rapport.pk)
        assert rapport.status == RapportStatus.KLAAR, rapport.foutmelding
        tekst = _pdf_tekst(rapport)
        _alleen_eigen(tekst, kant, twee_programmas.ander(kant), OP_DASHBOARD, kant.tag)
        rapporten[kant.tag] = rapport
    for kant in twee_programmas.kanten:
        ander = twee_programmas.ander(kant)
        html = _pagina(client, f"{kant.prefix}/dashboard/rapportages/")
        assert str(rapporten[kant.tag].uuid) in html
        assert str(rapporten[ander.tag].uuid) not in html
        # another programme's report is shown under its own programme
        for pad in ("", "pdf/"):
            response = client.get(
                f"{kant.prefix}/dashboard/rapportages/{rapporten[ander.tag].uuid}/{pad}"
            )
            assert response.status_code == 302
            assert response["Location"] == (
                f"{ander.prefix}/dashboard/rapportages/{rapporten[ander.tag].uuid}/{pad}"
            )


def test_requesting_a_report_records_the_page_programme(client, twee_programmas, wethouder):
    client.force_login(wethouder)
    p1 = twee_programmas.p1
    response = client.post(f"{p1.prefix}/dashboard/rapportages/", {"stand": "2025"})
    assert response.status_code == 302
    rapport = Bestuursrapportage.objects.get()
    assert rapport.programma == p1.programma
    assert response["Location"] == f"{p1.prefix}/dashboard/rapportages/{rapport.uuid}/"


@pytest.mark.parametrize("pad", ["", "aandacht/", "export.xlsx", "rapportages/", "?stand=2022"])
def test_an_alderman_of_one_programme_is_refused_on_the_other(client, twee_programmas, pad):
    p1, p2 = twee_programmas.kanten
    wethouder_p1 = UserFactory(rol="bestuurder", rol__programmas=[p1.programma])
    wethouder_p2 = UserFactory(rol="bestuurder", rol__programmas=[p2.programma])
    client.force_login(wethouder_p1)
    assert client.get(f"{p2.prefix}/dashboard/{pad}").status_code == 403
    assert client.get(f"{p2.prefix}/dashboard/lijnen/{p2.lijn.slug}/").status_code == 403
    if "2022" not in pad:
        assert client.get(f"/dashboard/{pad}").status_code == 200
        assert client.get(f"{p1.prefix}/dashboard/{pad}").status_code == 200
    client.force_login(wethouder_p2)
    assert client.get(f"{p2.prefix}/dashboard/{pad}").status_code == 200
    assert client.get(f"/dashboard/{pad.replace('2022', '2025')}").status_code == 403
    assert client.get(f"{p1.prefix}/dashboard/").status_code == 403


def _tel(client, url) -> int:
    with CaptureQueriesContext(connection) as ctx:
        response = client.get(url)
    assert response.status_code == 200, url
    return len(ctx.captured_queries)


def test_fixed_number_of_queries_with_two_programmes_at_1x_and_10x(
    client, twee_programmas, wethouder, monkeypatch
):
    from almelo_programma.aanmelden import sessies

    monkeypatch.setattr(sessies, "SCHRIJF_INTERVAL", 24 * 3600)  # not the page's queries
    p1, p2 = twee_programmas.kanten
    client.force_login(wethouder)
    urls = [
        "/dashboard/",
        "/dashboard/aandacht/",
        "/dashboard/?stand=2025",
        "/dashboard/export.xlsx",
        f"/dashboard/lijnen/{p1.lijn.slug}/",
        f"{p2.prefix}/dashboard/",
        f"{p2.prefix}/dashboard/aandacht/",
        f"{p2.prefix}/dashboard/?stand=2022",
        f"{p2.prefix}/dashboard/export.xlsx",
        f"{p2.prefix}/dashboard/lijnen/{p2.lijn.slug}/",
    ]
    for kant in twee_programmas.kanten:
        meer_gegevens(kant, 1)
    for url in urls:
        client.get(url)  # warm caches (content types, session)
    bij_1x = {url: _tel(client, url) for url in urls}
    for kant in twee_programmas.kanten:
        meer_gegevens(kant, 9)
    bij_10x = {url: _tel(client, url) for url in urls}
    assert bij_10x == bij_1x
    assert bij_1x["/dashboard/"] <= 22  # as with one programme (the switcher included)
    assert bij_1x[f"{p2.prefix}/dashboard/"] <= 22
    # and the extra rows did land on the pages (the counts are of a real list)
    html = _pagina(client, f"{p2.prefix}/dashboard/aandacht/")
    assert "Extra P2 9" in html and "Extra P1" not in html
