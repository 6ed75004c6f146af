"""The API with two programmes side by side: the programmes list, every list of a programme
scoped to one programme (``?programma=<slug>``, by default the current one), objects that name
their programme, and fixed query counts at 1× and 10× the data."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from tests.api.conftest import kant_maken
from tests.factories import ProgrammaFactory

pytestmark = pytest.mark.django_db

# list → the field whose text carries the marker
GEBONDEN = {
    "doelen": "titel",
    "indicatoren": "tekst",
    "lijnen": "naam",
    "activiteiten": "titel",
    "statusupdates": "toelichting",
    "deelsporen": "naam",
    "besluiten": "titel",
}


def alle_items(client, url, params=None) -> list[dict]:
    """Every item of a list, page after page (``next``)."""
    response = client.get(url, params or {})
    assert response.status_code == 200, response.content
    data = response.json()
    items = list(data["results"])
    while data.get("next"):
        data = client.get(data["next"]).json()
        items.extend(data["results"])
    return items


def teksten(items, veld) -> str:
    return " ".join(str(item[veld]) for item in items)


# --- the programmes ---


def test_programmes_list_names_both_programmes_and_the_current_one(api_client, twee_programmas):
    p1, p2 = twee_programmas.p1.programma, twee_programmas.p2.programma
    data = api_client.get("/api/v1/programmas/").json()
    assert data["count"] == 2
    per_slug = {p["slug"]: p for p in data["results"]}
    eerste, opvolger = per_slug[p1.slug], per_slug["opvolger"]
    assert set(eerste) == {
        "slug", "naam", "periode", "startjaar", "eindjaar", "missie", "status",
        "gearchiveerd_op", "is_demo", "voorganger", "huidig", "url",
    }  # fmt: skip
    assert eerste["huidig"] is True and opvolger["huidig"] is False
    assert eerste["periode"] == "2023–2026" and eerste["status"] == "lopend"
    assert (opvolger["startjaar"], opvolger["eindjaar"]) == (2027, 2030)
    assert opvolger["voorganger"] == p1.slug and eerste["voorganger"] is None
    assert opvolger["missie"] == p2.missie
    assert eerste["url"] == f"http://testserver/{p1.slug}/"
    assert opvolger["url"] == "http://testserver/opvolger/"
    assert api_client.get(opvolger["url"]).status_code == 200


def test_programme_detail_and_archived_status(api_client, twee_programmas):
    from django.utils import timezone

    p2 = twee_programmas.p2.programma
    p2.gearchiveerd_op = timezone.now()
    p2.save()
    data = api_client.get("/api/v1/programmas/opvolger/").json()
    assert data["status"] == "gearchiveerd" and data["gearchiveerd_op"]
    assert data["naam"] == p2.naam
    assert api_client.get("/api/v1/programmas/bestaat-niet/").status_code == 404


def test_programmes_list_shows_no_people(api_client, twee_programmas):
    from tests.factories import UserFactory

    UserFactory(username="geheim.persoon", rol="programmamanager")
    tekst = api_client.get("/api/v1/programmas/").content.decode()
    assert "geheim.persoon" not in tekst and "example.invalid" not in tekst


# --- one programme per list ---


@pytest.mark.parametrize("lijst", GEBONDEN)
def test_every_list_shows_only_the_programme_asked_for(api_client, twee_programmas, lijst):
    veld = GEBONDEN[lijst]
    url = f"/api/v1/{lijst}/"
    for kant, andere in (
        (twee_programmas.p1, twee_programmas.p2),
        (twee_programmas.p2, twee_programmas.p1),
    ):
        items = alle_items(api_client, url, {"programma": kant.programma.slug, "per_pagina": 200})
        tekst = teksten(items, veld)
        assert kant.marker in tekst, (lijst, kant.marker)
        assert andere.marker not in tekst, (lijst, andere.marker)
        assert {item["programma"] for item in items} == {kant.programma.slug}


@pytest.mark.parametrize("lijst", GEBONDEN)
def test_without_the_parameter_a_list_shows_the_current_programme(
    api_client, twee_programmas, lijst
):
    items = alle_items(api_client, f"/api/v1/{lijst}/", {"per_pagina": 200})
    tekst = teksten(items, GEBONDEN[lijst])
    assert "MARKER-P1" in tekst and "MARKER-P2" not in tekst
    assert {item["programma"] for item in items} == {twee_programmas.p1.programma.slug}


def test_the_current_programme_follows_the_calendar(api_client, twee_programmas):
    """When the successor has started (the first is archived), lists without the parameter show
    the successor's items: clients keep "the current programme"."""
    from django.utils import timezone

    p1 = twee_programmas.p1.programma
    p1.gearchiveerd_op = timezone.now()
    p1.save()
    tekst = teksten(alle_items(api_client, "/api/v1/besluiten/"), "titel")
    assert "MARKER-P2" in tekst and "MARKER-P1" not in tekst


@pytest.mark.parametrize("lijst", GEBONDEN)
def test_an_unknown_or_malformed_programme_is_refused_in_dutch(api_client, twee_programmas, lijst):
    url = f"/api/v1/{lijst}/"
    onbekend = api_client.get(url, {"programma": "bestaat-niet"})
    assert onbekend.status_code == 404
    assert onbekend.json() == {"detail": "Er is geen programma met slug 'bestaat-niet'."}
    leeg = api_client.get(url, {"programma": ""})
    assert leeg.status_code == 400
    assert leeg.json() == {"programma": ["Geef een waarde op, of laat deze parameter weg."]}
    fout = api_client.get(url, {"programma": "geen slug!"})
    assert fout.status_code == 400
    assert fout.json() == {"programma": ["Geef de slug van een programma op."]}


