"""Two programmes side by side never leak into each other's public pages, feeds, CSVs, the
decisions workbook or the map; the unprefixed addresses serve the current programme, and an old
bookmark of an item of another programme redirects to the programme it belongs to."""

import datetime
import json
from io import BytesIO

import pytest
from openpyxl import load_workbook

pytestmark = pytest.mark.django_db

# Per programme: (path below the programme's prefix, what is about that programme)
PAGINAS = [
    "",
    "doelen/doel-{naam}/",
    "indicatoren/indicator-{naam}/",
    "lijnen/lijn-{naam}/",
    "activiteiten/",
    "activiteiten/?q=activiteit",
    "activiteiten/activiteit-{naam}-0/",
    "activiteiten.csv",
    "metingen.csv",
    "feeds/statusupdates.atom",
    "besluiten/",
    "besluiten/besluit-{naam}-0/",
    "feeds/besluiten.atom",
]

PREFIXEN = [
    ("", "een", "P1", "P2"),  # the current programme at today's addresses
    ("/programma-een/", "een", "P1", "P2"),
    ("/programma-twee/", "twee", "P2", "P1"),
]


def _url(prefix, pad, naam):
    return (prefix or "/") + pad.format(naam=naam)


@pytest.mark.parametrize(("prefix", "naam", "eigen", "ander"), PREFIXEN)
def test_every_page_feed_and_csv_shows_only_its_own_programme(
    client, twee_programmas, prefix, naam, eigen, ander
):
    for pad in PAGINAS:
        url = _url(prefix, pad, naam)
        response = client.get(url)
        assert response.status_code == 200, url
        inhoud = response.content.decode()
        assert f"MARKER-{eigen}" in inhoud, url
        assert f"MARKER-{ander}" not in inhoud, url


@pytest.mark.parametrize(("prefix", "naam", "eigen", "ander"), PREFIXEN)
def test_the_decisions_workbook_has_only_its_own_programme(
    client, twee_programmas, prefix, naam, eigen, ander
):
    response = client.get(_url(prefix, "besluiten.xlsx", naam))
    assert response.status_code == 200
    boek = load_workbook(BytesIO(response.content))
    teksten = " ".join(
        str(cel) for blad in boek for rij in blad.iter_rows(values_only=True) for cel in rij
    )
    assert f"MARKER-{eigen}" in teksten
    assert f"MARKER-{ander}" not in teksten


def test_the_pages_of_a_programme_carry_its_own_period_and_links(client, twee_programmas):
    een = client.get("/").content.decode()
    twee = client.get("/programma-twee/").content.decode()
    assert "Effecten in 2026" in een and "Effecten in 2030" in twee
    assert 'href="/programma-twee/doelen/doel-twee/"' in twee
    assert 'href="/doelen/doel-een/"' in een
    woningbouw = client.get("/programma-twee/woningbouw/").content.decode()
    assert "in 2030 wil bereiken" in woningbouw
    verklaring = client.get("/programma-twee/toegankelijkheid/").content.decode()
    assert "het Programma Twee kan volgen" in verklaring
    # the feeds are the programme's: title, author and links
    feed = client.get("/programma-twee/feeds/statusupdates.atom").content.decode()
    assert "Voortgang Programma Twee Almelo" in feed
    assert "Gemeente Almelo, Programma Twee" in feed
    assert "/programma-twee/activiteiten/activiteit-twee-0/" in feed
    besluiten = client.get("/programma-twee/feeds/besluiten.atom").content.decode()
    assert "Besluiten Programma Twee Almelo" in besluiten
    assert "/programma-twee/besluiten/besluit-twee-0/" in besluiten


def test_the_map_links_to_the_programmes_own_housing_page(client, twee_programmas):
    """The housing pipeline is the municipality's: the same projects, each programme's links."""
    from tests.factories import WoningbouwprojectFactory

    WoningbouwprojectFactory(slug="kaartproject", breedtegraad="52.356700", lengtegraad="6.662500")
    for prefix in ("/", "/programma-twee/"):
        data = json.loads(client.get(f"{prefix}woningbouw/projecten.geojson").content)
        urls = [f["properties"]["url"] for f in data["features"] if "url" in f["properties"]]
        assert urls == [f"{prefix}woningbouw/#project-kaartproject"], urls


def test_the_evaluation_is_the_programmes_own(client, twee_programmas):
    from evaluatie import services
    from tests.factories import UserFactory

    p1, _p2 = twee_programmas
    pm = UserFactory(rol="programmamanager")
    evaluatie = services.eindevaluatie_get_or_create(p1)
    services.status_wijzigen(evaluatie, naar="ter_vaststelling", door=pm)
    services.status_wijzigen(
        evaluatie,
        naar="vastgesteld",
        door=pm,
        vastgesteld_op=datetime.date(2026, 10, 1),
        besluitkenmerk="B-P1",
    )
    assert "Vastgesteld door het college" in client.get("/evaluatie/").content.decode()
    assert client.get("/programma-een/evaluatie/eindevaluatie.pdf").status_code == 200
    twee = client.get("/programma-twee/evaluatie/").content.decode()
    assert "nog niet vastgesteld" in twee and "Vastgesteld door het college" not in twee
    assert client.get("/programma-twee/evaluatie/eindevaluatie.pdf").status_code == 404


@pytest.mark.parametrize(
    ("oud", "nieuw"),
    [
        ("/doelen/doel-twee/", "/programma-twee/doelen/doel-twee/"),
        ("/indicatoren/indicator-twee/", "/programma-twee/indicatoren/indicator-twee/"),
        ("/lijnen/lijn-twee/", "/programma-twee/lijnen/lijn-twee/"),
        (
            "/activiteiten/activiteit-twee-0/?pagina=2",
            "/programma-twee/activiteiten/activiteit-twee-0/?pagina=2",
        ),
        ("/besluiten/besluit-twee-0/", "/programma-twee/besluiten/besluit-twee-0/"),
        ("/programma-twee/doelen/doel-een/", "/programma-een/doelen/doel-een/"),
        (
            "/programma-twee/activiteiten/activiteit-een-0/",
            "/programma-een/activiteiten/activiteit-een-0/",
        ),
    ],
)
def test_an_item_of_another_programme_redirects_to_its_programme(
    client, twee_programmas, oud, nieuw
):
    response = client.get(oud)
    assert response.status_code == 302
    assert response["Location"] == nieuw
    assert client.get(nieuw).status_code == 200


def test_unknown_and_non_public_items_are_still_not_found(client, twee_programmas):
    from activiteiten.models import Activiteit
    from besluiten.models import Besluit

    Activiteit.objects.filter(slug="activiteit-twee-0").update(openbaar=False)
    Besluit.objects.filter(slug="besluit-twee-0").update(openbaar=False)
    for url in (
        "/doelen/bestaat-niet/",
        "/programma-twee/lijnen/bestaat-niet/",
        "/activiteiten/activiteit-twee-0/",  # not public: no redirect that betrays it
        "/besluiten/besluit-twee-0/",
    ):
        assert client.get(url).status_code == 404, url
