"""Time travel of indicators: baseline, target and unit as recorded at the reference moment."""

import datetime
import io
from decimal import Decimal

import pytest
from django.utils import timezone
from openpyxl import load_workbook

from activiteiten.selectors import periode_list
from almelo_programma.dashboard import selectors
from doelen.models import Effectindicator
from tests.factories import MetingFactory, UserFactory

pytestmark = pytest.mark.django_db

VASTGELEGD = timezone.make_aware(datetime.datetime(2024, 6, 1, 12, 0))
GEWIJZIGD = timezone.make_aware(datetime.datetime(2025, 3, 1, 9, 0))


@pytest.fixture
def gewijzigde_indicator(programma):
    """Indicator 3 recorded mid-2024 (0 → 4,100 woningen), its figures changed on 1-3-2025."""
    ind = Effectindicator.objects.get(nummer=3)
    assert (ind.basiswaarde, ind.streefwaarde, ind.eenheid) == (0, 4100, "woningen")
    ind.history.update(history_date=VASTGELEGD)
    ind.basiswaarde, ind.streefwaarde, ind.eenheid = Decimal(100), Decimal(5100), "wooneenheden"
    ind.save()
    ind.history.filter(history_date__gt=GEWIJZIGD).update(history_date=GEWIJZIGD)
    MetingFactory(indicator=ind, datum=datetime.date(2024, 12, 31), waarde=Decimal(410))
    MetingFactory(indicator=ind, datum=datetime.date(2025, 12, 31), waarde=Decimal(1100))
    return ind


@pytest.fixture
def bestuurder(client, programma):
    client.force_login(UserFactory(rol="bestuurder"))
    return client


def _indicator(response, nummer=3):
    doelen = response.context["d"].doelen
    return next(i for doel in doelen for i in doel.indicatoren_lijst if i.nummer == nummer)


def test_dashboard_of_2024_shows_the_target_as_it_was(bestuurder, gewijzigde_indicator):
    response = bestuurder.get("/dashboard/", {"stand": "2024"})
    ind = _indicator(response)
    assert (ind.basiswaarde, ind.streefwaarde, ind.eenheid) == (0, 4100, "woningen")
    assert ind.voortgang == 10  # 410 of 0 → 4,100
    html = response.content.decode()
    assert "doel 4.100 woningen in 2026" in html and "410 woningen" in html
    assert "wooneenheden" not in html and "5.100" not in html

    response = bestuurder.get("/dashboard/")  # today: the changed figures
    ind = _indicator(response)
    assert (ind.basiswaarde, ind.streefwaarde, ind.eenheid) == (100, 5100, "wooneenheden")
    assert ind.voortgang == 20  # (1,100 − 100) / (5,100 − 100)
    assert "doel 5.100 wooneenheden in 2026" in response.content.decode()


def test_period_before_the_change_but_after_recording_and_before_recording(
    programma, gewijzigde_indicator
):
    keuzes = selectors.standen(programma, periode_list(), datetime.date(2026, 11, 1))
    eind_2024 = selectors.stand_kiezen("2024", keuzes)
    doelen, _ = selectors.doelen_op(eind_2024, programma=programma)
    ind = next(i for doel in doelen for i in doel.indicatoren_lijst if i.nummer == 3)
    assert ind.streefwaarde == 4100
    # Before anything was recorded the oldest known figures hold (not today's).
    eind_2023 = selectors.Stand("2023", "Eind 2023", datetime.date(2023, 12, 31))
    ind = selectors.indicator_get(
        programma=programma, slug=gewijzigde_indicator.slug, stand=eind_2023
    )
    assert (ind.streefwaarde, ind.eenheid) == (4100, "woningen")
    # Indicators never edited keep their values in every period.
    ind1 = next(i for doel in doelen for i in doel.indicatoren_lijst if i.nummer == 1)
    assert ind1.streefwaarde == Effectindicator.objects.get(nummer=1).streefwaarde


def test_drill_down_and_xlsx_use_the_recorded_figures(bestuurder, gewijzigde_indicator):
    url = f"/dashboard/indicatoren/{gewijzigde_indicator.slug}/"
    html = bestuurder.get(url, {"stand": "2024"}).content.decode()
    assert "doel 4.100 woningen in 2026" in html and "Waarde (woningen)" in html
    assert "Doel 2026: 4.100" in html  # the progress bar's target
    html = bestuurder.get(url).content.decode()
    assert "doel 5.100 wooneenheden in 2026" in html and "Doel 2026: 5.100" in html

    response = bestuurder.get("/dashboard/export.xlsx", {"stand": "2024"})
    wb = load_workbook(io.BytesIO(response.getvalue()))
    rij = next(r for r in wb["Indicatoren"].iter_rows(values_only=True) if r[0] == 3)
    assert rij[4:7] == ("woningen", 0, 4100) and rij[8] == 410 and rij[9] == 10
    response = bestuurder.get("/dashboard/export.xlsx")
    rij = next(
        r
        for r in load_workbook(io.BytesIO(response.getvalue()))["Indicatoren"].iter_rows(
            values_only=True
        )
        if r[0] == 3
    )
    assert rij[4:7] == ("wooneenheden", 100, 5100) and rij[8] == 1100 and rij[9] == 20
