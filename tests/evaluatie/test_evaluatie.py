"""The end evaluation: verdicts from known data, overrides with a reason, the workflow, the
frozen snapshot, rights, the public version, the documents and a fixed number of queries."""

import datetime
from decimal import Decimal
from io import BytesIO

import pytest
from django.core.exceptions import ValidationError
from django.db import connection
from django.test.utils import CaptureQueriesContext
from openpyxl import load_workbook

from activiteiten.models import Activiteit
from activiteiten.services import statusupdate_create
from doelen.models import Effectindicator
from doelen.services import meting_create
from evaluatie import services
from evaluatie.models import Eindevaluatie
from evaluatie.selectors import inhoud
from tests.factories import UserFactory
from tests.kern.helpers import xlsx_tekstcellen

pytestmark = pytest.mark.django_db

DATUM = datetime.date(2026, 10, 1)


def _meting(nummer, *, gepubliceerd=True, **velden):
    return meting_create(
        indicator=Effectindicator.objects.get(nummer=nummer),
        datum=velden.pop("datum", DATUM),
        gepubliceerd=gepubliceerd,
        **velden,
    )


@pytest.fixture
def evaluatie(programma):
    return services.eindevaluatie_get_or_create(programma)


@pytest.fixture
def pm():
    return UserFactory(rol="programmamanager")


def _per_nummer(w):
    return {i["nummer"]: i for i in w["indicatoren"]}


def test_verdicts_are_computed_from_the_recorded_data(evaluatie):
    _meting(3, waarde=Decimal("1500"), datum=DATUM - datetime.timedelta(days=200))
    _meting(3, waarde=Decimal("2600"))  # 2600 of 4100: 63%, towards the goal
    _meting(1, beoordeling="bereikt")
    _meting(2, beoordeling="op_koers")
    _meting(4, beoordeling="niet_gestart")
    w = _per_nummer(inhoud(evaluatie, openbaar=False))
    assert (w[3]["oordeel"], w[3]["voortgang"], w[3]["trend"]) == ("deels", 63, "richting het doel")
    assert (w[3]["waarde"], w[3]["streefwaarde"]) == ("2.600", "4.100")
    assert [w[n]["oordeel"] for n in (1, 2, 4)] == ["behaald", "deels", "niet"]
    # no measurement: says so, never a guess
    assert w[5]["oordeel"] == "geen_gegevens" and w[5]["waarde"] == ""


def test_an_override_needs_a_reason_and_the_page_shows_both(client, evaluatie, pm):
    indicator = Effectindicator.objects.get(nummer=5)
    with pytest.raises(ValidationError):
        services.oordeel_corrigeren(evaluatie, indicator=indicator, oordeel="behaald", reden=" ",
                                    door=pm)  # fmt: skip
    client.force_login(pm)
    url = f"/dashboard/evaluatie/oordelen/{indicator.slug}/"
    fout = client.post(url, {"oordeel": "behaald", "reden": ""})
    assert fout.status_code == 400 and "Geef de reden" in fout.content.decode()
    assert not evaluatie.correcties.exists()
    client.post(url, {"oordeel": "behaald", "reden": "Zie het woonbehoefteonderzoek 2026."})
    w = _per_nummer(inhoud(evaluatie, openbaar=False))[5]
    assert (w["berekend"], w["oordeel"]) == ("geen_gegevens", "behaald")
    pagina = client.get("/dashboard/evaluatie/").content.decode()
    assert "Berekend: geen gegevens" in pagina and "woonbehoefteonderzoek 2026" in pagina
    # removing the override restores the computed verdict
    client.post(url, {"oordeel": "", "reden": ""})
    assert _per_nummer(inhoud(evaluatie, openbaar=False))[5]["oordeel"] == "geen_gegevens"


def test_workflow_and_its_history(client, evaluatie, pm):
    client.force_login(pm)
    # straight from concept to vastgesteld is not a step
    antwoord = client.post("/dashboard/evaluatie/status/", {"naar": "vastgesteld",
                           "vastgesteld_op": "2027-02-02", "besluitkenmerk": "B-1"})  # fmt: skip
    assert antwoord.status_code == 400
    assert Eindevaluatie.objects.get().status == "concept"
    client.post("/dashboard/evaluatie/status/", {"naar": "ter_vaststelling"})
    assert Eindevaluatie.objects.get().status == "ter_vaststelling"
    # vaststellen needs the decision's date and reference
    fout = client.post("/dashboard/evaluatie/status/", {"naar": "vastgesteld"})
    assert fout.status_code == 400
    assert "kenmerk van het collegebesluit" in fout.content.decode()
    client.post("/dashboard/evaluatie/status/", {"naar": "vastgesteld",
                "vastgesteld_op": "2027-02-02", "besluitkenmerk": "2027-0042"})  # fmt: skip
    ev = Eindevaluatie.objects.get()
    assert ev.status == "vastgesteld" and ev.besluitkenmerk == "2027-0042"
    pagina = client.get("/dashboard/evaluatie/").content.decode()
    assert "Vastgesteld door het college op 2 februari 2027" in pagina
    assert pagina.count("ter vaststelling") >= 1  # the history lists the steps


