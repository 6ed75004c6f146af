"""Housing projects: create/edit with validation (nothing written on error), yearly
realisations, the filtered list with a fixed number of queries at 1× and 10× data."""

import random

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from almelo_programma.laden import laad_demo
from tests.factories import WoningbouwprojectFactory
from woondeals import services
from woondeals.constants import Planstatus, ProjectFase
from woondeals.demo import laad_woondeal_demo
from woondeals.models import Realisatie, Woningbouwproject, Woondealafspraak

pytestmark = pytest.mark.django_db

GOED = {
    "naam": "Nieuwbouw Kanaalzone",
    "wijk": "Hofkamp",
    "planstatus": Planstatus.HARD,
    "fase": ProjectFase.DEFINITIE,
    "verwacht_startjaar": "2025",
    "verwacht_opleverjaar": "2027",
    "sociale_huur": "30",
    "middenhuur": "20",
    "betaalbare_koop": "20",
    "vrije_sector": "30",
    "totaal": "100",
}


def _fouten(exc) -> dict:
    return exc.value.message_dict


def test_create_project_through_the_form(client, pm):
    client.force_login(pm)
    response = client.post(reverse("woondeals:project_nieuw"), GOED)
    project = Woningbouwproject.objects.get(naam="Nieuwbouw Kanaalzone")
    assert response.status_code == 302 and response.url == project.get_absolute_url()
    assert project.slug == "nieuwbouw-kanaalzone"
    assert project.totaal_woningen == 100
    assert project.woondeal is not None


@pytest.mark.parametrize(
    ("wijziging", "veld", "tekst"),
    [
        ({"totaal": "120"}, "totaal", "opgegeven totaal is 120"),
        ({"verwacht_startjaar": ""}, "verwacht_startjaar", "harde plancapaciteit heeft een"),
        ({"verwacht_opleverjaar": ""}, "verwacht_opleverjaar", "verwacht opleverjaar nodig"),
        ({"verwacht_startjaar": "1850"}, "verwacht_startjaar", "tussen 2000 en 2060"),
        (
            {"verwacht_startjaar": "2028"},
            "__all__",
            "De oplevering kan niet voor de start van de bouw liggen.",
        ),
        (
            {"sociale_huur": "0", "middenhuur": "0", "betaalbare_koop": "0", "vrije_sector": "0",
             "totaal": ""},
            "sociale_huur",
            "minstens één woning",
        ),
    ],
)  # fmt: skip
def test_bad_projects_are_refused_with_a_dutch_error_and_nothing_written(
    client, pm, wijziging, veld, tekst
):
    client.force_login(pm)
    response = client.post(reverse("woondeals:project_nieuw"), {**GOED, **wijziging})
    assert response.status_code == 400
    form = response.context["form"]
    fouten = form.non_field_errors() if veld == "__all__" else form.errors[veld]
    assert any(tekst in f for f in fouten), fouten
    assert "Er is niets opgeslagen" in response.content.decode()
    assert not Woningbouwproject.objects.exists()


def test_negative_segment_is_refused_by_the_form(client, pm):
    client.force_login(pm)
    response = client.post(reverse("woondeals:project_nieuw"), {**GOED, "middenhuur": "-5"})
    assert "middenhuur" in response.context["form"].errors
    assert not Woningbouwproject.objects.exists()


def test_soft_plan_may_lack_years(programma):
    project = services.project_create(
        naam="Zacht plan",
        planstatus=Planstatus.ZACHT,
        fase=ProjectFase.INITIATIEF,
        vrije_sector=10,
    )
    assert project.verwacht_startjaar is None


def test_edit_keeps_old_values_on_error(client, pm):
    project = WoningbouwprojectFactory(verwacht_startjaar=2025, verwacht_opleverjaar=2026)
    client.force_login(pm)
    url = reverse("woondeals:project_bewerken", args=[project.slug])
    response = client.post(url, {**GOED, "naam": project.naam, "totaal": "99"})
    assert response.status_code == 400
    project.refresh_from_db()
    assert project.wijk == "Centrum" and project.verwacht_opleverjaar == 2026
    response = client.post(url, {**GOED, "naam": project.naam})
    assert response.status_code == 302
    project.refresh_from_db()
    assert project.wijk == "Hofkamp" and project.verwacht_opleverjaar == 2027


