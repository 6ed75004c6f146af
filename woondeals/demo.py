"""Demo data for the woondeal and the housing pipeline: sub-track updates, projects with their
yearly realisations, subsidy applications (``laad_projecten_demo``, ``laad_deelsporen_demo``), and
area developments with milestones and roles, purchase price limits, subsidy conditions
(``laad_woondeal_demo``, after the demo projects and applications exist). Called by
``almelo_programma.laden.laad_demo``. Idempotent: keyed on slugs and natural keys.
"""

import datetime
from decimal import Decimal

from django.utils import timezone

from netwerk.models import Partner

from .constants import (
    AanvraagStatus,
    GebiedFase,
    GebiedRol,
    Planstatus,
    ProjectFase,
    Regeling,
    VoorwaardeSoort,
)
from .models import (
    Deelspoor,
    Gebiedsontwikkeling,
    Gebiedsrol,
    Koopprijsgrens,
    Mijlpaal,
    Realisatie,
    Subsidieaanvraag,
    SubsidieVoorwaarde,
    Woningbouwproject,
    Woondeal,
    Woondealafspraak,
)
from .services import afspraakjaren

DEMO = "Demo: "
GEBIEDEN = [
    ("Stationsgebied", "Centrum", GebiedFase.REALISATIE),
    ("Kanaalzone", "Hofkamp", GebiedFase.DEFINITIE),
    ("Binnenstad Zuid", "Centrum", GebiedFase.HAALBAARHEID),
]
MIJLPALEN = [
    ("Intentieovereenkomst getekend", GebiedFase.INITIATIEF, 0),
    ("Haalbaarheidsstudie vastgesteld", GebiedFase.HAALBAARHEID, 1),
    ("Stedenbouwkundig plan vastgesteld", GebiedFase.DEFINITIE, 2),
    ("Omgevingsvergunning verleend", GebiedFase.REALISATIE, 3),
    ("Eerste woningen opgeleverd", GebiedFase.REALISATIE, 4),
]
# Made up: the programme plan agrees a total, not numbers per year.
DEMO_AFSPRAKEN = {2023: 300, 2024: 450, 2025: 600, 2026: 750}
KOOPPRIJSGRENZEN = {2023: 390_000, 2024: 405_000, 2025: 420_000, 2026: 435_000}
WIJKEN = [
    "Centrum", "Hofkamp", "Nijrees", "Schelfhorst", "De Riet", "Windmolenbroek",
    "Aalderinkshoek", "Sluitersveld", "Ossenkoppelerhoek", "Kerkelanden",
]  # fmt: skip
# Rough centres (latitude, longitude) of the districts, for made-up demo locations in Almelo.
WIJK_MIDDEN = {
    "Centrum": (52.3567, 6.6625),
    "Hofkamp": (52.3625, 6.6480),
    "Nijrees": (52.3720, 6.6700),
    "Schelfhorst": (52.3420, 6.6800),
    "De Riet": (52.3700, 6.6530),
    "Windmolenbroek": (52.3650, 6.6850),
    "Aalderinkshoek": (52.3490, 6.6480),
    "Sluitersveld": (52.3530, 6.6920),
    "Ossenkoppelerhoek": (52.3450, 6.6600),
    "Kerkelanden": (52.3520, 6.6350),
}


def demo_locatie(wijk: str, n: int) -> dict:
    """A made-up point in ``wijk`` for the ``n``-th demo project (a small grid around the
    district's centre; deterministic, so loading twice gives the same map)."""
    breedte, lengte = WIJK_MIDDEN[wijk]
    k = n // len(WIJKEN)
    return {
        "breedtegraad": Decimal(f"{breedte + 0.0012 * (k % 5 - 2):.6f}"),
        "lengtegraad": Decimal(f"{lengte + 0.0018 * (k // 5 % 5 - 2) + 0.0007:.6f}"),
    }


def demo_contour(wijk: str, n: int) -> dict:
    """A made-up square outline (GeoJSON Polygon, counter-clockwise) in ``wijk``."""
    breedte, lengte = WIJK_MIDDEN[wijk]
    breedte, lengte = breedte - 0.0030 + 0.0015 * n, lengte - 0.0030
    d = 0.0025
    hoeken = [(lengte - d, breedte - d), (lengte + d, breedte - d), (lengte + d, breedte + d)]
    hoeken += [(lengte - d, breedte + d), (lengte - d, breedte - d)]
    return {"type": "Polygon", "coordinates": [[[round(x, 6), round(y, 6)] for x, y in hoeken]]}


AANVRAGEN = [
    ("Woningbouwimpuls", Regeling.WONINGBOUWIMPULS, AanvraagStatus.TOEGEKEND, 2_500_000),
    ("Startbouwimpuls", Regeling.STARTBOUWIMPULS, AanvraagStatus.INGEDIEND, 1_200_000),
]


