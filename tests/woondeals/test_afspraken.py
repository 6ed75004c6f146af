"""Agreed homes per year in the woondeal: validation, the per-year figures against the plans
and realisations, the mismatch with the agreed total, and who may edit them."""

import pytest
from django.core.exceptions import ValidationError
from django.urls import reverse

from tests.factories import UserFactory
from woondeals import services
from woondeals.grafieken import grafiek_4100
from woondeals.models import Woondeal, Woondealafspraak
from woondeals.selectors import afspraak_list, pijplijn

pytestmark = pytest.mark.django_db

URL = reverse("woondeals:afspraken")
BUITEN = "valt buiten de looptijd van de woondeal (2023–2026)"


def _post(rijen):
    """POST data for the formset: rows of (year, homes, note); homes '' means empty."""
    data = {
        "afspraak-TOTAL_FORMS": str(len(rijen)),
        "afspraak-INITIAL_FORMS": str(len(rijen)),
        "afspraak-MIN_NUM_FORMS": "0",
        "afspraak-MAX_NUM_FORMS": "80",
    }
    for i, (jaar, woningen, toelichting) in enumerate(rijen):
        data[f"afspraak-{i}-jaar"] = str(jaar)
        data[f"afspraak-{i}-woningen"] = str(woningen)
        data[f"afspraak-{i}-toelichting"] = toelichting
    return data


def test_years_run_from_programme_start_to_the_woondeal_end_year(programma):
    deal = Woondeal.objects.get()
    assert list(services.afspraakjaren(deal)) == [2023, 2024, 2025, 2026]  # programme years
    deal.eindjaar = 2030
    assert list(services.afspraakjaren(deal)) == list(range(2023, 2031))


@pytest.mark.parametrize(
    ("rijen", "rij", "veld", "tekst"),
    [
        ([(2024, 100, ""), (2024, 200, "")], 1, "jaar", "Het jaar 2024 staat er twee keer in"),
        ([(2024, 100, ""), (2025, -5, "")], 1, "woningen", "kan niet negatief zijn"),
        (
            [(2022, 100, ""), (2025, 5, "")],
            0,
            "jaar",
            BUITEN,
        ),
        (
            [(2024, 100, ""), (2027, 5, "")],
            1,
            "jaar",
            BUITEN,
        ),
    ],
)
def test_service_refuses_bad_rows_and_writes_nothing(programma, rijen, rij, veld, tekst):
    deal = Woondeal.objects.get()
    with pytest.raises(services.AfsprakenFout) as exc:
        services.woondealafspraken_update(woondeal=deal, afspraken=rijen)
    assert list(exc.value.per_rij) == [rij]
    assert tekst in exc.value.per_rij[rij][veld][0]
    assert not Woondealafspraak.objects.exists()


def test_database_refuses_duplicate_year_and_negative_numbers(programma):
    deal = Woondeal.objects.get()
    Woondealafspraak.objects.create(woondeal=deal, jaar=2024, woningen=10)
    with pytest.raises(ValidationError, match="al een aantal afgesproken"):
        Woondealafspraak(woondeal=deal, jaar=2024, woningen=5).full_clean()
    with pytest.raises(ValidationError, match="niet negatief"):
        Woondealafspraak(woondeal=deal, jaar=2025, woningen=-1).full_clean()


def test_editor_sets_changes_and_clears_years_with_history(client, a4_trekker):
    client.force_login(a4_trekker)
    page = client.get(URL)
    assert page.status_code == 200
    html = page.content.decode()
    for jaar in (2023, 2024, 2025, 2026):
        assert f'<label class="visually-hidden" for="id_afspraak-{jaar - 2023}-woningen">' in html
    rijen = [(2023, 300, "Eerste jaar"), (2024, 450, ""), (2025, "", ""), (2026, 750, "")]
    assert client.post(URL, _post(rijen)).status_code == 302
    assert list(Woondealafspraak.objects.values_list("jaar", "woningen", "toelichting")) == [
        (2023, 300, "Eerste jaar"),
        (2024, 450, ""),
        (2026, 750, ""),
    ]
    rijen = [(2023, 300, "Eerste jaar"), (2024, 500, ""), (2025, "", ""), (2026, "", "")]
    assert client.post(URL, _post(rijen)).status_code == 302
    assert list(Woondealafspraak.objects.values_list("jaar", "woningen")) == [
        (2023, 300),
        (2024, 500),
    ]
    history = Woondealafspraak.history.filter(jaar=2024).order_by("history_date")
    assert [h.woningen for h in history] == [450, 500]
    assert Woondealafspraak.history.filter(jaar=2023).count() == 1  # unchanged: no new row
    assert Woondealafspraak.history.filter(jaar=2026, history_type="-").count() == 1


