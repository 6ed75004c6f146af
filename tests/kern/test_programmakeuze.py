"""The programme of a request: /<programma-slug>/… or, unprefixed, the current programme."""

import datetime

import pytest
from django.core.exceptions import ValidationError
from django.test import RequestFactory
from django.urls import reverse
from django.utils import timezone

from almelo_programma.kern.rechten import heeft_rol
from almelo_programma.programmakeuze import programma_reverse, programma_urls
from doelen.models import Programma
from doelen.selectors import huidig_programma
from doelen.services import programmarol_intrekken, programmarol_toekennen
from tests.factories import ProgrammaFactory, UserFactory


@pytest.fixture
def twee(db):
    p1 = ProgrammaFactory()
    p2 = ProgrammaFactory(naam="Vervolg", slug="vervolg", startjaar=2027, eindjaar=2030)
    return p1, p2


def test_the_current_programme(db):
    assert huidig_programma() is None
    oud = ProgrammaFactory(naam="Oud", slug="oud", startjaar=2019, eindjaar=2022)
    lopend = ProgrammaFactory()
    later = ProgrammaFactory(naam="Later", slug="later", startjaar=2027, eindjaar=2030)
    assert huidig_programma(jaar=2026) == lopend
    assert huidig_programma(jaar=2027) == later
    assert huidig_programma(jaar=2020) == oud
    # before anything started: the first to start
    assert huidig_programma(jaar=2010) == oud
    # an archived programme is never current while another is not archived
    Programma.objects.filter(pk=later.pk).update(gearchiveerd_op=timezone.now())
    assert huidig_programma(jaar=2027) == lopend
    # a demo programme only when nothing real qualifies
    Programma.objects.filter(pk=lopend.pk).update(is_demo=True)
    assert huidig_programma(jaar=2026) == oud
    Programma.objects.update(gearchiveerd_op=timezone.now())
    assert huidig_programma(jaar=2026) is not None


def test_reserved_first_segments_are_no_slug(db):
    p = ProgrammaFactory.build(slug="dashboard")
    with pytest.raises(ValidationError) as fout:
        p.full_clean()
    assert "vast deel van de adressen" in str(fout.value)


def test_prefixed_requests_serve_that_programme_and_reverse_stays_in_it(client, twee):
    p1, p2 = twee
    antwoord = client.get("/vervolg/toegankelijkheid/")
    assert antwoord.status_code == 200
    assert antwoord.wsgi_request.programma == p2
    assert antwoord.wsgi_request.programma_in_url
    # links on that page point to the same programme
    assert 'href="/vervolg/' in antwoord.content.decode()
    antwoord = client.get("/toegankelijkheid/")
    assert antwoord.status_code == 200
    assert antwoord.wsgi_request.programma == p1
    assert not antwoord.wsgi_request.programma_in_url
    assert client.get("/bestaat-niet/toegankelijkheid/").status_code == 404


def test_links_to_a_given_programme(twee):
    p1, p2 = twee
    assert programma_reverse(p2, "publiek:home") == "/vervolg/"
    assert programma_reverse(p1, "publiek:doel", slug="a") == "/stedelijke-ontwikkeling/doelen/a/"
    assert reverse("publiek:home") == "/"
    with programma_urls(p2):
        assert reverse("publiek:home") == "/vervolg/"
        assert reverse("admin:index") == "/admin/"
    assert reverse("publiek:home") == "/"


def test_roles_hold_per_programme(twee):
    p1, p2 = twee
    user = UserFactory(username="trekker")
    programmarol_toekennen(user, p1, "lijntrekker")
    programmarol_toekennen(user, p2, "bestuurder")
    user = type(user).objects.get(pk=user.pk)
    assert heeft_rol(user, "lijntrekker", programma=p1)
    assert not heeft_rol(user, "lijntrekker", programma=p2)
    assert heeft_rol(user, "bestuurder", programma=p2)
    # outside a programme: the role in any programme (the groups)
    assert heeft_rol(user, "lijntrekker") and heeft_rol(user, "bestuurder")
    programmarol_intrekken(user, p1, "lijntrekker")
    user = type(user).objects.get(pk=user.pk)
    assert not heeft_rol(user, "lijntrekker")
    assert set(user.groups.values_list("name", flat=True)) == {"bestuurder"}


def test_internal_pages_need_a_role_in_that_programme(client, twee):
    p1, p2 = twee
    wethouder = UserFactory(username="wethouder", rol="bestuurder", rol__programmas=[p1])
    client.force_login(wethouder)
    assert client.get("/werkruimte/").status_code == 200
    assert client.get("/stedelijke-ontwikkeling/werkruimte/").status_code == 200
    assert client.get("/vervolg/werkruimte/").status_code == 403


def test_the_programmes_page_lists_current_and_archived(client, twee):
    p1, p2 = twee
    oud = ProgrammaFactory(naam="Binnenstad", slug="binnenstad", startjaar=2019, eindjaar=2022)
    Programma.objects.filter(pk=oud.pk).update(
        gearchiveerd_op=timezone.make_aware(datetime.datetime(2023, 2, 1))
    )
    html = client.get("/programmas/").content.decode()
    lopend, archief = html.split("Gearchiveerde programma")
    assert 'href="/stedelijke-ontwikkeling/"' in lopend and 'href="/vervolg/"' in lopend
    assert 'href="/binnenstad/"' in archief and "/binnenstad/" not in lopend


def test_a_lazy_request_programme_costs_nothing_when_unused(
    client, twee, django_assert_num_queries
):
    request = RequestFactory().get("/health/")
    from almelo_programma.programmakeuze import ProgrammaMiddleware

    ProgrammaMiddleware(lambda r: None)(request)
    with django_assert_num_queries(0):
        assert request.programma is not None  # the lazy object itself
    with django_assert_num_queries(1):
        assert request.programma.slug == "stedelijke-ontwikkeling"
