"""Coordinates and outlines: RD New <-> WGS84 against reference points, and the Dutch refusals of
points outside Almelo and of bad outlines (by the checks and by the services, which then write
nothing)."""

import math

import pytest
from django.core.exceptions import ValidationError

from tests.factories import WoningbouwprojectFactory
from woondeals import geo, services
from woondeals.constants import Planstatus
from woondeals.models import Gebiedsontwikkeling, Woningbouwproject

from .factories import GebiedsontwikkelingFactory

METER_BREEDTE = 111_200  # metres per degree of latitude
METER_LENGTE = 111_320 * math.cos(math.radians(52.3))  # metres per degree of longitude here


def _afstand_m(a, b) -> float:
    return math.hypot((a[0] - b[0]) * METER_BREEDTE, (a[1] - b[1]) * METER_LENGTE)


def _rd_benadering(x: float, y: float) -> tuple[float, float]:
    """The published approximation of RD -> WGS84 (Schreutelkamp & Strang van Hees, 'Benaderings-
    formules voor de transformatie tussen RD- en WGS84-kaartcoördinaten', 2001): an independent
    reference for the PROJ conversion, accurate to about a metre."""
    dx, dy = (x - 155000) * 1e-5, (y - 463000) * 1e-5
    kpq = [(0, 1, 3235.65389), (2, 0, -32.58297), (0, 2, -0.24750), (2, 1, -0.84978),
           (0, 3, -0.06550), (2, 2, -0.01709), (1, 0, -0.00738), (4, 0, 0.00530),
           (2, 3, -0.00039), (4, 1, 0.00033), (1, 1, -0.00012)]  # fmt: skip
    lpq = [(1, 0, 5260.52916), (1, 1, 105.94684), (1, 2, 2.45656), (3, 0, -0.81885),
           (1, 3, 0.05594), (3, 1, -0.05607), (0, 1, 0.01199), (3, 2, -0.00256),
           (1, 4, 0.00128), (0, 2, 0.00022), (2, 0, -0.00022), (5, 0, 0.00026)]  # fmt: skip
    breedte = 52.15517440 + sum(k * dx**p * dy**q for p, q, k in kpq) / 3600
    lengte = 5.38720621 + sum(k * dx**p * dy**q for p, q, k in lpq) / 3600
    return breedte, lengte


def test_amersfoort_base_point_both_ways_within_a_metre():
    # the origin of RD: the Onze Lieve Vrouwetoren in Amersfoort, x 155000 y 463000
    assert _afstand_m(geo.rd_naar_wgs84(155000, 463000), (52.15517440, 5.38720621)) < 1
    x, y = geo.wgs84_naar_rd(52.15517440, 5.38720621)
    assert math.hypot(x - 155000, y - 463000) < 1


@pytest.mark.parametrize(
    ("x", "y"),
    [(155000, 463000), (239600, 486600), (233000, 480000), (246000, 492000), (121000, 487000)],
)
def test_rd_to_wgs84_agrees_with_the_published_approximation(x, y):
    assert _afstand_m(geo.rd_naar_wgs84(x, y), _rd_benadering(x, y)) < 1


def test_round_trip_in_almelo_stays_within_a_decimetre():
    x, y = geo.wgs84_naar_rd(52.3567, 6.6625)
    assert _afstand_m(geo.rd_naar_wgs84(x, y), (52.3567, 6.6625)) < 0.1
    assert geo.in_almelo(*geo.rd_naar_wgs84(x, y))


def test_points_outside_almelo_or_half_filled_are_refused_in_dutch():
    assert geo.punt_fouten(None, None) == {}
    assert geo.punt_fouten(52.3567, 6.6625) == {}
    assert "buiten de gemeente Almelo" in geo.punt_fouten(52.0907, 5.1214)["breedtegraad"][0]
    assert "allebei" in geo.punt_fouten(52.3567, None)["lengtegraad"][0]


def _vierkant(*, met_de_klok=False, lengte=6.66, breedte=52.356, d=0.002):
    ring = [[lengte - d, breedte - d], [lengte + d, breedte - d], [lengte + d, breedte + d],
            [lengte - d, breedte + d], [lengte - d, breedte - d]]  # fmt: skip
    return {"type": "Polygon", "coordinates": [ring[::-1] if met_de_klok else ring]}


