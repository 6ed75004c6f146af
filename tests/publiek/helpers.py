"""The public URLs, one per page type, for a programme loaded with demo data."""

from activiteiten.models import Activiteit
from doelen.models import Doel, Effectindicator
from netwerk.models import Bijeenkomst

LIJSTEN = [
    "/",
    "/activiteiten/",
    "/activiteiten/?doel=A&jaar=2024&status=afgerond&q=demo",
    "/agenda/",
    "/woningbouw/",
    "/woningbouw/?fase=realisatie&planstatus=hard&segment=sociale_huur&gebied=demo-gebied-1",
    "/woningbouw/projecten.geojson",
    "/toegankelijkheid/",
    "/feeds/statusupdates.atom",
    "/agenda.ics",
    "/activiteiten.csv",
    "/metingen.csv",
]
API_LIJSTEN = [
    "/api/v1/doelen/",
    "/api/v1/indicatoren/",
    "/api/v1/lijnen/",
    "/api/v1/activiteiten/",
    "/api/v1/activiteiten/?doel=B&jaar=2025&status=afgerond&bijgewerkt_sinds=2024-01-01",
    "/api/v1/statusupdates/",
    "/api/v1/statusupdates/?lijn=a1-ongedeelde-regio&sinds=2024-01-01",
    "/api/v1/deelsporen/",
    "/api/v1/woningbouwprojecten/",
    "/api/v1/woningbouwprojecten/geojson/",
    "/api/v1/woningbouwcijfers/",
    "/api/v1/bijeenkomsten/",
]


def detailpaginas() -> list[str]:
    doel = Doel.objects.order_by("code").first()
    return [
        doel.get_absolute_url(),
        Effectindicator.objects.get(nummer=3).get_absolute_url(),
        "/lijnen/a1-ongedeelde-regio/",
        Activiteit.objects.filter(openbaar=True).order_by("slug").first().get_absolute_url(),
        Bijeenkomst.objects.filter(openbaar=True).order_by("slug").first().get_absolute_url(),
    ]


def api_details() -> list[str]:
    act = Activiteit.objects.filter(openbaar=True).order_by("slug").first()
    return [
        "/api/v1/doelen/a-wonen/",
        "/api/v1/indicatoren/3-4100-nieuwbouwwoningen/",
        "/api/v1/lijnen/a1-ongedeelde-regio/",
        f"/api/v1/activiteiten/{act.slug}/",
    ]


def alle_openbare_urls() -> list[str]:
    return LIJSTEN + detailpaginas() + API_LIJSTEN + api_details() + ["/api/v1/schema/"]


def programma_met_marker(
    naam: str, marker: str, *, startjaar: int, voorganger=None, aantal=1, begin=0
):
    """A programme ``/programma-<naam>/`` whose published goal, line, activities, updates,
    indicator, measurement and public decision carry ``MARKER-<marker>`` (``aantal`` of each
    activity, update and decision, numbered from ``begin``: call it again with ``begin`` to add
    more for query counts at two data sizes)."""
    import datetime

    from besluiten.models import Besluit
    from tests.factories import (
        ActiviteitenlijnFactory,
        ActiviteitFactory,
        DoelFactory,
        EffectindicatorFactory,
        MetingFactory,
        ProgrammaFactory,
        StatusupdateFactory,
    )

    teken = f"MARKER-{marker}"
    programma = ProgrammaFactory(
        naam=f"Programma {naam.capitalize()}",
        slug=f"programma-{naam}",
        missie=f"Missie {teken}.",
        startjaar=startjaar,
        eindjaar=startjaar + 3,
        voorganger=voorganger,
    )
    doel = DoelFactory(programma=programma, code="A", slug=f"doel-{naam}", titel=f"Doel {teken}")
    lijn = ActiviteitenlijnFactory(doel=doel, code="A1", slug=f"lijn-{naam}", naam=f"Lijn {teken}")
    if begin == 0:
        indicator = EffectindicatorFactory(
            doel=doel, slug=f"indicator-{naam}", tekst=f"Effect {teken}"
        )
        MetingFactory(indicator=indicator, toelichting=f"Meting {teken}", bron=f"Bron {teken}")
    for n in range(begin, begin + aantal):
        activiteit = ActiviteitFactory(
            lijn=lijn, slug=f"activiteit-{naam}-{n}", titel=f"Activiteit {teken} {n}"
        )
        StatusupdateFactory(activiteit=activiteit, toelichting=f"Update {teken} {n}")
        besluit = Besluit.objects.create(
            programma=programma,
            soort="collegebesluit",
            kenmerk=f"{marker}-{n:03d}",
            slug=f"besluit-{naam}-{n}",
            titel=f"Besluit {teken} {n}",
            datum=datetime.date(startjaar, 3, 1),
            openbaar=True,
        )
        besluit.lijnen.add(lijn)
    return programma