def laad_woondeal_demo(rng, schaal: int = 1, vandaag: datetime.date | None = None) -> dict:
    """Create the demo rows; returns counts of what was created."""
    vandaag = vandaag or timezone.localdate()
    aangemaakt = {
        "gebiedsontwikkelingen": 0,
        "mijlpalen": 0,
        "rollen": 0,
        "voorwaarden": 0,
        "jaarafspraken": 0,
    }
    woondeal = Woondeal.objects.order_by("pk").first()
    if woondeal is not None:
        jaren = afspraakjaren(woondeal)
        for jaar, woningen in DEMO_AFSPRAKEN.items():
            if jaar not in jaren:
                continue
            _, c = Woondealafspraak.objects.get_or_create(
                woondeal=woondeal,
                jaar=jaar,
                defaults={
                    "woningen": woningen,
                    "toelichting": "[Demo] Verzonnen aantal: het programmaplan noemt geen "
                    "aantallen per jaar.",
                    "is_demo": True,
                },
            )
            aangemaakt["jaarafspraken"] += c
    for jaar, bedrag in KOOPPRIJSGRENZEN.items():
        Koopprijsgrens.objects.get_or_create(
            jaar=jaar,
            defaults={
                "bedrag": Decimal(bedrag),
                "toelichting": "[Demo] Voorbeeldwaarde, geen vastgestelde grens.",
            },
        )
    partners = list(Partner.objects.filter(is_demo=True).order_by("naam"))
    gebieden = []
    for n in range(schaal):
        for i, (naam, wijk, fase) in enumerate(GEBIEDEN):
            suffix = f" {n + 1}" if n else ""
            gebied, c = Gebiedsontwikkeling.objects.get_or_create(
                slug=f"demo-gebied-{i + 1}" + (f"-{n + 1}" if n else ""),
                defaults={
                    "naam": f"{DEMO}{naam}{suffix}",
                    "wijk": wijk,
                    "fase": fase,
                    "omschrijving": "Verzonnen gebiedsontwikkeling (demogegevens).",
                    "contour": demo_contour(wijk, n + i),
                    "is_demo": True,
                },
            )
            gebieden.append(gebied)
            if not c:
                continue
            aangemaakt["gebiedsontwikkelingen"] += 1
            fase_index = list(GebiedFase).index(fase)
            for naam_m, fase_m, stap in MIJLPALEN:
                gepland = datetime.date(2023, 3, 1) + datetime.timedelta(
                    days=stap * 300 + rng.randint(0, 60)
                )
                bereikt = None
                if list(GebiedFase).index(fase_m) < fase_index and gepland < vandaag:
                    bereikt = gepland + datetime.timedelta(days=rng.choice([-10, 0, 20, 45]))
                    bereikt = min(bereikt, vandaag)
                Mijlpaal.objects.create(
                    gebiedsontwikkeling=gebied,
                    naam=naam_m,
                    fase=fase_m,
                    geplande_datum=gepland,
                    werkelijke_datum=bereikt,
                    toelichting="[Demo] Verzonnen mijlpaal.",
                    is_demo=True,
                )
                aangemaakt["mijlpalen"] += 1
            rollen = [
                (GebiedRol.OPDRACHTGEVER, None, "Demo: directeur Stadsontwikkeling"),
                (GebiedRol.BESTUURDER, None, "Demo: wethouder Wonen"),
                (GebiedRol.ADVISEUR, None, "Demo: adviseur grondzaken"),
            ]
            if partners:
                rollen.append((GebiedRol.OPDRACHTNEMER, partners[i % len(partners)], ""))
            for rol, partner, persoon in rollen:
                Gebiedsrol.objects.create(
                    gebiedsontwikkeling=gebied, rol=rol, partner=partner, persoon=persoon
                )
                aangemaakt["rollen"] += 1
    # Link about half of the demo projects without an area development to one.
    if gebieden:
        losse = Woningbouwproject.objects.filter(is_demo=True, gebiedsontwikkeling__isnull=True)
        for project in losse.order_by("slug"):
            if rng.random() < 0.5:
                project.gebiedsontwikkeling = rng.choice(gebieden)
                project.save(update_fields=["gebiedsontwikkeling"])
    voorwaarden = {
        "Woningbouwimpuls": [
            (VoorwaardeSoort.MIN_AANDEEL_BETAALBAAR, Decimal(50), None),
            (VoorwaardeSoort.START_BOUW_VOOR, None, datetime.date(2025, 12, 31)),
        ],
        "Startbouwimpuls": [
            (VoorwaardeSoort.MIN_WONINGEN, Decimal(400), None),
            (VoorwaardeSoort.OPLEVERING_BINNEN, Decimal(36), None),
        ],
    }
    for sleutel, lijst in voorwaarden.items():
        for aanvraag in Subsidieaanvraag.objects.filter(is_demo=True, titel__contains=sleutel):
            if aanvraag.voorwaarden.exists():
                continue
            for soort, waarde, datum in lijst:
                SubsidieVoorwaarde.objects.create(
                    aanvraag=aanvraag,
                    soort=soort,
                    waarde=waarde,
                    datum=datum,
                    toelichting="[Demo] Verzonnen voorwaarde.",
                )
                aangemaakt["voorwaarden"] += 1
    return aangemaakt


