"""Demo data for the housing pipeline: area developments with milestones and roles, purchase
price limits, subsidy conditions. Called by ``almelo_programma.laden.laad_demo`` after the demo
projects and applications exist. Idempotent: keyed on slugs and natural keys.
"""

import datetime
from decimal import Decimal

from django.utils import timezone

from netwerk.models import Partner

from .constants import GebiedFase, GebiedRol, VoorwaardeSoort
from .models import (
    Gebiedsontwikkeling,
    Gebiedsrol,
    Koopprijsgrens,
    Mijlpaal,
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
