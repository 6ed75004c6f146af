"""Archiving a programme: only once its end evaluation is vastgesteld, only by its programme
manager, undone only by a superuser; the archive page explains it and does it."""

import pytest
from django.core.exceptions import PermissionDenied, ValidationError

from doelen.models import Programma
from evaluatie import archief, services
from evaluatie.models import Eindevaluatie
from tests.factories import UserFactory

pytestmark = pytest.mark.django_db

PAGINA = "/dashboard/evaluatie/archiveren/"


def test_archiving_needs_a_vastgestelde_evaluation(programma):
    pm = UserFactory(rol="programmamanager")
    with pytest.raises(ValidationError) as fout:
        archief.programma_archiveren(programma=programma, door=pm)
    assert "eindevaluatie is vastgesteld" in fout.value.messages[0]
    ev = services.eindevaluatie_get_or_create(programma)
    services.status_wijzigen(ev, naar="ter_vaststelling", door=pm)
    with pytest.raises(ValidationError):
        archief.programma_archiveren(programma=programma, door=pm)
    programma.refresh_from_db()
    assert programma.gearchiveerd_op is None


def test_the_programme_manager_archives_and_a_superuser_undoes_it(opgezet):
    p, pm = opgezet.programma, opgezet.pm
    p = archief.programma_archiveren(programma=p, door=pm)
    assert Programma.objects.get(pk=p.pk).is_gearchiveerd
    assert p.history.first().history_user == pm
    with pytest.raises(ValidationError, match="al gearchiveerd"):
        archief.programma_archiveren(programma=p, door=pm)
    with pytest.raises(PermissionDenied):  # the programme manager cannot undo it
        archief.programma_dearchiveren(programma=p, door=pm)
    assert Programma.objects.get(pk=p.pk).is_gearchiveerd
    beheerder = UserFactory(username="root", is_superuser=True, is_staff=True)
    archief.programma_dearchiveren(programma=p, door=beheerder)
    assert not Programma.objects.get(pk=p.pk).is_gearchiveerd


def test_only_the_programme_manager_of_that_programme_archives(opgezet):
    andere_pm = UserFactory(
        username="pm.opvolger", rol="programmamanager", rol__programmas=[opgezet.opvolger]
    )
    trekker = UserFactory(username="trekker", rol="lijntrekker")
    for user in (andere_pm, trekker):
        with pytest.raises(PermissionDenied):
            archief.programma_archiveren(programma=opgezet.programma, door=user)
        r = opgezet.client(user).get(opgezet.prefix + PAGINA)
        assert r.status_code == 403
    assert not Programma.objects.get(pk=opgezet.programma.pk).is_gearchiveerd


def test_the_archive_page_explains_and_archives(opgezet):
    c = opgezet.client()
    url = opgezet.prefix + PAGINA
    pagina = c.get(url).content.decode()
    assert "Wat archiveren betekent" in pagina
    assert "alleen nog te lezen" in pagina and "COL-2026-123" in pagina
    assert '<form method="post" class="formulier">' in pagina
    r = c.post(url)
    assert r.status_code == 302 and r["Location"] == url  # the stable, prefixed address
    assert Programma.objects.get(pk=opgezet.programma.pk).is_gearchiveerd
    pagina = c.get(url).content.decode()
    assert "is gearchiveerd. Het programma is vanaf nu alleen nog te lezen." in pagina
    assert "Dit programma is gearchiveerd op" in pagina
    assert '<form method="post" class="formulier">' not in pagina  # nothing left to do
    assert c.post(url).status_code == 403  # a second archiving is a write on an archived one


def test_the_archive_page_refuses_without_a_vastgestelde_evaluation(programma):
    pm = UserFactory(rol="programmamanager")
    c = __import__("django.test", fromlist=["Client"]).Client()
    c.force_login(pm)
    pagina = c.get(PAGINA).content.decode()
    assert "nog niet begonnen" in pagina and '<form method="post" class="formulier">' not in pagina
    r = c.post(PAGINA)
    assert r.status_code == 400
    assert archief.NIET_VASTGESTELD in r.content.decode()
    assert not Programma.objects.get().is_gearchiveerd
    assert not Eindevaluatie.objects.exists()  # the refusal wrote nothing


def test_the_evaluation_page_links_to_archiving_once_vastgesteld(programma):
    from django.test import Client

    from tests.archief.conftest import vaststellen

    pm = UserFactory(rol="programmamanager")
    wethouder = UserFactory(username="wethouder.x", rol="bestuurder")
    c = Client()
    c.force_login(pm)
    link = f'href="{PAGINA}">Programma archiveren</a>'
    assert link not in c.get("/dashboard/evaluatie/").content.decode()  # concept
    vaststellen(programma, pm)
    assert link in c.get("/dashboard/evaluatie/").content.decode()
    c.force_login(wethouder)
    assert link not in c.get("/dashboard/evaluatie/").content.decode()
