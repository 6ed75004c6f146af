"""No figure derived from a demo row appears without its demo mark: pages, CSV, .xlsx, PDF, API
and feed, walked over a programme loaded with demo data.

The demo puts its status updates on demo activities only, so the plan's own activities and the
five sub-tracks stay "nog geen update". To check the marks also follow a demo row onto a real
item, the fixture adds what an older demo did: a demo update on the plan's "Deelname Provada"
and on sub-track 5. With every update and project of the database demo, every progress figure
and every housing figure shown must carry the mark; the plan's items without an update must not.
"""

import csv
import datetime
import io
import re

import pytest
from django.contrib.auth import get_user_model
from openpyxl import load_workbook

from activiteiten.constants import Status
from activiteiten.models import Activiteit, Statusupdate
from activiteiten.services import laatste_updates_bijwerken
from almelo_programma.dashboard.models import Bestuursrapportage
from almelo_programma.dashboard.pdf import rapport_html
from doelen.models import Doel, Effectindicator, Programma
from woondeals.models import Deelspoor, DeelspoorUpdate

pytestmark = pytest.mark.django_db

PROVADA = "2023-b2-deelname-provada"
A2 = "2023-a2-ruimtelijke-visie-lokale-bedrijventerreinen"
BALK = re.compile(
    r'aria-label="(?P<label>[^"]+): -?\d+%" focusable="false">'
    r'<rect class="voortgang__vulling"[^>]*/></svg>'
    r'<span class="voortgang__tekst" aria-hidden="true">-?\d+%</span>'
    r'(?P<demo> <span class="badge badge--demo")?'
)


@pytest.fixture
def alles_demo(demo):
    provada = Activiteit.objects.get(slug=PROVADA)
    Statusupdate.objects.create(
        activiteit=provada,
        rapportagedatum=datetime.date(2023, 12, 31),
        status=Status.GESTOPT,
        voortgang=90,
        toelichting="[Demo] Oude demo-update op een activiteit uit het plan.",
        gepubliceerd=True,
        is_demo=True,
    )
    laatste_updates_bijwerken([provada.pk])  # as the services do after writing
    DeelspoorUpdate.objects.create(
        deelspoor=Deelspoor.objects.get(nummer=5),
        rapportagedatum=datetime.date(2023, 12, 31),
        status=Status.AANDACHT_NODIG,
        voortgang=40,
        toelichting="[Demo] Oude demo-update op een deelspoor uit het plan.",
        gepubliceerd=True,
        is_demo=True,
    )
    assert not Statusupdate.objects.filter(is_demo=False).exists()
    return demo


def balken(html: str) -> dict[str, list[bool]]:
    """Progress bars by label: for each, whether it carries the Demo badge."""
    uit: dict[str, list[bool]] = {}
    for m in BALK.finditer(html):
        uit.setdefault(m["label"], []).append(m["demo"] is not None)
    return uit


def kop(html: str) -> str:
    return html.split("<h1>")[1].split("</h1>")[0]


def test_the_demo_reports_on_demo_items_only(demo):
    assert Statusupdate.objects.exists()
    assert not Statusupdate.objects.filter(activiteit__is_demo=False).exists()
    assert not DeelspoorUpdate.objects.exists()
    assert set(Statusupdate.objects.values_list("is_demo", flat=True)) == {True}


def test_public_pages_mark_every_demo_figure(client, alles_demo):
    paginas = ["/"] + [d.get_absolute_url() for d in Doel.objects.all()]
    paginas += [
        f"/lijnen/{s}/"
        for s in ("a1-ongedeelde-regio", "b2-lobby-stedelijke-ontwikkeling-en-bereikbaarheid")
    ]
    gezien = 0
    for url in paginas:
        for label, demo in balken(client.get(url).content.decode()).items():
            if label.startswith(("Voortgang van de lijn", "Voortgang doel")):
                assert all(demo), (url, label)
                gezien += len(demo)
    assert gezien >= 9
    provada = client.get(f"/activiteiten/{PROVADA}/").content.decode()
    assert balken(provada)["Voortgang van de activiteit"] == [True]
    assert "badge--demo" in kop(provada)
    # a plan activity without an update shows no demo mark
    a2 = client.get(f"/activiteiten/{A2}/").content.decode()
    assert balken(a2)["Voortgang van de activiteit"] == [False]
    assert "badge--demo" not in a2.split("<h1>")[1].split("</h1>")[0]
    rij = next(
        r
        for r in client.get("/activiteiten/?q=Provada").content.decode().split("<tr>")
        if "Deelname Provada" in r
    )
    assert "badge--demo" in rij
    woningbouw = client.get("/woningbouw/").content.decode()
    assert "melding--demo" in woningbouw
    # an indicator's progress computed from a demo measurement
    indicatorbalken = []
    for indicator in Effectindicator.objects.filter(metingen__is_demo=True).distinct():
        html = client.get(indicator.get_absolute_url()).content.decode()
        indicatorbalken += balken(html).get("Voortgang naar de streefwaarde", [])
    assert indicatorbalken and all(indicatorbalken)


