"""The woondeal page's settings: agreed numbers and norms, purchase price limit per year."""

from decimal import Decimal

import pytest
from django.urls import reverse

from woondeals.models import Koopprijsgrens, Woondeal

pytestmark = pytest.mark.django_db


def test_purchase_price_limit_per_year(client, a4_trekker):
    client.force_login(a4_trekker)
    url = reverse("woondeals:koopprijsgrens")
    assert client.post(url, {"jaar": 2025, "bedrag": "420000"}).status_code == 302
    assert client.post(url, {"jaar": 2025, "bedrag": "425000"}).status_code == 302  # replaces
    assert client.post(url, {"jaar": 2026, "bedrag": "435000"}).status_code == 302
    assert list(Koopprijsgrens.objects.values_list("jaar", "bedrag")) == [
        (2025, Decimal(425000)),
        (2026, Decimal(435000)),
    ]
    response = client.post(url, {"jaar": 1900, "bedrag": "1000"})
    assert response.status_code == 400 and "tussen 2000 en 2060" in response.content.decode()
    response = client.post(url, {"jaar": 2027, "bedrag": "0"})
    assert response.status_code == 400
    assert Koopprijsgrens.objects.count() == 2
    html = client.get(reverse("woondeals:woondeal")).content.decode()
    assert "€ 425.000" in html


def test_agreed_numbers_and_norms(client, pm):
    client.force_login(pm)
    url = reverse("woondeals:woondeal_bewerken")
    data = {
        "regio": "Twente",
        "doel_woningen": "4100",
        "eindjaar": "2030",
        "aandeel_sociale_huur": "30",
        "aandeel_betaalbaar": "66.67",
        "toelichting": "Uitwerking.",
    }
    assert client.post(url, {**data, "aandeel_sociale_huur": "130"}).status_code == 400
    assert Woondeal.objects.get().doel_woningen is None
    assert client.post(url, data).status_code == 302
    deal = Woondeal.objects.get()
    assert (deal.doel_woningen, deal.eindjaar) == (4100, 2030)
    html = client.get(reverse("woondeals:woondeal")).content.decode()
    assert "4.100" in html and "2030" in html


def test_the_teams_choices_record_who_and_when(client, pm):
    """Region and norms are the programme team's choices, not plan text: changing one records
    who and when, shown beside it; a bad value changes nothing."""
    client.force_login(pm)
    url = reverse("woondeals:woondeal_bewerken")
    deal = Woondeal.objects.get()
    assert deal.vastgesteld_door is None and deal.regio_herkomst == "programmateam"
    data = {
        "regio": "Twente",
        "aandeel_sociale_huur": "30",
        "aandeel_betaalbaar": "66.67",
        "normen_bron": deal.normen_bron,
        "toelichting": deal.toelichting,
    }
    assert client.post(url, {**data, "toelichting": "Alleen de toelichting."}).status_code == 302
    assert Woondeal.objects.get().vastgesteld_door is None  # not a choice: nothing recorded
    response = client.post(url, {**data, "regio": "", "aandeel_sociale_huur": "25"})
    assert response.status_code == 400
    deal = Woondeal.objects.get()
    assert (deal.regio, deal.aandeel_sociale_huur, deal.vastgesteld_door) == ("Twente", 30, None)
    assert client.post(url, {**data, "aandeel_sociale_huur": "25"}).status_code == 302
    deal = Woondeal.objects.get()
    assert deal.vastgesteld_door == pm and deal.vastgesteld_op is not None
    assert deal.aandeel_sociale_huur == 25
    html = client.get(reverse("woondeals:woondeal")).content.decode()
    assert f"vastgesteld door het programmateam ({pm.get_full_name() or pm.username}," in html
