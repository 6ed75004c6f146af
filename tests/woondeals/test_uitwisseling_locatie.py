"""The project sheet's location columns: X/Y in RD New or latitude/longitude, converted and
checked per row with Dutch errors; an import with one bad row writes nothing."""

import pytest
from django.urls import reverse

from tests.factories import WoningbouwprojectFactory
from woondeals import geo, uitwisseling
from woondeals.constants import Planstatus
from woondeals.models import Woningbouwproject

pytestmark = pytest.mark.django_db

KOP = ["Plannaam", "Planstatus", "Fase", "Sociale huur", "Middenhuur", "Betaalbare koop",
       "Vrije sector", "Wijk"]  # fmt: skip


def _csv(*rijen) -> bytes:
    kop = KOP + ["X (RD)", "Y (RD)", "Breedtegraad", "Lengtegraad"]
    regels = [";".join(kop)] + [";".join(str(v) for v in rij) for rij in rijen]
    return "\n".join(regels).encode()


def _rij(naam, x="", y="", breedte="", lengte=""):
    return [naam, "zacht", "initiatief", 10, 0, 0, 10, "Centrum", x, y, breedte, lengte]


@pytest.mark.parametrize("formaat", ["xlsx", "csv"])
def test_round_trip_keeps_the_location(client, pm, formaat):
    project = WoningbouwprojectFactory(
        slug="op-de-kaart", planstatus=Planstatus.ZACHT, breedtegraad="52.356712",
        lengtegraad="6.662512",
    )  # fmt: skip
    client.force_login(pm)
    response = client.get(reverse("woondeals:export", args=[formaat]))
    rijen = uitwisseling.lees_blad(f"x.{formaat}", response.content)
    kop = [str(v) for v in rijen[0]]
    rij = dict(zip(kop, rijen[1], strict=True))
    x, y = (float(str(rij[k]).replace(",", ".")) for k in ("X (RD)", "Y (RD)"))
    assert geo.in_almelo(*geo.rd_naar_wgs84(x, y))

    Woningbouwproject.objects.filter(pk=project.pk).update(breedtegraad=None, lengtegraad=None)
    resultaat = uitwisseling.projecten_importeren(naam=f"x.{formaat}", inhoud=response.content)
    assert resultaat.fouten == []
    project.refresh_from_db()
    assert (str(project.breedtegraad), str(project.lengtegraad)) == ("52.356712", "6.662512")


def test_rd_columns_are_converted_and_latlon_taken_as_is(programma):
    x, y = geo.wgs84_naar_rd(52.3567, 6.6625)
    inhoud = _csv(
        _rij("Uit RD", x=f"{x:.2f}".replace(".", ","), y=f"{y:.2f}"),
        _rij("Uit graden", breedte="52,3601", lengte="6.6702"),
        _rij("Zonder plek"),
    )
    resultaat = uitwisseling.projecten_importeren(naam="lijst.csv", inhoud=inhoud)
    assert resultaat.fouten == []
    plekken = dict(Woningbouwproject.objects.values_list("naam", "breedtegraad"))
    assert abs(float(plekken["Uit RD"]) - 52.3567) < 0.00001
    assert str(plekken["Uit graden"]) == "52.360100"
    assert plekken["Zonder plek"] is None


def test_one_bad_location_rejects_the_whole_sheet_with_dutch_errors(programma):
    inhoud = _csv(
        _rij("Goed", breedte="52.3601", lengte="6.6702"),
        _rij("In Amersfoort", x="155000", y="463000"),
        _rij("Half", breedte="52.36"),
        _rij("Geen getal", x="twee", y="486000"),
        _rij("Oneens", x="239600", y="486600", breedte="52.3601", lengte="6.6702"),
        _rij("Buiten Nederland", x="-5", y="10"),
    )
    resultaat = uitwisseling.projecten_importeren(naam="lijst.csv", inhoud=inhoud)
    assert Woningbouwproject.objects.count() == 0
    fouten = "\n".join(resultaat.fouten)
    assert "Rij 3: X (RD) en Y (RD): deze plek ligt buiten de gemeente Almelo." in fouten
    assert "Rij 4: Breedtegraad en Lengtegraad: vul ze allebei in" in fouten
    assert "Rij 5: X (RD): 'twee' is geen getal." in fouten
    assert "Rij 6: X/Y (RD) en breedte-/lengtegraad wijzen naar plekken" in fouten
    assert "Rij 7: X (RD) en Y (RD): (-5, 10) zijn geen RD-coördinaten" in fouten
    assert not any(f.startswith("Rij 2") for f in resultaat.fouten)
