"""The project list's .xlsx and CSV never carry a live formula, and an exported list imported
back (twice) leaves every name exactly as it was: no quote grows on each round."""

import io

import pytest
from django.urls import reverse
from openpyxl import load_workbook

from netwerk.models import Partner
from tests.kern.helpers import assert_csv_onschadelijk, csv_velden, formule, xlsx_tekstcellen
from woondeals import uitwisseling
from woondeals.models import Gebiedsontwikkeling, Woningbouwproject

pytestmark = pytest.mark.django_db


@pytest.fixture
def formuleprojecten(bekende_projecten):
    """Formula payloads in every text the list exports. Not the ones with a leading tab or CR:
    the import strips surrounding whitespace from every cell, as it always has."""
    for i, project in enumerate(Woningbouwproject.objects.order_by("slug")):
        Woningbouwproject.objects.filter(pk=project.pk).update(
            naam=formule(f"naam{i}", i), wijk=formule(f"wijk{i}", i + 1)
        )
    Gebiedsontwikkeling.objects.filter(pk=bekende_projecten["gebied"].pk).update(
        naam=formule("gebied", 6)
    )
    Partner.objects.filter(naam="Corporatie Noord").update(naam=formule("partner", 3))
    return sorted(Woningbouwproject.objects.values_list("naam", "wijk"))


def _export(client, pm, soort, **params):
    client.force_login(pm)
    r = client.get(reverse("woondeals:export", args=[soort]), params)
    assert r.status_code == 200
    return r.content


def test_xlsx_export_holds_every_text_as_text(client, pm, formuleprojecten):
    teksten = xlsx_tekstcellen(_export(client, pm, "xlsx"))["Plancapaciteit"]
    for naam, wijk in formuleprojecten:
        assert {naam, wijk} <= teksten
    assert {formule("gebied", 6), formule("partner", 3)} <= teksten


@pytest.mark.parametrize(("formaat", "scheiding"), [("excel", ";"), ("rfc4180", ",")])
def test_csv_export_neutralises_every_text(client, pm, formuleprojecten, formaat, scheiding):
    rijen = csv_velden(_export(client, pm, "csv", formaat=formaat).decode("utf-8"), scheiding)
    assert_csv_onschadelijk(rijen)
    velden = {v for rij in rijen for v in rij}
    for naam, wijk in formuleprojecten:
        assert {"'" + naam, "'" + wijk} <= velden


@pytest.mark.parametrize("formaat", ["xlsx", "csv"])
def test_round_trip_keeps_names_exactly(client, pm, formuleprojecten, formaat):
    for _ronde in range(2):
        inhoud = _export(client, pm, formaat)
        resultaat = uitwisseling.projecten_importeren(naam=f"lijst.{formaat}", inhoud=inhoud)
        assert resultaat.fouten == []
        assert (resultaat.aangemaakt, resultaat.bijgewerkt) == (0, 0)
        assert sorted(Woningbouwproject.objects.values_list("naam", "wijk")) == formuleprojecten
    if formaat == "xlsx":  # and the file read back holds the same text
        ws = load_workbook(io.BytesIO(inhoud)).active
        assert {ws.cell(r, 2).value for r in range(2, ws.max_row + 1)} == {
            n for n, _ in formuleprojecten
        }