def test_yearly_realisations(client, pm):
    project = WoningbouwprojectFactory()  # 100 homes
    client.force_login(pm)
    url = reverse("woondeals:realisatie", args=[project.slug])
    assert client.post(url, {"jaar": 2024, "gestart": 60, "opgeleverd": 0}).status_code == 302
    assert client.post(url, {"jaar": 2025, "gestart": 10, "opgeleverd": 50}).status_code == 302
    # correcting a year replaces it
    assert client.post(url, {"jaar": 2025, "gestart": 10, "opgeleverd": 70}).status_code == 302
    assert list(project.realisaties.values_list("jaar", "gestart", "opgeleverd")) == [
        (2024, 60, 0),
        (2025, 10, 70),
    ]
    # more completed than started, more than the project has, a bad year: refused, nothing written
    for data, veld, tekst in [
        ({"jaar": 2026, "gestart": 0, "opgeleverd": 5}, "opgeleverd", "niet meer woningen"),
        ({"jaar": 2026, "gestart": 40, "opgeleverd": 0}, "gestart", "telt 100 woningen"),
        ({"jaar": 1999, "gestart": 0, "opgeleverd": 0}, "jaar", "tussen 2000 en 2060"),
    ]:
        response = client.post(url, data)
        assert response.status_code == 400
        assert tekst in " ".join(response.context["realisatie_form"].errors[veld])
    assert Realisatie.objects.filter(project=project).count() == 2


def test_list_filters(client, pm, bekende_projecten):
    client.force_login(pm)
    url = reverse("woondeals:projecten")

    def namen(params):
        return [p.naam for p in client.get(url, params).context["projecten"]]

    assert namen({}) == ["A", "B", "C"]
    assert namen({"wijk": "Centrum"}) == ["A", "B"]
    assert namen({"planstatus": "hard"}) == ["A", "C"]
    assert namen({"gebiedsontwikkeling": bekende_projecten["gebied"].pk}) == ["A", "C"]
    assert namen({"ontwikkelaar": bekende_projecten["corporatie"].pk}) == ["A"]
    assert namen({"q": "b"}) == ["B"]
    a = client.get(url).context["projecten"][0]
    assert (a.totaal, a.gestart_totaal, a.opgeleverd_totaal) == (100, 100, 60)


def _aantal_queries(client, url) -> int:
    with CaptureQueriesContext(connection) as ctx:
        response = client.get(url)
    assert response.status_code == 200
    return len(ctx)


LIJSTPAGINAS = [
    reverse("woondeals:projecten"),
    reverse("woondeals:projecten") + "?planstatus=hard&wijk=Centrum",
    reverse("woondeals:cijfers"),
    reverse("woondeals:woondeal"),
    reverse("woondeals:afspraken"),
    reverse("woondeals:gebieden"),
    reverse("woondeals:subsidies"),
    reverse("woondeals:export", args=["csv"]),
    reverse("woondeals:export", args=["xlsx"]),
]


def test_fixed_number_of_queries_at_1x_and_10x(client, demo):
    from django.contrib.auth import get_user_model

    laad_woondeal_demo(random.Random(1), 1)
    # the demo's agreed numbers per year are on the woondeal and figures pages, marked demo
    assert Woondealafspraak.objects.filter(is_demo=True).count() == 4
    assert not Woondealafspraak.objects.exclude(toelichting__startswith="[Demo]").exists()
    client.force_login(get_user_model().objects.get(username="programmamanager"))
    html = client.get(reverse("woondeals:cijfers")).content.decode()
    assert "De afgesproken aantallen per jaar zijn verzonnen demogegevens" in html
    assert "Afgesproken (demo)" in html
    bij_1x = {url: _aantal_queries(client, url) for url in LIJSTPAGINAS}
    aantal_1x = Woningbouwproject.objects.count()
    laad_demo(schaal=10)
    laad_woondeal_demo(random.Random(1), 10)
    assert Woningbouwproject.objects.count() >= 10 * aantal_1x
    bij_10x = {url: _aantal_queries(client, url) for url in LIJSTPAGINAS}
    assert bij_10x == bij_1x
    # 17: the programme switcher in the header (one query); 16: the woondeal page reads the
    # page's programme once and the roles held in it (two
    # queries where one read the role groups before there were several programmes)
    assert max(bij_1x.values()) <= 17, bij_1x
