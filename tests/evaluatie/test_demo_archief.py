"""`laad_programma --demo` also shows the archive: a small archived demo programme."""

import pytest
from django.core.management import call_command

from almelo_programma.laden import ARCHIEF_SLUG, laad_demo, laad_demo_archief
from doelen.models import Doel, Programma
from evaluatie.constants import EvaluatieStatus


@pytest.mark.django_db
def test_the_archived_demo_programme(client, programma):
    laad_demo()
    laad_demo_archief()
    archief = Programma.objects.get(slug=ARCHIEF_SLUG)
    assert archief.is_demo and archief.is_gearchiveerd
    assert archief.naam.startswith("Demo: ")
    assert archief.eindevaluatie.status == EvaluatieStatus.VASTGESTELD
    # loading again changes nothing
    laad_demo_archief()
    assert Programma.objects.filter(slug=ARCHIEF_SLUG).count() == 1
    assert Doel.objects.filter(programma=archief).count() == 1
    # it is not the current programme; the visitor finds it in the archive, with its evaluation
    html = client.get("/programmas/").content.decode()
    archief_deel = html.split("Gearchiveerde programma")[1]
    assert f'href="/{ARCHIEF_SLUG}/"' in archief_deel
    assert client.get("/").wsgi_request.programma == programma
    pagina = client.get(f"/{ARCHIEF_SLUG}/")
    assert pagina.status_code == 200
    assert "alleen nog te lezen" in pagina.content.decode()
    assert client.get(f"/{ARCHIEF_SLUG}/evaluatie/").status_code == 200


@pytest.mark.django_db
def test_the_command_loads_it_once(programma):
    call_command("laad_programma", "--demo", verbosity=0)
    call_command("laad_programma", "--demo", verbosity=0)
    assert Programma.objects.filter(slug=ARCHIEF_SLUG, gearchiveerd_op__isnull=False).count() == 1
