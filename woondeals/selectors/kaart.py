"""The map of housing projects and area developments, its table and its GeoJSON (RFC 7946).

Shared by the public housing page, ``/woningbouw/projecten.geojson``, the API and the werkruimte
map. The GeoJSON holds no commercial details: no developer, no subsidies, no realisations.
"""

from django.db.models import QuerySet

from ..constants import SEGMENTEN
from ..models import Gebiedsontwikkeling, Woningbouwproject
from .projecten import totaal_woningen

# the properties a project's Feature carries (besides its label fields and its link)
PROJECT_EIGENSCHAPPEN = ("slug", "naam", "wijk", "planstatus", "fase", *SEGMENTEN)
PROJECT_EIGENSCHAPPEN += ("verwacht_startjaar", "verwacht_opleverjaar", "is_demo")


def kaart_project_list(qs: QuerySet[Woningbouwproject]) -> QuerySet[Woningbouwproject]:
    """``qs`` for the map and its table: by district, then name, with ``totaal`` and the area
    development in the same query."""
    return (
        qs.select_related("gebiedsontwikkeling")
        .annotate(totaal=totaal_woningen())
        .order_by("wijk", "naam")
    )


def kaart_gebied_list(*, openbaar: bool) -> QuerySet[Gebiedsontwikkeling]:
    """Area developments to show and filter on; on the public side only those with a published
    project (an area development has no publication flag of its own)."""
    qs = Gebiedsontwikkeling.objects.order_by("naam")
    if openbaar:
        ids = Woningbouwproject.objects.openbaar().values("gebiedsontwikkeling_id")
        qs = qs.filter(pk__in=ids)
    return qs


def project_feature(project: Woningbouwproject, *, url: str) -> dict:
    """One project as a GeoJSON Feature ([longitude, latitude], WGS84)."""
    eigenschappen = {veld: getattr(project, veld) for veld in PROJECT_EIGENSCHAPPEN}
    gebied = project.gebiedsontwikkeling if project.gebiedsontwikkeling_id else None
    eigenschappen.update(
        soort="woningbouwproject",
        planstatus_label=project.get_planstatus_display(),
        fase_label=project.get_fase_display(),
        totaal_woningen=project.totaal_woningen,
        gebiedsontwikkeling=gebied.naam if gebied else None,
        url=url,
    )
    return {
        "type": "Feature",
        "id": project.slug,
        "geometry": {
            "type": "Point",
            "coordinates": [float(project.lengtegraad), float(project.breedtegraad)],
        },
        "properties": eigenschappen,
    }


def gebied_feature(gebied: Gebiedsontwikkeling, *, url: str | None) -> dict:
    return {
        "type": "Feature",
        "id": f"gebied-{gebied.slug}",
        "geometry": gebied.contour,
        "properties": {
            "soort": "gebiedsontwikkeling",
            "slug": gebied.slug,
            "naam": gebied.naam,
            "fase": gebied.fase,
            "fase_label": gebied.get_fase_display(),
            "is_demo": gebied.is_demo,
            "url": url,
        },
    }


def kaart_geojson(projecten, gebieden=(), *, project_url, gebied_url=None) -> dict:
    """A FeatureCollection of the located ``projecten`` (and the outlined ``gebieden``);
    ``project_url(project)`` / ``gebied_url(gebied)`` give each Feature's link."""
    features = [
        gebied_feature(g, url=gebied_url(g) if gebied_url else None) for g in gebieden if g.contour
    ]
    features += [project_feature(p, url=project_url(p)) for p in projecten if p.heeft_locatie]
    return {"type": "FeatureCollection", "features": features}