def laad_deelsporen_demo(*, trekker) -> dict:
    """Give sub-tracks without a lead the demo lead ``trekker``. The five sub-tracks are the
    plan's own, so they get no demo progress: they stay "nog geen update" until the lead
    reports. Returns counts of what was changed."""
    aantal = Deelspoor.objects.filter(trekker__isnull=True).update(trekker=trekker)
    return {"deelsporen met demotrekker": aantal} if aantal else {}


def laad_projecten_demo(
    rng, schaal: int, *, partners: list[Partner], vandaag: datetime.date, bekend_sinds
) -> dict:
    """``12 * schaal`` housing projects developed by the demo ``partners``, their yearly
    realisations up to ``vandaag``, and two subsidy applications. A new project's history starts
    at ``bekend_sinds``, so the dashboard's time travel (which reads the pipeline from the
    recorded history) shows the demo projects in earlier periods too. Returns counts."""
    aangemaakt = {}
    woondeal = Woondeal.objects.first()
    for n in range(12 * schaal):
        wijk = WIJKEN[n % len(WIJKEN)]
        start = rng.choice([2023, 2024, 2025, 2026, 2027, None])
        hard = start is not None and start <= 2026
        project, c = Woningbouwproject.objects.get_or_create(
            slug=f"demo-project-{n + 1}",
            defaults={
                "naam": f"{DEMO}project {n + 1} ({wijk})",
                "wijk": wijk,
                "woondeal": woondeal,
                "sociale_huur": rng.choice([0, 20, 40, 60]),
                "middenhuur": rng.choice([0, 10, 30]),
                "betaalbare_koop": rng.choice([10, 20, 40]),
                "vrije_sector": rng.choice([10, 30, 50, 80]),
                "planstatus": Planstatus.HARD if hard else Planstatus.ZACHT,
                "fase": _fase_voor(start, vandaag.year),
                "verwacht_startjaar": start,
                "verwacht_opleverjaar": start + 2 if start else None,
                "ontwikkelaar": rng.choice(partners),
                "gepubliceerd": rng.random() < 0.75,
                **demo_locatie(wijk, n),
                "is_demo": True,
            },
        )
        if not c:
            continue
        aangemaakt["projecten"] = aangemaakt.get("projecten", 0) + 1
        project.history.filter(history_type="+").update(history_date=bekend_sinds)
        if start and start <= vandaag.year:
            totaal = project.totaal_woningen
            Realisatie.objects.create(project=project, jaar=start, gestart=totaal, is_demo=True)
            if start + 2 <= vandaag.year:
                Realisatie.objects.update_or_create(
                    project=project,
                    jaar=start + 2,
                    defaults={"opgeleverd": totaal, "is_demo": True},
                )
    for titel, regeling, status, bedrag in AANVRAGEN:
        toegekend = status == AanvraagStatus.TOEGEKEND
        aanvraag, c = Subsidieaanvraag.objects.get_or_create(
            titel=f"{DEMO}{titel} Almelo",
            defaults={
                "regeling": regeling,
                "status": status,
                "aangevraagd_bedrag": bedrag,
                "toegekend_bedrag": bedrag if toegekend else None,
                "ingediend_op": datetime.date(2024, 3, 1),
                "besluit_op": datetime.date(2024, 9, 1) if toegekend else None,
                "is_demo": True,
            },
        )
        if c:
            aanvraag.projecten.set(Woningbouwproject.objects.filter(is_demo=True)[:3])
            aangemaakt["subsidieaanvragen"] = aangemaakt.get("subsidieaanvragen", 0) + 1
    return aangemaakt


def demo_opgeleverd_tot(jaar: int) -> int:
    """Demo homes completed up to and including ``jaar`` (for the demo measurements)."""
    return sum(r.opgeleverd for r in Realisatie.objects.filter(jaar__lte=jaar, is_demo=True))


def _fase_voor(start: int | None, huidig_jaar: int) -> str:
    if start is None:
        return ProjectFase.INITIATIEF
    if start + 2 <= huidig_jaar:
        return ProjectFase.OPGELEVERD
    if start <= huidig_jaar:
        return ProjectFase.REALISATIE
    return ProjectFase.DEFINITIE if start == huidig_jaar + 1 else ProjectFase.HAALBAARHEID