def test_a_vastgestelde_evaluation_is_frozen(client, evaluatie, pm):
    _meting(3, waarde=Decimal("1000"))
    services.eindevaluatie_update(evaluatie, door=pm, conclusies="Goed op weg.")
    services.status_wijzigen(evaluatie, naar="ter_vaststelling", door=pm)
    services.status_wijzigen(evaluatie, naar="vastgesteld", door=pm,
                             vastgesteld_op=DATUM, besluitkenmerk="B-7")  # fmt: skip
    client.force_login(pm)
    voor = client.get("/dashboard/evaluatie/").content.decode()

    # the data changes afterwards …
    _meting(3, waarde=Decimal("4100"), datum=DATUM + datetime.timedelta(days=10))
    statusupdate_create(activiteit=Activiteit.objects.first(), status="afgerond", voortgang=100,
                        rapportagedatum=DATUM)  # fmt: skip
    na = client.get("/dashboard/evaluatie/").content.decode()
    # … the evaluation does not (the page is made from the stored snapshot)
    assert _per_nummer(Eindevaluatie.objects.get().momentopname)[3]["waarde"] == "1.000"
    assert "1.000 woningen" in na
    assert voor.split("<h1")[1] == na.split("<h1")[1]

    # every write refuses, with a Dutch message and no change
    for url, data in [
        ("/dashboard/evaluatie/teksten/", {"conclusies": "Anders"}),
        ("/dashboard/evaluatie/doelen/A/", {"conclusie": "x", "lessen": ""}),
        ("/dashboard/evaluatie/oordelen/3-4100-nieuwbouwwoningen/", {"oordeel": "niet",
                                                                     "reden": "x"}),
        ("/dashboard/evaluatie/status/", {"naar": "concept"}),
    ]:  # fmt: skip
        antwoord = client.post(url, data, follow=True)
        assert antwoord.status_code == 200, url
        assert "vastgesteld en kan niet meer worden gewijzigd" in antwoord.content.decode()
    ev = Eindevaluatie.objects.get()
    assert (ev.conclusies, ev.status) == ("Goed op weg.", "vastgesteld")
    assert not ev.onderdelen.exists() and not ev.correcties.exists()
    with pytest.raises(ValidationError):
        services.eindevaluatie_update(ev, door=pm, conclusies="Anders")


@pytest.mark.parametrize(
    ("rol", "lezen", "schrijven"),
    [("programmamanager", 200, 200), ("bestuurder", 200, 403), ("lijntrekker", 200, 403),
     ("partner", 403, 403), (None, 403, 403)],
)  # fmt: skip
def test_rights_of_every_role(client, programma, rol, lezen, schrijven):
    client.force_login(UserFactory(rol=rol) if rol else UserFactory())
    for url in ("/dashboard/evaluatie/", "/dashboard/evaluatie/eindevaluatie.xlsx"):
        assert client.get(url).status_code == lezen, url
    for url in ("/dashboard/evaluatie/teksten/", "/dashboard/evaluatie/doelen/A/",
                "/dashboard/evaluatie/lijnen/a1-ongedeelde-regio/",
                "/dashboard/evaluatie/oordelen/3-4100-nieuwbouwwoningen/"):  # fmt: skip
        assert client.get(url).status_code == schrijven, url
    if schrijven == 403:
        antwoord = client.post("/dashboard/evaluatie/status/", {"naar": "ter_vaststelling"})
        assert antwoord.status_code == 403
        assert not Eindevaluatie.objects.exclude(status="concept").exists()


def test_anonymous_goes_to_login(client, programma):
    antwoord = client.get("/dashboard/evaluatie/")
    assert antwoord.status_code == 302 and antwoord["Location"].startswith("/inloggen/")


