"""The public overview shows the programme and only what was published."""

import pytest

from activiteiten.models import Activiteit
from tests.factories import StatusupdateFactory

pytestmark = pytest.mark.django_db


def test_home_shows_mission_goals_and_lines(programma, client):
    html = client.get("/").content.decode()
    assert "Een stad waar we trots op zijn!" in html
    for tekst in ("Doel A", "Doel B", "Doel C", "Ongedeelde regio", "4.100"):
        assert tekst in html


def test_unpublished_update_stays_off_the_public_activity_page(programma, client):
    act = Activiteit.objects.get(slug="2023-b1-stadscafe")
    StatusupdateFactory(activiteit=act, toelichting="Openbaar bericht", gepubliceerd=True)
    StatusupdateFactory(activiteit=act, toelichting="Geheim concept", gepubliceerd=False)
    html = client.get(act.get_absolute_url()).content.decode()
    assert "Openbaar bericht" in html
    assert "Geheim concept" not in html


def test_non_public_activity_is_404(programma, client):
    act = Activiteit.objects.get(slug="2023-b1-stadscafe")
    act.openbaar = False
    act.save()
    assert client.get(act.get_absolute_url()).status_code == 404


def test_health(client, db):
    assert client.get("/health/").json() == {"status": "ok", "database": "ok"}


def test_progress_bar_width_is_valid_css_for_decimal_values():
    from django.template.loader import render_to_string

    html = render_to_string("includes/voortgang.html", {"waarde": 13.4})
    assert 'width="13.4%"' in html  # not the Dutch "13,4", which SVG ignores
    assert "13,4%" in html  # the visible text is Dutch
    assert 'width="100%"' in render_to_string("includes/voortgang.html", {"waarde": 120})
    assert "style=" not in html  # no inline style: the Content-Security-Policy forbids it
