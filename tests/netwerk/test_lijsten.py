"""Partner and event lists (and the other netwerk lists) use a fixed number of SQL queries, at
1× and 10× the data; the partner page shows what the portal holds on the partner."""

import datetime
import itertools

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from activiteiten.models import Activiteitenlijn
from netwerk.models import (
    Bijeenkomst,
    Contactpersoon,
    Lobbycontact,
    Lobbydossier,
    Partner,
    Vervolgactie,
)
from woondeals.models import Woningbouwproject

pytestmark = pytest.mark.django_db

_volgnummer = itertools.count()


def meer_data(schaal: int, eigenaar):
    """Per unit of scale: 4 partners with 2 contact persons, 8 events with 2 partners, a line
    and an action each, 12 housing projects and 3 lobby contacts (like laad_demo's proportions)."""
    n = next(_volgnummer)
    partners = Partner.objects.bulk_create(
        Partner(naam=f"Partner {n}-{i}", slug=f"partner-{n}-{i}", soort="corporatie")
        for i in range(4 * schaal)
    )
    Contactpersoon.objects.bulk_create(
        Contactpersoon(partner=p, naam=f"Persoon {j}") for p in partners for j in range(2)
    )
    start = timezone.now()
    events = Bijeenkomst.objects.bulk_create(
        Bijeenkomst(
            titel=f"Bijeenkomst {n}-{i}",
            slug=f"bijeenkomst-{n}-{i}",
            soort="stadscafe",
            start=start + datetime.timedelta(days=i - 4 * schaal),
        )
        for i in range(8 * schaal)
    )
    lijnen = list(Activiteitenlijn.objects.all())
    Through = Bijeenkomst.partners.through
    Through.objects.bulk_create(
        Through(bijeenkomst=b, partner=partners[(i + k) % len(partners)])
        for i, b in enumerate(events)
        for k in range(2)
    )
    LijnThrough = Bijeenkomst.lijnen.through
    LijnThrough.objects.bulk_create(
        LijnThrough(bijeenkomst=b, activiteitenlijn=lijnen[i % len(lijnen)])
        for i, b in enumerate(events)
    )
    Vervolgactie.objects.bulk_create(
        Vervolgactie(bijeenkomst=b, omschrijving="Actie", eigenaar=eigenaar, deadline=start.date())
        for b in events
    )
    Woningbouwproject.objects.bulk_create(
        Woningbouwproject(
            naam=f"Project {n}-{i}",
            slug=f"project-{n}-{i}",
            wijk="Centrum",
            sociale_huur=10,
            middenhuur=10,
            betaalbare_koop=10,
            vrije_sector=10,
            planstatus="hard",
            fase="realisatie",
            ontwikkelaar=partners[i % len(partners)],
        )
        for i in range(12 * schaal)
    )
    dossier = Lobbydossier.objects.first()
    Lobbycontact.objects.bulk_create(
        Lobbycontact(
            dossier=dossier,
            datum=start.date(),
            met_wie="Ministerie",
            samenvatting="Gesprek",
            partner=partners[i % len(partners)],
        )
        for i in range(3 * schaal)
    )


def aantal_queries(client, url):
    with CaptureQueriesContext(connection) as ctx:
        response = client.get(url)
    assert response.status_code == 200, url
    return len(ctx.captured_queries)


LIJSTEN = [
    "/werkruimte/netwerk/",
    "/werkruimte/netwerk/partners/",
    "/werkruimte/netwerk/bijeenkomsten/",
    "/werkruimte/netwerk/acties/",
    "/werkruimte/netwerk/lobby/",
    "/werkruimte/netwerk/enquetes/",
]
MAX_QUERIES = 12  # session, user, groups, B-line check, then a few per page


def test_lists_use_a_fixed_number_of_queries(als, gebruikers, django_assert_max_num_queries):
    client = als("trekker.netwerk")
    eigenaar = gebruikers["trekker.netwerk"]
    meer_data(1, eigenaar)
    bij_1x = {url: aantal_queries(client, url) for url in LIJSTEN}
    meer_data(9, eigenaar)  # now 10× in all
    assert Bijeenkomst.objects.count() >= 80
    for url in LIJSTEN:
        with django_assert_max_num_queries(MAX_QUERIES):
            n = aantal_queries(client, url)
        assert n == bij_1x[url], f"{url}: {bij_1x[url]} queries at 1×, {n} at 10×"


def test_partner_and_event_pages_use_a_fixed_number_of_queries(als, gebruikers):
    client = als("programmamanager")
    meer_data(1, gebruikers["programmamanager"])
    partner = Partner.objects.filter(slug__startswith="partner-").first()
    bijeenkomst = Bijeenkomst.objects.filter(slug__startswith="bijeenkomst-").first()
    urls = [
        f"/werkruimte/netwerk/partners/{partner.slug}/",
        f"/werkruimte/netwerk/bijeenkomsten/{bijeenkomst.slug}/",
        f"/werkruimte/netwerk/lobby/{Lobbydossier.objects.first().slug}/",
    ]
    voor = {url: aantal_queries(client, url) for url in urls}
    meer_data(9, gebruikers["programmamanager"])
    for url in urls:
        assert aantal_queries(client, url) == voor[url], url


def test_partner_list_counts_and_page_shows_related_items(als, netwerk_basis):
    partner = netwerk_basis["partner"]
    Woningbouwproject.objects.create(
        naam="Project Hofkamp",
        slug="project-hofkamp",
        wijk="Hofkamp",
        planstatus="hard",
        fase="realisatie",
        ontwikkelaar=partner,
    )
    client = als("wethouder")
    lijst = client.get("/werkruimte/netwerk/partners/")
    rij = next(p for p in lijst.context["partners"] if p.pk == partner.pk)
    assert (rij.aantal_contactpersonen, rij.aantal_bijeenkomsten, rij.aantal_projecten) == (1, 1, 1)
    html = client.get(f"/werkruimte/netwerk/partners/{partner.slug}/").content.decode()
    for tekst in (
        "Project Hofkamp",
        "Platformbijeenkomst najaar",
        "Stedelijke Ontwikkeling en Bereikbaarheid",  # via the lobby contact with this partner
        "Jantje Geheim",  # contact persons: werkruimte only
        "Woningcorporatie",
    ):
        assert tekst in html


def test_partner_list_filters_on_kind(als, netwerk_basis):
    client = als("wethouder")
    namen = [
        p.naam
        for p in client.get("/werkruimte/netwerk/partners/?soort=provincie").context["partners"]
    ]
    assert namen == ["Provincie Overijssel"]
