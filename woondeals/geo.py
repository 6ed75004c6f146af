"""Where projects and area developments lie: coordinates and outlines, checked and converted.

Guarantees: a point this module accepts lies inside the municipality of Almelo's bounding box
(WGS84, 6 decimals ≈ 0.1 m); an outline it accepts is a GeoJSON Polygon (RFC 7946) with closed
rings, a counter-clockwise exterior ring, clockwise holes, inside that box and not
self-intersecting. Every refusal is a ``ValidationError`` with a Dutch message.

RD New (EPSG:28992) ↔ WGS84 (EPSG:4326) goes through PROJ (pyproj, its bundled data, no network
grids): within a metre of the reference points in the tests.
"""

from decimal import ROUND_HALF_UP, Decimal
from functools import cache

from django.core.exceptions import ValidationError

# The municipality of Almelo (Almelo, Aadorp, Bornerbroek, Mariaparochie), rounded outwards.
ALMELO_ZUID, ALMELO_NOORD = Decimal("52.29"), Decimal("52.41")
ALMELO_WEST, ALMELO_OOST = Decimal("6.56"), Decimal("6.78")
ALMELO_MIDDEN = (52.3567, 6.6625)  # latitude, longitude of the town centre
ZES_DECIMALEN = Decimal("0.000001")

BUITEN_ALMELO = (
    "Deze plek ligt buiten de gemeente Almelo (breedtegraad {zuid}–{noord}, lengtegraad "
    "{west}–{oost})."
)


def _buiten_almelo() -> str:
    return BUITEN_ALMELO.format(
        zuid=ALMELO_ZUID, noord=ALMELO_NOORD, west=ALMELO_WEST, oost=ALMELO_OOST
    )


def in_almelo(breedtegraad, lengtegraad) -> bool:
    b, lg = Decimal(str(breedtegraad)), Decimal(str(lengtegraad))
    return ALMELO_ZUID <= b <= ALMELO_NOORD and ALMELO_WEST <= lg <= ALMELO_OOST


def afgerond(waarde) -> Decimal:
    """A coordinate in degrees at the six decimals the models store."""
    return Decimal(str(waarde)).quantize(ZES_DECIMALEN, rounding=ROUND_HALF_UP)


def punt_fouten(breedtegraad, lengtegraad) -> dict[str, list[str]]:
    """Errors for a project's point, keyed on the model's fields; empty when it is fine.

    Both empty is fine (no location yet); one without the other is not.
    """
    if breedtegraad is None and lengtegraad is None:
        return {}
    if breedtegraad is None or lengtegraad is None:
        veld = "breedtegraad" if breedtegraad is None else "lengtegraad"
        return {veld: ["Vul breedtegraad én lengtegraad in, of laat ze allebei leeg."]}
    if not in_almelo(breedtegraad, lengtegraad):
        return {"breedtegraad": [_buiten_almelo()]}
    return {}


# --- RD New <-> WGS84 -------------------------------------------------------------------------


@cache
def _transformers():
    from pyproj import Transformer

    naar_wgs84 = Transformer.from_crs("EPSG:28992", "EPSG:4326", always_xy=True)
    naar_rd = Transformer.from_crs("EPSG:4326", "EPSG:28992", always_xy=True)
    return naar_wgs84, naar_rd


def rd_naar_wgs84(x: float, y: float) -> tuple[float, float]:
    """RD New x, y (metres) to WGS84 (latitude, longitude) in degrees."""
    lengtegraad, breedtegraad = _transformers()[0].transform(float(x), float(y))
    return breedtegraad, lengtegraad


def wgs84_naar_rd(breedtegraad: float, lengtegraad: float) -> tuple[float, float]:
    """WGS84 latitude, longitude (degrees) to RD New (x, y) in metres."""
    return _transformers()[1].transform(float(lengtegraad), float(breedtegraad))


# --- outlines ---------------------------------------------------------------------------------


def _ring_oppervlak(ring: list) -> float:
    """Twice the signed area (shoelace): positive when the ring runs counter-clockwise."""
    paren = zip(ring, ring[1:], strict=False)
    return sum(x1 * y2 - x2 * y1 for (x1, y1, *_), (x2, y2, *_) in paren)


def _getal(waarde) -> bool:
    return isinstance(waarde, int | float) and not isinstance(waarde, bool)


def _ring_fouten(ring, naam: str) -> list[str]:
    if not isinstance(ring, list) or not all(
        isinstance(p, list) and len(p) >= 2 and _getal(p[0]) and _getal(p[1]) for p in ring
    ):
        return [f"De {naam} bestaat niet uit punten [lengtegraad, breedtegraad]."]
    if len(ring) < 4:
        return [f"De {naam} heeft minstens vier punten nodig (drie hoeken en het beginpunt)."]
    if ring[0][:2] != ring[-1][:2]:
        return [f"De {naam} is niet gesloten: het laatste punt moet gelijk zijn aan het eerste."]
    if any(not in_almelo(p[1], p[0]) for p in ring):
        return [f"De {naam} ligt (deels) buiten de gemeente Almelo."]
    return []


def contour_uit(waarde) -> dict | None:
    """The Polygon geometry in ``waarde`` (a Polygon, or a Feature or FeatureCollection holding
    exactly one), or ``None`` for an empty value; ``ValidationError`` otherwise."""
    if waarde in (None, "", {}):
        return None
    if not isinstance(waarde, dict):
        raise ValidationError("De contour is geen GeoJSON-object.")
    if waarde.get("type") == "FeatureCollection":
        features = waarde.get("features") or []
        if len(features) != 1:
            raise ValidationError(
                "Het GeoJSON-bestand moet precies één contour (Polygon) bevatten, "
                f"niet {len(features)}."
            )
        waarde = features[0]
    if waarde.get("type") == "Feature":
        waarde = waarde.get("geometry") or {}
    return waarde


def contour_fouten(contour) -> list[str]:
    """Errors for an area development's outline (a GeoJSON Polygon in WGS84); empty when fine."""
    if contour is None:
        return []
    if not isinstance(contour, dict) or contour.get("type") != "Polygon":
        return ["De contour moet een GeoJSON Polygon zijn."]
    ringen = contour.get("coordinates")
    if not isinstance(ringen, list) or not ringen:
        return ["De contour heeft geen coördinaten."]
    fouten = []
    for i, ring in enumerate(ringen):
        fouten += _ring_fouten(ring, "buitenrand" if i == 0 else f"uitsparing {i}")
    if fouten:
        return fouten
    from shapely.geometry import shape

    if not shape(contour).is_valid:
        return [
            "De contour snijdt zichzelf: randen mogen elkaar niet kruisen of raken, en een "
            "uitsparing moet binnen de buitenrand liggen."
        ]
    if _ring_oppervlak(ringen[0]) <= 0:
        fouten.append(
            "De buitenrand loopt met de klok mee; GeoJSON (RFC 7946) vraagt tegen de klok in. "
            "Keer de volgorde van de punten om."
        )
    if any(_ring_oppervlak(ring) >= 0 for ring in ringen[1:]):
        fouten.append("Een uitsparing moet met de klok mee lopen (RFC 7946).")
    return fouten


def valideer_contour(waarde) -> dict | None:
    """The checked Polygon in ``waarde`` (see ``contour_uit``), or ``ValidationError``."""
    contour = contour_uit(waarde)
    fouten = contour_fouten(contour)
    if fouten:
        raise ValidationError(fouten)
    return contour