def test_the_filters_still_apply_within_the_programme(api_client, twee_programmas):
    p2 = twee_programmas.p2
    items = alle_items(
        api_client, "/api/v1/activiteiten/", {"programma": "opvolger", "lijn": p2.lijn.slug}
    )
    assert [item["slug"] for item in items] == [p2.activiteit.slug]
    # a line of the other programme is not in this programme: nothing
    leeg = alle_items(
        api_client,
        "/api/v1/activiteiten/",
        {"programma": "opvolger", "lijn": twee_programmas.p1.lijn.slug},
    )
    assert leeg == []


def test_municipal_lists_are_the_same_for_every_programme(api_client, twee_programmas):
    from tests.factories import BijeenkomstFactory, WoningbouwprojectFactory

    BijeenkomstFactory(titel="GEMEENTE-BIJEENKOMST")
    WoningbouwprojectFactory(naam="GEMEENTE-PROJECT")
    for url, tekst in (
        ("/api/v1/bijeenkomsten/", "GEMEENTE-BIJEENKOMST"),
        ("/api/v1/woningbouwprojecten/", "GEMEENTE-PROJECT"),
    ):
        assert tekst in api_client.get(url).content.decode()
        assert tekst in api_client.get(url, {"programma": "opvolger"}).content.decode()
    cijfers = api_client.get("/api/v1/woningbouwcijfers/").json()
    assert cijfers["doel"] == 4100


# --- objects of any programme ---

DETAILS = {
    "doelen": lambda k: k.doel.slug,
    "indicatoren": lambda k: k.indicator.slug,
    "lijnen": lambda k: k.lijn.slug,
    "activiteiten": lambda k: k.activiteit.slug,
    "statusupdates": lambda k: k.update.uuid,
    "deelsporen": lambda k: k.deelspoor.slug,
    "besluiten": lambda k: k.besluit.slug,
}


@pytest.mark.parametrize("lijst", DETAILS)
def test_detail_urls_find_objects_of_every_programme_and_name_it(
    api_client, twee_programmas, lijst
):
    for kant in (twee_programmas.p1, twee_programmas.p2):
        response = api_client.get(f"/api/v1/{lijst}/{DETAILS[lijst](kant)}/")
        assert response.status_code == 200, (lijst, kant.marker)
        data = response.json()
        assert data["programma"] == kant.programma.slug
        assert kant.marker in str(data[GEBONDEN[lijst]])


def test_links_lead_to_the_page_in_the_objects_programme(api_client, twee_programmas):
    p1, p2 = twee_programmas.p1, twee_programmas.p2
    # the current programme: today's addresses, as before
    eigen = api_client.get(f"/api/v1/activiteiten/{p1.activiteit.slug}/").json()
    assert eigen["url"] == f"http://testserver/activiteiten/{p1.activiteit.slug}/"
    assert eigen["statusupdates_url"].endswith(f"?activiteit={p1.activiteit.slug}")
    # another programme: its own addresses, and its updates' list names the programme
    ander = api_client.get(f"/api/v1/activiteiten/{p2.activiteit.slug}/").json()
    assert ander["url"] == f"http://testserver/opvolger/activiteiten/{p2.activiteit.slug}/"
    updates = api_client.get(ander["statusupdates_url"]).json()["results"]
    assert [u["uuid"] for u in updates] == [str(p2.update.uuid)]
    lijst = alle_items(api_client, "/api/v1/doelen/", {"programma": "opvolger"})
    assert lijst[0]["url"] == f"http://testserver/opvolger/doelen/{p2.doel.slug}/"


# --- query counts ---


def _tel(client, urls) -> dict[str, int]:
    aantallen = {}
    for url in urls:
        with CaptureQueriesContext(connection) as queries:
            response = client.get(url)
        assert response.status_code == 200, (url, response.content[:300])
        aantallen[url] = len(queries)
    return aantallen


def test_query_counts_of_every_list_stay_the_same_at_ten_times_the_data(
    api_client, twee_programmas
):
    urls = [f"/api/v1/{lijst}/" for lijst in GEBONDEN]
    urls += [
        f"{url}?programma={slug}"
        for url in urls
        for slug in ("opvolger", "stedelijke-ontwikkeling")
    ]
    urls.append("/api/v1/programmas/")
    een_keer = _tel(api_client, urls)
    for nr in range(2, 11):
        for kant in (twee_programmas.p1, twee_programmas.p2):
            kant_maken(kant.programma, f"{kant.marker}-{nr}", doel=kant.doel, nr=nr)
        ProgrammaFactory(
            naam=f"Programma {nr}", slug=f"programma-{nr}", startjaar=2031, eindjaar=2034
        )
    tien_keer = _tel(api_client, urls)
    assert tien_keer == een_keer
    assert max(een_keer.values()) <= 8, een_keer
    # the data did grow: the successor's list has ten decisions now
    assert len(alle_items(api_client, "/api/v1/besluiten/?programma=opvolger")) == 10


def test_the_public_activity_filter_offers_the_lines_and_years_of_its_programme(twee_programmas):
    """The activity filter (shared with the public list page) offers only its programme's lines
    and years."""
    from activiteiten.api.filters import ActiviteitPaginaFilter
    from activiteiten.models import Activiteit

    p1, p2 = twee_programmas.p1, twee_programmas.p2
    for kant, andere in ((p1, p2), (p2, p1)):
        filterset = ActiviteitPaginaFilter(
            None, queryset=Activiteit.objects.none(), programma=kant.programma
        )
        lijnen = set(filterset.filters["lijn"].queryset)
        assert kant.lijn in lijnen and andere.lijn not in lijnen
        jaren = [jaar for jaar, _ in filterset.form.fields["jaar"].choices if jaar]
        assert jaren == kant.programma.jaren
