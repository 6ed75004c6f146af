"""The page "Vervolgprogramma starten" (/dashboard/evaluatie/opvolger/): only a programme
manager of the page's programme; prefilled with the latest measurement and the old target; on
success the new programme's dashboard and the programme manager role there; errors in Dutch
per field and nothing written."""

import datetime
from decimal import Decimal

import pytest

from doelen.models import Doel, Effectindicator, Programma, Programmarol
from doelen.services import meting_create
from tests.factories import UserFactory

pytestmark = pytest.mark.django_db

URL = "/dashboard/evaluatie/opvolger/"
NIEUW = "stedelijke-ontwikkeling-2027-2030"


@pytest.fixture
def pm(programma):
    return UserFactory(rol="programmamanager", rol__programmas=[programma])


def _gegevens(programma, **anders):
    data = {
        "naam": "Programma Stedelijke Ontwikkeling 2027–2030",
        "slug": NIEUW,
        "startjaar": "2027",
        "eindjaar": "2030",
        "missie": "Almelo bouwt door.",
        "doelen": "on",
        "lijnen": "on",
    }
    for ind in Effectindicator.objects.filter(doel__programma=programma):
        data[f"indicator_{ind.pk}_mee"] = "on"
        if ind.is_kwantitatief:
            data[f"indicator_{ind.pk}_streefwaarde"] = "5000"
            data[f"indicator_{ind.pk}_streefjaar"] = "2030"
    data.update(anders)
    return data


def test_the_form_is_prefilled_from_the_old_programme(client, programma, pm):
    drie = Effectindicator.objects.get(nummer=3)
    meting_create(indicator=drie, datum=datetime.date(2026, 6, 1), waarde=Decimal("2600"))
    client.force_login(pm)
    response = client.get(URL)
    assert response.status_code == 200
    html = response.content.decode()
    assert "<legend><h2>1. Het nieuwe programma</h2></legend>" in html
    form = response.context["form"]
    assert form.initial["slug"] == NIEUW
    assert (form.initial["startjaar"], form.initial["eindjaar"]) == (2027, 2030)
    assert form.initial[f"indicator_{drie.pk}_basiswaarde"] == Decimal("2600")
    assert form.initial[f"indicator_{drie.pk}_basisjaar"] == 2026
    assert form.initial[f"indicator_{drie.pk}_streefwaarde"] == drie.streefwaarde
    assert f'id="id_indicator_{drie.pk}_streefwaarde"' in html


def test_the_evaluation_page_links_to_it_for_the_programme_manager(client, programma, pm):
    client.force_login(pm)
    assert URL in client.get("/dashboard/evaluatie/").content.decode()
    client.force_login(UserFactory(rol="lijntrekker"))
    assert URL not in client.get("/dashboard/evaluatie/").content.decode()


def test_starting_the_successor(client, programma, pm):
    client.force_login(pm)
    response = client.post(URL, _gegevens(programma))
    assert response.status_code == 302
    assert response["Location"] == f"/{NIEUW}/dashboard/"
    nieuw = Programma.objects.get(slug=NIEUW)
    assert nieuw.voorganger == programma
    assert Doel.objects.filter(programma=nieuw).count() == 3
    assert Effectindicator.objects.filter(doel__programma=nieuw, streefwaarde=5000).exists()
    assert Programmarol.objects.filter(gebruiker=pm, programma=nieuw, rol="programmamanager")
    pagina = client.get(response["Location"])
    assert "Het vervolgprogramma “Programma Stedelijke Ontwikkeling 2027–2030”" in (
        pagina.content.decode()
    )


def _aantallen():
    return (Programma.objects.count(), Doel.objects.count(), Effectindicator.objects.count())


def test_errors_are_shown_per_field_in_dutch_and_nothing_is_written(client, programma, pm):
    drie = Effectindicator.objects.get(nummer=3)
    client.force_login(pm)
    voor = _aantallen()
    data = _gegevens(programma, slug="api", startjaar="2025")
    data[f"indicator_{drie.pk}_streefwaarde"] = ""
    response = client.post(URL, data)
    assert response.status_code == 400
    form = response.context["form"]
    assert "vast deel van de adressen" in form.errors["slug"][0]
    assert form.errors["startjaar"] == [
        "Het vervolgprogramma begint na het vorige programma: na 2026."
    ]
    assert form.errors[f"indicator_{drie.pk}_streefwaarde"] == [
        "Geef de nieuwe streefwaarde van indicator 3."
    ]
    assert "Er is niets opgeslagen." in response.content.decode()
    assert _aantallen() == voor


def test_only_a_programme_manager_of_this_programme(client, programma):
    ander = Programma.objects.create(
        naam="Leefbare wijken", slug="leefbare-wijken", missie="M", startjaar=2023, eindjaar=2026
    )
    assert client.get(URL).status_code == 302  # to the login page
    client.force_login(UserFactory(rol="lijntrekker", rol__programmas=[programma]))
    assert client.get(URL).status_code == 403
    andere_pm = UserFactory(rol="programmamanager", rol__programmas=[ander])
    client.force_login(andere_pm)
    assert client.get(URL).status_code == 403
    voor = _aantallen()
    assert client.post(URL, _gegevens(programma)).status_code == 403
    assert _aantallen() == voor
    # … but on the pages of their own programme they may
    assert client.get(f"/leefbare-wijken{URL}").status_code == 200


def test_an_archived_programme_can_be_continued_on_the_page(client, programma, pm):
    from django.utils import timezone

    Programma.objects.filter(pk=programma.pk).update(gearchiveerd_op=timezone.now())
    client.force_login(pm)
    response = client.post(f"/{programma.slug}{URL}", _gegevens(programma))
    assert response.status_code == 302
    assert Programma.objects.get(slug=NIEUW).voorganger == programma
