"""No proposal that is not accepted, no contribution whose activity is not public and no held
progress report appears on any public URL; published, they do (with the organisation, never a
person), and unpublished they are gone again. The new lists take a fixed number of queries."""

import datetime

import pytest
from django.core.cache import cache
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from activiteiten.models import Activiteit
from netwerk import services
from netwerk.models import Bijdrage

pytestmark = pytest.mark.django_db

PUBLIEKE_URLS = [
    "/",
    "/activiteiten/",
    "/doelen/a-wonen/",
    "/feeds/statusupdates.atom",
    "/activiteiten.csv",
    "/api/v1/activiteiten/",
    "/api/v1/statusupdates/",
]


@pytest.fixture(autouse=True)
def geen_cache(settings):
    settings.PUBLIEK_CACHE_SECONDEN = 0
    cache.clear()


def maak(b, titel, partner=None, lid=None):
    return services.bijdrage_create(
        partner=partner or b.x, lijn=b.lijn, indicator=b.indicator, titel=titel,
        omschrijving="Omschrijving.", opbrengst=f"Opbrengst van {titel}",
        gereed_op=datetime.date(2026, 6, 1), door=lid or b.px,
    )  # fmt: skip


def publiek(client, b, *extra) -> str:
    client.logout()
    urls = [*PUBLIEKE_URLS, reverse("publiek:lijn", args=[b.lijn.slug]), *extra]
    teksten = []
    for url in urls:
        antwoord = client.get(url)
        assert antwoord.status_code == 200, url
        teksten.append(antwoord.content.decode())
    return "\n".join(teksten)


def test_only_accepted_contributions_with_a_public_activity_are_public(client, bijdragen_basis):
    b = bijdragen_basis
    ingediend = maak(b, "Ingediend voorstel")
    wijziging = maak(b, "Voorstel met wijziging")
    services.bijdrage_beoordelen(bijdrage=wijziging, uitkomst="wijziging", reactie="R", door=b.pm)
    afgewezen = maak(b, "Afgewezen voorstel")
    services.bijdrage_beoordelen(bijdrage=afgewezen, uitkomst="afwijzen", reactie="R", door=b.pm)
    intern = maak(b, "Intern geaccepteerd")
    services.bijdrage_beoordelen(bijdrage=intern, uitkomst="accepteren", door=b.pm)
    tekst = publiek(client, b)
    for titel in ("Ingediend voorstel", "Voorstel met wijziging", "Afgewezen voorstel",
                  "Intern geaccepteerd", "Woonstichting X"):  # fmt: skip
        assert titel not in tekst
    assert "nog geen geaccepteerde bijdragen van partners" in tekst
    assert Bijdrage.objects.openbaar().count() == 0
    assert ingediend.activiteit is None

    # the programme manager makes the activity public: the contribution shows, by organisation
    act = Bijdrage.objects.get(pk=intern.pk).activiteit
    act.openbaar = True
    act.save()
    tekst = publiek(client, b, act.get_absolute_url())
    assert "Intern geaccepteerd" in tekst
    assert "Woonstichting X" in tekst and "Opbrengst van Intern geaccepteerd" in tekst
    assert "Uitgevoerd door" in tekst
    assert b.px.get_full_name() not in tekst and b.px.email not in tekst
    assert b.pm.get_full_name() not in tekst
    for titel in ("Ingediend voorstel", "Voorstel met wijziging", "Afgewezen voorstel"):
        assert titel not in tekst

    act.openbaar = False  # and private again: gone
    act.save()
    tekst = publiek(client, b)
    assert "Intern geaccepteerd" not in tekst and "Woonstichting X" not in tekst
    assert client.get(act.get_absolute_url()).status_code == 404


def test_a_held_update_is_public_only_while_published(client, bijdragen_basis):
    b = bijdragen_basis
    bijdrage = maak(b, "Woningen aan de Haven")
    bijdrage = services.bijdrage_beoordelen(
        bijdrage=bijdrage, uitkomst="accepteren", door=b.pm, openbaar=True
    )
    update = services.bijdrage_statusupdate_create(
        bijdrage=bijdrage, status="op_schema", voortgang=30, toelichting="Geheime tussenstand",
        door=b.px,
    )  # fmt: skip
    detail = bijdrage.activiteit.get_absolute_url()
    assert "Geheime tussenstand" not in publiek(client, b, detail)
    services.bijdrage_update_publiceren(bijdrage=bijdrage, update=update)
    tekst = publiek(client, b, detail)
    assert tekst.count("Geheime tussenstand") >= 4  # home, line, activity, feed, API …
    services.bijdrage_update_publiceren(bijdrage=bijdrage, update=update, gepubliceerd=False)
    assert "Geheime tussenstand" not in publiek(client, b, detail)


def _meer(b, n: int, start: int):
    """``n`` more contributions per organisation, half accepted with a public activity and
    an update each."""
    for i in range(start, start + n):
        for partner, lid in ((b.x, b.px), (b.y, b.py)):
            bijdrage = maak(b, f"Bijdrage {partner.pk}-{i}", partner, lid)
            if i % 2 == 0:
                bijdrage = services.bijdrage_beoordelen(
                    bijdrage=bijdrage, uitkomst="accepteren", door=b.pm, openbaar=True
                )
                services.bijdrage_statusupdate_create(
                    bijdrage=bijdrage, status="op_schema", voortgang=10, door=lid
                )


def _tel(client, gebruiker, urls) -> dict[str, int]:
    if gebruiker is None:
        client.logout()
    else:
        client.force_login(gebruiker)
    aantallen = {}
    for url in urls:
        with CaptureQueriesContext(connection) as queries:
            assert client.get(url).status_code == 200, url
        aantallen[url] = len(queries)
    return aantallen


def test_query_counts_are_fixed_at_1x_and_10x(client, bijdragen_basis):
    b = bijdragen_basis
    _meer(b, 2, 0)
    eerste = Bijdrage.objects.filter(partner=b.x, status="geaccepteerd").earliest("ingediend_op")
    act = eerste.activiteit
    pagina = {
        None: [reverse("publiek:lijn", args=[b.lijn.slug]), act.get_absolute_url()],
        b.px: [reverse("partner:bijdragen"), eerste.get_absolute_url()],
        b.trekker: [reverse("netwerk:bijdragen"), eerste.get_werkruimte_url()],
    }
    bij_1x = {wie: _tel(client, wie, urls) for wie, urls in pagina.items()}
    _meer(b, 20, 2)
    for i in range(10):  # and more updates on the first one
        services.bijdrage_statusupdate_create(
            bijdrage=eerste, status="op_schema", voortgang=20 + i, door=b.px
        )
    assert Bijdrage.objects.count() == 44
    bij_10x = {wie: _tel(client, wie, urls) for wie, urls in pagina.items()}
    assert bij_10x == bij_1x
    assert Activiteit.objects.filter(bijdrage__isnull=False).count() == 22
