"""The map of housing projects and area developments: what the public housing page and the
werkruimte map share (``kaart_context``), and the werkruimte map page itself.

The map is an enhancement: the same filtered projects are always in a table grouped by district,
which works without JavaScript. Markers and outlines come from the page (GeoJSON in a
``json_script``), so a failing tile service never hides them.
"""

from itertools import groupby

from django.conf import settings
from django.shortcuts import render
from django.urls import reverse

from ..constants import ProjectFase
from ..forms import KaartFilter
from ..models import Woningbouwproject
from ..rechten import lezer_vereist
from ..selectors import kaart_gebied_list, kaart_geojson, kaart_project_list
from .basis import pagina_context


def kaart_context(params, *, openbaar: bool, project_url, gebied_url=None) -> dict:
    """The filter, the filtered projects by district and their GeoJSON for ``params`` (the
    query string). Public: published projects only. A fixed number of queries."""
    basis = Woningbouwproject.objects.openbaar() if openbaar else Woningbouwproject.objects.all()
    gebieden = kaart_gebied_list(openbaar=openbaar)
    filter_ = KaartFilter(params or None, queryset=basis, gebieden=gebieden)
    geldig = filter_.is_bound and filter_.is_valid()
    projecten = list(kaart_project_list(filter_.qs if geldig else basis))
    gekozen = filter_.form.cleaned_data.get("gebied") if geldig else None
    outlines = [gekozen] if gekozen else list(gebieden.filter(contour__isnull=False))
    return {
        "kaart_filter": filter_,
        "kaart_projecten": projecten,
        "kaart_per_wijk": [
            (wijk or "Wijk onbekend", list(rijen))
            for wijk, rijen in groupby(projecten, key=lambda p: p.wijk)
        ],
        "kaart_zonder_locatie": sum(1 for p in projecten if not p.heeft_locatie),
        "kaart_geojson": kaart_geojson(
            projecten, outlines, project_url=project_url, gebied_url=gebied_url
        ),
        "fasen": ProjectFase.choices,
        "kaart_tegels_url": settings.KAART_TEGELS_URL,
        "kaart_tegels_attributie": settings.KAART_TEGELS_ATTRIBUTIE,
    }


@lezer_vereist
def kaart(request):
    context = pagina_context(
        request,
        **kaart_context(
            request.GET,
            openbaar=False,
            project_url=lambda p: reverse("woondeals:project", args=[p.slug]),
            gebied_url=lambda g: reverse("woondeals:gebied", args=[g.slug]),
        ),
    )
    return render(request, "woondeals/kaart.html", context)
