"""Reads for the public side (pages, feeds, CSV, API): published items only, no personal data.

Publication rules (one place):

* an activity is public when ``openbaar``; its status updates when ``gepubliceerd``;
* a measurement and a housing project when ``gepubliceerd``;
* an event when ``openbaar`` (its ``interne_notities`` never leave the werkruimte);
* a woondeal sub-track when ``openbaar``, with its ``gepubliceerd`` updates.

The public status of an activity is that of its latest *published* update. Every function
returns a queryset (or list) built with a fixed number of queries, whatever the data size.
"""

from django.db.models import Prefetch, QuerySet
from django.utils import timezone

from activiteiten.models import Activiteit, Activiteitenlijn, Statusupdate
from activiteiten.selectors import lijnen_met_samenvatting, met_laatste_status
from doelen.models import Doel
from doelen.selectors import indicatoren_met_metingen, laatste_meting
from netwerk.models import Bijeenkomst
from woondeals.models import Deelspoor, DeelspoorUpdate, Woningbouwproject
from woondeals.selectors import woningbouwcijfers


def openbare_activiteiten() -> QuerySet[Activiteit]:
    """Public activities with ``laatste_status``/``laatste_voortgang``/``laatste_datum`` from
    their latest published update. No ``trekker``: personal data stays internal."""
    qs = Activiteit.objects.filter(openbaar=True).select_related("lijn__doel")
    return met_laatste_status(qs, alleen_gepubliceerd=True).order_by("lijn__code", "jaar", "titel")


def openbare_statusupdates() -> QuerySet[Statusupdate]:
    """Published updates of public activities, newest first (Atom feed, timelines, API)."""
    return (
        Statusupdate.objects.filter(gepubliceerd=True, activiteit__openbaar=True)
        .select_related("activiteit__lijn__doel")
        .order_by("-rapportagedatum", "-aangemaakt_op")
    )


def openbare_updates_prefetch(to_attr: str = "updates_openbaar") -> Prefetch:
    return Prefetch(
        "statusupdates",
        queryset=Statusupdate.objects.filter(gepubliceerd=True).order_by(
            "-rapportagedatum", "-aangemaakt_op"
        ),
        to_attr=to_attr,
    )


def openbare_indicatoren():
    """Indicators with their published measurements (``metingen_zichtbaar``) and ``laatste``."""
    indicatoren = list(indicatoren_met_metingen(alleen_gepubliceerd=True))
    for ind in indicatoren:
        ind.laatste = laatste_meting(ind)
    return indicatoren


def openbare_lijnen(*, doel: Doel | None = None) -> list[Activiteitenlijn]:
    """Lines with ``activiteiten_lijst`` (public activities as light rows, no lead) and
    ``samenvatting`` from the latest published updates: two queries."""
    lijnen = None if doel is None else Activiteitenlijn.objects.filter(doel=doel)
    return lijnen_met_samenvatting(alleen_openbaar=True, alleen_gepubliceerd=True, lijnen=lijnen)


def openbare_lijn(slug: str) -> Activiteitenlijn | None:
    """One line with its public activities and summary: two queries."""
    lijnen = lijnen_met_samenvatting(
        alleen_openbaar=True,
        alleen_gepubliceerd=True,
        lijnen=Activiteitenlijn.objects.filter(slug=slug),
    )
    return next(iter(lijnen), None)


def openbare_bijeenkomsten() -> QuerySet[Bijeenkomst]:
    """Public events (planned ones first, by start). Never ``interne_notities``."""
    return (
        Bijeenkomst.objects.filter(openbaar=True)
        .defer("interne_notities")
        .prefetch_related(
            Prefetch("lijnen", queryset=Activiteitenlijn.objects.only("code", "slug", "naam"))
        )
        .order_by("start", "titel")
    )


def komende_bijeenkomsten(aantal: int = 5) -> QuerySet[Bijeenkomst]:
    return (
        Bijeenkomst.objects.filter(openbaar=True, start__gte=timezone.now())
        .defer("interne_notities")
        .order_by("start")[:aantal]
    )


def gepubliceerde_projecten() -> QuerySet[Woningbouwproject]:
    """Published housing projects; the developer is an organisation, not a person."""
    return (
        Woningbouwproject.objects.filter(gepubliceerd=True)
        .select_related("ontwikkelaar")
        .order_by("naam")
    )


def openbare_woningbouwcijfers():
    """Housing figures against the 4,100 target, from published projects only (four queries)."""
    return woningbouwcijfers(Woningbouwproject.objects.filter(gepubliceerd=True))


def woningbouw_is_demo() -> bool:
    """True when a published project is demo data: the figures are then shown as demo."""
    return Woningbouwproject.objects.filter(gepubliceerd=True, is_demo=True).exists()


def openbare_deelsporen() -> QuerySet[Deelspoor]:
    """Public woondeal sub-tracks with their published updates and latest published status."""
    qs = Deelspoor.objects.filter(openbaar=True).select_related("woondeal")
    qs = met_laatste_status(qs, DeelspoorUpdate, "deelspoor", alleen_gepubliceerd=True)
    return qs.prefetch_related(
        Prefetch(
            "statusupdates",
            queryset=DeelspoorUpdate.objects.filter(gepubliceerd=True).order_by(
                "-rapportagedatum", "-aangemaakt_op"
            ),
            to_attr="updates_openbaar",
        )
    ).order_by("woondeal__gemeente", "nummer")


def home_context() -> dict:
    """Everything the public home page shows, in a fixed number of queries (13)."""
    from doelen.selectors import programma_get

    from .grafieken import indicator_grafiek, woningbouw_grafiek

    indicatoren = openbare_indicatoren()
    for ind in indicatoren:
        ind.grafiek = indicator_grafiek(ind, klein=True)
    lijnen = openbare_lijnen()
    cijfers = openbare_woningbouwcijfers()
    doelen = list(Doel.objects.order_by("code"))
    for doel in doelen:
        doel.indicatoren_lijst = [i for i in indicatoren if i.doel_id == doel.pk]
        doel.lijnen_lijst = [lijn for lijn in lijnen if lijn.doel_id == doel.pk]
    return {
        "programma": programma_get(),
        "doelen": doelen,
        "cijfers": cijfers,
        "woningbouw_grafiek": woningbouw_grafiek(cijfers),
        "woningbouw_demo": woningbouw_is_demo(),
        "bijeenkomsten": list(komende_bijeenkomsten()),
        "laatste_updates": list(openbare_statusupdates()[:6]),
    }
