"""The layout shows which programme a page is about: the programmes list, the archive banner,
the demo mark, the switcher of internal users (one query at most, none for visitors), and the
cache that follows the current programme."""

import pytest
from django.test import RequestFactory
from django.utils import timezone

from tests.factories import UserFactory

pytestmark = pytest.mark.django_db

BANNER = "Gearchiveerd programma (2023–2026): alleen nog te lezen."


def _archiveer(programma):
    programma.gearchiveerd_op = timezone.now()
    programma.save()


def test_the_programmes_page_lists_current_and_archived_programmes(client, twee_programmas):
    p1, _p2 = twee_programmas
    html = client.get("/programmas/").content.decode()
    lopend, archief = html.split("Gearchiveerde programma's", 1)
    assert '<h3><a href="/programma-een/">' in lopend
    assert '<h3><a href="/programma-twee/">' in lopend
    assert "Er zijn nog geen gearchiveerde programma's" in archief

    _archiveer(p1)
    html = client.get("/programmas/").content.decode()
    lopend, archief = html.split("Gearchiveerde programma's", 1)
    assert '<h3><a href="/programma-een/">' not in lopend
    assert '<h3><a href="/programma-twee/">' in lopend
    assert '<h3><a href="/programma-een/">' in archief
    assert 'href="/programma-een/evaluatie/"' in archief  # its end evaluation
    assert 'vervolg op <a href="/programma-een/">' in lopend


def test_the_public_home_lists_the_other_programmes(client, twee_programmas):
    p1, _p2 = twee_programmas
    een = client.get("/").content.decode()
    andere = een.split('id="programmas-kop"', 1)[1]
    assert 'href="/programma-twee/"' in andere and 'href="/programma-een/"' not in andere
    _archiveer(p1)
    twee = client.get("/programma-twee/").content.decode()
    andere = twee.split('id="programmas-kop"', 1)[1]
    assert "Gearchiveerd" in andere and 'href="/programma-een/"' in andere
    assert 'href="/programmas/"' in andere


def test_every_page_of_an_archived_programme_has_the_banner(client, twee_programmas):
    p1, _p2 = twee_programmas
    assert BANNER not in client.get("/programma-een/").content.decode()
    _archiveer(p1)
    for url in ("/programma-een/", "/programma-een/activiteiten/", "/programma-een/besluiten/"):
        html = client.get(url).content.decode()
        assert BANNER in html, url
        assert 'href="/programmas/"' in html
    assert BANNER not in client.get("/programma-twee/").content.decode()
    assert BANNER not in client.get("/programmas/").content.decode()


def test_a_demo_programme_is_marked_in_the_header(client, twee_programmas):
    _p1, p2 = twee_programmas
    p2.is_demo = True
    p2.save()
    kop = client.get("/programma-twee/").content.decode().split("</header>", 1)[0]
    assert "Demoprogramma" in kop and "Programma Twee 2027–2030" in kop
    kop = client.get("/programma-een/").content.decode().split("</header>", 1)[0]
    assert "Demoprogramma" not in kop and "Programma Een 2023–2026" in kop
    assert "Alle programma&#x27;s" in kop or "Alle programma's" in kop


def test_archiving_the_current_programme_moves_the_unprefixed_addresses(client, twee_programmas):
    """The cached unprefixed pages follow the current programme: saving a programme
    invalidates them."""
    p1, _p2 = twee_programmas
    assert "MARKER-P1" in client.get("/").content.decode()
    assert client.get("/").headers["X-Publiek-Cache"] == "hit"
    _archiveer(p1)
    response = client.get("/")
    assert response.headers["X-Publiek-Cache"] == "miss"
    assert "MARKER-P2" in response.content.decode()
    assert "MARKER-P1" not in response.content.decode()
    assert "MARKER-P1" in client.get("/programma-een/").content.decode()


def test_a_new_year_does_not_serve_the_cached_pages_of_the_old_one(
    client, twee_programmas, monkeypatch
):
    """On 1 January 2027 the successor is the current programme, without any write."""
    import datetime

    from almelo_programma.publiek import cache as publieke_cache

    assert "MARKER-P1" in client.get("/").content.decode()
    monkeypatch.setattr(
        publieke_cache.timezone, "localdate", lambda *a, **k: datetime.date(2027, 1, 1)
    )
    monkeypatch.setattr(timezone, "localdate", lambda *a, **k: datetime.date(2027, 1, 1))
    response = client.get("/")
    assert response.headers["X-Publiek-Cache"] == "miss"
    assert "MARKER-P2" in response.content.decode()


def _switcher(html):
    assert html.count('aria-label="Programma kiezen"') == 1
    return html.split('aria-label="Programma kiezen"', 1)[1].split("</nav>", 1)[0]


def test_the_switcher_lists_the_programmes_the_user_works_on(client, twee_programmas):
    p1, p2 = twee_programmas
    client.force_login(UserFactory(rol="lijntrekker", rol__programmas=[p1, p2]))
    keuze = _switcher(client.get("/programma-twee/").content.decode())
    assert '<a href="/programma-een/">' in keuze
    assert '<a href="/programma-twee/" aria-current="page">' in keuze
    keuze = _switcher(client.get("/programma-een/dashboard/").content.decode())
    assert '<a href="/programma-een/dashboard/" aria-current="page">' in keuze
    assert '<a href="/programma-twee/dashboard/">' in keuze


def test_the_switcher_leaves_out_programmes_without_a_role(client, twee_programmas):
    p1, _p2 = twee_programmas
    client.force_login(UserFactory(rol="lijntrekker", rol__programmas=[p1]))
    keuze = _switcher(client.get("/").content.decode())
    assert "/programma-een/" in keuze and "/programma-twee/" not in keuze
    assert 'aria-current="page"' in keuze  # the current programme, at today's address


def test_a_superuser_can_switch_to_every_programme(client, twee_programmas):
    client.force_login(UserFactory(is_superuser=True, is_staff=True))
    keuze = _switcher(client.get("/programma-een/").content.decode())
    assert "/programma-een/" in keuze and "/programma-twee/" in keuze


def test_visitors_and_partners_get_no_switcher(client, twee_programmas):
    p1, _p2 = twee_programmas
    assert "Programma kiezen" not in client.get("/").content.decode()
    client.force_login(UserFactory(rol="partner", rol__programmas=[p1]))
    assert "Programma kiezen" not in client.get("/").content.decode()


def test_the_layout_data_costs_no_query_for_visitors_and_one_for_users(
    twee_programmas, django_assert_num_queries
):
    from django.contrib.auth.models import AnonymousUser

    from almelo_programma.context_processors import portal

    p1, p2 = twee_programmas
    request = RequestFactory().get("/programma-een/")
    request.programma, request.programma_in_url = p1, True
    request.user = AnonymousUser()
    with django_assert_num_queries(0):
        context = portal(request)
    assert context["programmakeuze"] is None and context["pagina_programma"] == p1

    request.user = UserFactory(is_superuser=True)
    with django_assert_num_queries(1):
        context = portal(request)
        keuze = list(context["programmakeuze"])
        assert context["programmakeuze"].gekozen == p1
        assert bool(context["programmakeuze"])
    assert [p.slug for p in keuze] == ["programma-twee", "programma-een"]