def test_bad_input_on_the_page_shows_dutch_errors_per_row_and_writes_nothing(client, pm):
    client.force_login(pm)
    Woondealafspraak.objects.create(woondeal=Woondeal.objects.get(), jaar=2023, woningen=10)
    rijen = [(2023, 20, ""), (2024, -3, ""), (2024, 5, ""), (2031, 8, "")]
    response = client.post(URL, _post(rijen))
    assert response.status_code == 400
    html = response.content.decode()
    assert "Er is niets opgeslagen" in html
    assert "Het aantal woningen kan niet negatief zijn." in html
    assert "Het jaar 2024 staat er twee keer in" in html
    assert "Het jaar 2031 valt buiten de looptijd" in html
    assert 'aria-invalid="true" aria-describedby="id_afspraak-1-woningen_fout"' in html
    assert list(Woondealafspraak.objects.values_list("jaar", "woningen")) == [(2023, 10)]
    response = client.post(URL, _post([(2024, "veel", "")]))
    assert (
        response.status_code == 400
        and "Vul een aantal woningen in als geheel getal" in response.content.decode()
    )
    assert Woondealafspraak.objects.count() == 1


def test_figures_per_year_agreed_planned_realised(bekende_projecten):
    """bekende_projecten: planned completions 2025: 40 (C), 2026: 100 (A); completed 2025: 40,
    2026: 60; started 2024: 100 (so 2024 is a year of the pipeline)."""
    deal = Woondeal.objects.get()
    deal.doel_woningen = 400
    services.woondealafspraken_update(
        woondeal=deal, afspraken=[(2023, 50, ""), (2025, 100, ""), (2026, 200, "")]
    )
    o = afspraak_list(deal, pijplijn())
    rijen = [
        (
            j.jaar,
            j.afgesproken,
            j.gepland_oplevering,
            j.opgeleverd,
            j.afgesproken_cumulatief,
            j.gepland_oplevering_cumulatief,
            j.opgeleverd_cumulatief,
        )
        for j in o.per_jaar
    ]
    assert rijen == [
        (2023, 50, 0, 0, 50, 0, 0),
        (2024, None, 0, 0, 50, 0, 0),
        (2025, 100, 40, 40, 150, 40, 40),
        (2026, 200, 100, 60, 350, 140, 100),
    ]
    assert (o.totaal_afgesproken, o.wijkt_af, o.verschil) == (350, True, -50)
    assert o.per_jaar[2].verschil_gepland == -60
    grafiek = grafiek_4100(pijplijn(), o)
    assert grafiek.kolommen == ["Jaar", "Gepland opgeleverd", "Opgeleverd", "Afgesproken"]
    assert [r[-1] for r in grafiek.rijen] == ["50", "50", "150", "350"]
    deal.doel_woningen = 350
    assert not afspraak_list(deal, pijplijn()).wijkt_af


def test_pages_show_agreed_vs_planned_and_flag_a_mismatch(client, pm, bekende_projecten):
    deal = Woondeal.objects.get()
    Woondeal.objects.update(doel_woningen=400)
    services.woondealafspraken_update(
        woondeal=deal, afspraken=[(2023, 50, ""), (2025, 100, ""), (2026, 200, "")]
    )
    client.force_login(pm)
    for url in (reverse("woondeals:woondeal"), reverse("woondeals:cijfers")):
        html = client.get(url).content.decode()
        assert "Som van de jaarafspraken: <strong>350</strong> woningen" in html, url
        assert "naast het afgesproken totaal van 400 woningen" in html
        assert "Verschil: 50 woningen minder per jaar afgesproken dan in totaal" in html
        assert 'data-testid="afspraken-per-jaar"' in html
        assert "<td>Demo</td>" not in html and "badge--demo" not in html  # not demo data
    html = client.get(reverse("woondeals:cijfers")).content.decode()
    assert ">Afgesproken</text>" in html  # the agreed line in the 4,100 chart (legend)
    html = client.get(reverse("woondeals:woondeal")).content.decode()
    assert "<dt>Som van de jaarafspraken</dt><dd>350 <span" in html
    assert "wijkt af van het totaal" in html


def test_pages_without_agreements_say_so(client, pm, bekende_projecten):
    client.force_login(pm)
    html = client.get(reverse("woondeals:cijfers")).content.decode()
    assert "Er zijn nog geen aantallen per jaar afgesproken" in html
    assert ">Afgesproken</text>" not in html


def test_rights_per_role(client, programma, a4_trekker):
    rijen = _post([(2024, 100, "")])
    redacteuren = [UserFactory(username="pm", rol="programmamanager"), a4_trekker]
    anderen = [
        UserFactory(username="andere-trekker", rol="lijntrekker"),
        UserFactory(username="wethouder", rol="bestuurder"),
        UserFactory(username="partner", rol="partner"),
    ]
    for user in anderen:
        client.force_login(user)
        assert client.get(URL).status_code == 403, user.username
        assert client.post(URL, rijen).status_code == 403, user.username
        html = client.get(reverse("woondeals:woondeal")).content.decode()
        assert URL not in html or user.username == "partner"
    assert not Woondealafspraak.objects.exists()
    client.logout()
    response = client.post(URL, rijen)
    assert response.status_code == 302 and response.url.startswith("/inloggen/")
    assert not Woondealafspraak.objects.exists()
    for i, user in enumerate(redacteuren):
        client.force_login(user)
        assert URL in client.get(reverse("woondeals:woondeal")).content.decode()
        assert client.post(URL, _post([(2024, 100 + i, "")])).status_code == 302
        assert Woondealafspraak.objects.get().woningen == 100 + i