def test_a_good_outline_passes_also_inside_a_feature_collection():
    assert geo.valideer_contour(_vierkant()) == _vierkant()
    collectie = {
        "type": "FeatureCollection",
        "features": [{"type": "Feature", "geometry": _vierkant(), "properties": {}}],
    }
    assert geo.valideer_contour(collectie) == _vierkant()
    assert geo.valideer_contour(None) is None


@pytest.mark.parametrize(
    ("contour", "melding"),
    [
        (_vierkant(met_de_klok=True), "tegen de klok in"),
        (
            {
                "type": "Polygon",
                "coordinates": [
                    [[6.65, 52.35], [6.67, 52.36], [6.67, 52.35], [6.65, 52.36], [6.65, 52.35]]
                ],
            },  # fmt: skip
            "snijdt zichzelf",
        ),
        (
            {"type": "Polygon", "coordinates": [_vierkant()["coordinates"][0][:-1]]},
            "niet gesloten",
        ),
        (_vierkant(lengte=5.12, breedte=52.09), "buiten de gemeente Almelo"),
        ({"type": "Point", "coordinates": [6.66, 52.35]}, "Polygon"),
        ({"type": "FeatureCollection", "features": []}, "precies één contour"),
    ],
    ids=["met-de-klok", "zelfdoorsnijding", "open", "buiten-almelo", "punt", "leeg"],
)
def test_bad_outlines_are_refused_in_dutch(contour, melding):
    with pytest.raises(ValidationError) as fout:
        geo.valideer_contour(contour)
    assert melding in " ".join(fout.value.messages)


def test_the_services_refuse_bad_places_and_write_nothing(programma):
    project = WoningbouwprojectFactory(naam="Op de kaart", planstatus=Planstatus.ZACHT)
    with pytest.raises(ValidationError) as fout:
        services.project_update(project=project, breedtegraad=52.0907, lengtegraad=5.1214)
    assert "buiten de gemeente Almelo" in fout.value.message_dict["breedtegraad"][0]
    project = Woningbouwproject.objects.get(pk=project.pk)
    assert project.breedtegraad is None

    services.project_update(project=project, breedtegraad=52.35671234, lengtegraad=6.6625)
    project.refresh_from_db()
    assert (str(project.breedtegraad), str(project.lengtegraad)) == ("52.356712", "6.662500")

    gebied = GebiedsontwikkelingFactory(naam="Kanaalzone")
    with pytest.raises(ValidationError) as fout:
        services.gebied_update(
            gebied=gebied, naam="Kanaalzone", fase=gebied.fase, contour=_vierkant(met_de_klok=True)
        )
    assert "tegen de klok in" in fout.value.message_dict["contour"][0]
    assert Gebiedsontwikkeling.objects.get(pk=gebied.pk).contour is None


def test_an_outline_is_imported_from_a_geojson_file_in_the_werkruimte(client, pm):
    import json

    from django.core.files.uploadedfile import SimpleUploadedFile

    client.force_login(pm)
    gebied = GebiedsontwikkelingFactory(naam="Kanaalzone")
    url = f"/werkruimte/woningbouw/gebieden/{gebied.slug}/bewerken/"
    data = {"naam": "Kanaalzone", "wijk": "", "fase": gebied.fase, "omschrijving": ""}
    slecht = SimpleUploadedFile("k.geojson", json.dumps(_vierkant(met_de_klok=True)).encode())
    response = client.post(url, {**data, "contour_bestand": slecht})
    assert response.status_code == 400
    assert "tegen de klok in" in response.content.decode()
    assert Gebiedsontwikkeling.objects.get(pk=gebied.pk).contour is None

    goed = SimpleUploadedFile("k.geojson", json.dumps(_vierkant()).encode())
    assert client.post(url, {**data, "contour_bestand": goed}).status_code == 302
    assert Gebiedsontwikkeling.objects.get(pk=gebied.pk).contour == _vierkant()
