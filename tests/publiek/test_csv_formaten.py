"""The CSV downloads open correctly in Dutch Excel by double-click (";" and a decimal comma, UTF-8
with BOM), and ``?formaat=rfc4180`` gives commas and decimal points for other tools."""

import csv
import datetime
import io
from decimal import Decimal

import pytest
from django.urls import reverse

from doelen.models import Effectindicator
from tests.factories import MetingFactory, UserFactory, WoningbouwprojectFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def meting(programma):
    indicator = Effectindicator.objects.get(nummer=6)
    return MetingFactory(
        indicator=indicator,
        waarde=Decimal("12.5"),
        toelichting="Gemeten, met komma; en puntkomma",
        datum=datetime.date(2025, 4, 30),
    )


def _rijen(response, scheiding):
    return list(csv.reader(io.StringIO(response.content.decode("utf-8")), delimiter=scheiding))


def test_the_default_is_dutch_excel(meting, client):
    response = client.get("/metingen.csv")
    assert response.content.startswith("\ufeff".encode())  # BOM: Excel reads UTF-8
    assert response["Content-Type"] == "text/csv; charset=utf-8"
    kop, rij = _rijen(response, ";")
    assert kop[0] == "\ufeffindicator" and len(kop) == len(rij)
    assert rij[kop.index("waarde")] == "12,50"
    assert rij[kop.index("toelichting")] == "Gemeten, met komma; en puntkomma"
    assert b"\r\n" in response.content


def test_rfc4180_gives_commas_and_decimal_points(meting, client):
    response = client.get("/metingen.csv", {"formaat": "rfc4180"})
    assert not response.content.startswith("\ufeff".encode())
    assert response["Content-Type"] == "text/csv; charset=utf-8; header=present"
    kop, rij = _rijen(response, ",")
    assert kop[0] == "indicator" and len(kop) == len(rij)
    assert rij[kop.index("waarde")] == "12.50"
    assert rij[kop.index("toelichting")] == "Gemeten, met komma; en puntkomma"
    assert response.content.decode().endswith("\r\n")


def test_an_unknown_format_is_refused_in_dutch(programma, client):
    response = client.get("/activiteiten.csv", {"formaat": "tab"})
    assert response.status_code == 400
    assert "Kies formaat=excel of rfc4180" in response.content.decode()


@pytest.mark.parametrize(("formaat", "scheiding"), [("excel", ";"), ("rfc4180", ",")])
def test_the_project_export_follows_the_same_formats(programma, client, formaat, scheiding):
    WoningbouwprojectFactory(naam="Project, met komma")
    client.force_login(UserFactory(rol="programmamanager"))
    url = reverse("woondeals:export", args=["csv"])
    response = client.get(url, {"formaat": formaat})
    assert response.status_code == 200
    kop, *rijen = _rijen(response, scheiding)
    assert kop[1] == "Plannaam" and len(rijen) == 1
    assert rijen[0][1] == "Project, met komma"