def test_csv_marks_every_row_with_a_demo_figure(client, alles_demo):
    tekst = client.get("/activiteiten.csv").content.decode("utf-8-sig")
    scheiding = ";" if tekst.splitlines()[0].count(";") > tekst.splitlines()[0].count(",") else ","
    rijen = list(csv.DictReader(io.StringIO(tekst), delimiter=scheiding))
    assert rijen
    for rij in rijen:
        if rij["status"] != Status.NIET_GESTART or rij["laatste_rapportagedatum"]:
            assert rij["demogegeven"] == "ja", rij["slug"]
    per_slug = {r["slug"]: r["demogegeven"] for r in rijen}
    assert per_slug[PROVADA] == "ja" and per_slug[A2] == "nee"


def test_api_marks_every_demo_figure(api_client, alles_demo):
    lijnen = api_client.get("/api/v1/lijnen/?per_pagina=200").json()["results"]
    assert all(lijn["voortgang_is_demo"] for lijn in lijnen if lijn["voortgang"] is not None)
    activiteiten = api_client.get("/api/v1/activiteiten/?per_pagina=200").json()["results"]
    per_slug = {a["slug"]: a for a in activiteiten}
    for act in activiteiten:
        if act["laatste_rapportagedatum"]:
            assert act["is_demo"], act["slug"]
    assert per_slug[PROVADA]["is_demo"] and not per_slug[A2]["is_demo"]
    updates = api_client.get("/api/v1/statusupdates/?per_pagina=200").json()["results"]
    assert updates and all(u["is_demo"] for u in updates)


def test_feed_marks_every_demo_update(client, alles_demo):
    feed = client.get("/feeds/statusupdates.atom").content.decode()
    titels = re.findall(r"<entry>.*?<title>(.*?)</title>", feed, flags=re.S)
    assert titels and all(t.startswith("[Demo]") for t in titels)


def test_dashboard_xlsx_and_pdf_mark_every_demo_figure(client, alles_demo):
    client.force_login(get_user_model().objects.get(username="wethouder"))
    html = client.get("/dashboard/").content.decode()
    gezien = 0
    for label, demo in balken(html).items():
        if label.startswith(("Voortgang doel", "Voortgang van lijn")):
            assert all(demo), label
            gezien += len(demo)
    assert gezien >= 3
    assert "Deze cijfers komen (deels) uit verzonnen demoprojecten" in html

    wb = load_workbook(io.BytesIO(client.get("/dashboard/export.xlsx").getvalue()))
    for blad in ("Doelen en lijnen", "Woningbouw per jaar", "Plannen", "Plannen per fase"):
        kop, *rijen = list(wb[blad].iter_rows(values_only=True))
        demo = kop.index("Demo")
        for rij in rijen:
            if blad == "Doelen en lijnen" and rij[2] is None:
                continue
            if str(rij[0]).startswith("Norm"):
                continue
            assert rij[demo] == "ja", (blad, rij)
    kop, *rijen = list(wb["Aandacht nodig"].iter_rows(values_only=True))
    for rij in rijen:
        if rij[kop.index("Laatste update")]:
            assert rij[kop.index("Demo")] == "ja", rij
    titels = {rij[1]: rij[kop.index("Demo")] for rij in rijen}
    assert titels.get("5. Aanvragen rijksregelingen") == "ja"

    rapport = Bestuursrapportage(
        programma=Programma.objects.get(),
        stand="",
        stand_label="Actueel",
        peildatum=datetime.date.today(),
    )
    pdf = rapport_html(rapport)
    kaal = re.findall(r'<td class="getal">(\d+)%</td>', pdf)
    assert kaal == [], "voortgang zonder demomarkering in de bestuursrapportage"
    assert "% [Demo]" in pdf and "demoprojecten" in pdf