def test_the_public_version_shows_only_what_was_published(client, evaluatie, pm):
    assert "nog niet vastgesteld" in client.get("/evaluatie/").content.decode()
    assert client.get("/evaluatie/eindevaluatie.pdf").status_code == 404
    _meting(3, waarde=Decimal("3333"), gepubliceerd=False)
    verborgen = Activiteit.objects.filter(lijn__code="A2").first()
    verborgen.openbaar = False
    verborgen.save()
    services.status_wijzigen(evaluatie, naar="ter_vaststelling", door=pm)
    services.status_wijzigen(evaluatie, naar="vastgesteld", door=pm,
                             vastgesteld_op=DATUM, besluitkenmerk="B-8")  # fmt: skip
    intern = _per_nummer(Eindevaluatie.objects.get().momentopname)
    openbaar = Eindevaluatie.objects.get().openbare_momentopname
    assert intern[3]["waarde"] == "3.333"
    assert _per_nummer(openbaar)[3]["oordeel"] == "geen_gegevens"
    a2 = next(lijn for d in openbaar["doelen"] for lijn in d["lijnen"] if lijn["code"] == "A2")
    a2_intern = next(
        lijn
        for d in Eindevaluatie.objects.get().momentopname["doelen"]
        for lijn in d["lijnen"]
        if lijn["code"] == "A2"
    )
    assert a2["aantal"] == a2_intern["aantal"] - 1
    assert "lobby" not in openbaar["netwerk"]
    assert Eindevaluatie.objects.get().momentopname["netwerk"]["lobby"]  # internal only
    pagina = client.get("/evaluatie/").content.decode()
    assert "3.333" not in pagina, pagina[pagina.find("3.333") - 300 :][:400]
    assert "<h3>Lobby</h3>" not in pagina  # the lobby is internal work
    assert "Vastgesteld door het college" in pagina


def test_the_xlsx_has_every_part_and_no_live_formula(client, evaluatie, pm):
    services.eindevaluatie_update(evaluatie, door=pm, conclusies='=HYPERLINK("http://x","klik")')
    client.force_login(pm)
    antwoord = client.get("/dashboard/evaluatie/eindevaluatie.xlsx")
    wb = load_workbook(BytesIO(antwoord.content))
    assert wb.sheetnames == ["Effecten", "Activiteiten", "Deelsporen", "Woningbouw",
                             "Conclusies", "Over"]  # fmt: skip
    assert wb["Effecten"].max_row == 11  # heading + the ten effects
    cellen = [c for rij in wb["Conclusies"].iter_rows() for c in rij]
    formule = next(c for c in cellen if "HYPERLINK" in str(c.value))
    # a text cell with Excel's quote prefix, the text as written (the kernel's writer)
    assert formule.data_type == "s" and formule.quotePrefix
    assert formule.value == '=HYPERLINK("http://x","klik")'
    assert "HYPERLINK" not in str(xlsx_tekstcellen(antwoord.content).get("Effecten"))


def test_the_pdf_is_tagged(client, evaluatie, pm):
    from pypdf import PdfReader

    client.force_login(pm)
    antwoord = client.get("/dashboard/evaluatie/eindevaluatie.pdf")
    assert antwoord["Content-Type"] == "application/pdf"
    pdf = PdfReader(BytesIO(antwoord.content))
    root = pdf.trailer["/Root"]
    assert "/StructTreeRoot" in root and root["/Lang"] == "nl"
    assert "Eindevaluatie" in pdf.metadata.title


def _tel(client, url):
    with CaptureQueriesContext(connection) as ctx:
        assert client.get(url).status_code == 200
    return len(ctx.captured_queries)


def test_fixed_number_of_queries_at_1x_and_10x(client, demo, pm):
    from almelo_programma.laden import laad_demo

    client.force_login(pm)
    urls = ["/dashboard/evaluatie/", "/dashboard/evaluatie/eindevaluatie.xlsx"]
    for url in urls:
        client.get(url)
    bij_1x = {url: _tel(client, url) for url in urls}
    aantal = Activiteit.objects.count()
    laad_demo(schaal=10)
    assert Activiteit.objects.count() > 5 * aantal
    assert {url: _tel(client, url) for url in urls} == bij_1x


def test_every_figure_from_demo_data_carries_the_mark(client, demo, pm):
    """Verdicts from demo measurements, activity counts with demo rows and demo housing figures
    are marked, on the evaluation and on the dashboard's scorecard."""
    client.force_login(pm)
    w = client.get("/dashboard/evaluatie/").context["w"]
    demo_metingen = set(
        Effectindicator.objects.filter(metingen__is_demo=True).values_list("nummer", flat=True)
    )
    assert demo_metingen
    for i in w["indicatoren"]:
        if i["nummer"] in demo_metingen:
            assert i["is_demo"], i["nummer"]
    lijnen = [lijn for d in w["doelen"] for lijn in d["lijnen"] if lijn["aantal"]]
    assert lijnen and all(lijn["is_demo"] for lijn in lijnen)  # the demo reports on demo items
    assert w["woningbouw"]["is_demo"]
    kaart = client.get("/dashboard/").context["scorekaart"]
    assert all(e.uitkomst.is_demo for e in kaart.effecten if e.indicator.nummer in demo_metingen)
    html = client.get("/dashboard/").content.decode()
    rijen = html.split('id="scorekaart-kop"')[1].split("</table>")[0].split("<tr>")[2:]
    assert sum("badge--demo" in r for r in rijen) == len(demo_metingen)
