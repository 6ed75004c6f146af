"""Demo data for the decision trail (``laad_besluiten_demo``), called by
``almelo_programma.laden.laad_demo`` after the other apps' demo data exists. Every decision is
marked demo (``herkomst`` demo, title "Demo: ", reference number "Demo …"); it links only to demo
activities and demo projects, and only demo status updates name a demo decision. Idempotent: it
adds only the reference numbers that are missing."""

import datetime
import random

from activiteiten.constants import AANDACHT_STATUSSEN
from activiteiten.models import Activiteit, Activiteitenlijn, Statusupdate
from almelo_programma.kern.herkomst import Herkomst
from doelen.models import Doel
from woondeals.models import Deelspoor, Woningbouwproject, Woondeal

from .constants import AfdoeningStatus, BesluitSoort
from .models import Besluit
from .services import besluit_create

DEMO = "Demo: "

# (soort, code, titel, line codes, openbaar, owner, days from the decision to the due date,
#  settled after days or None)
BESLUITEN = [
    (BesluitSoort.BEGROTING, "BEGR", "Programmabegroting met middelen stedelijke ontwikkeling",
     ["A1", "B1", "C1"], True, None, None, None),
    (BesluitSoort.RAADSBESLUIT, "RB", "Vaststelling uitvoeringsagenda wonen", ["A1", "A2"],
     True, None, None, None),
    (BesluitSoort.COLLEGEBESLUIT, "CB", "Opdracht verkenning binnenstedelijke locaties",
     ["A3"], False, None, None, None),
    (BesluitSoort.RAADSINFORMATIEBRIEF, "RIB", "Stand van zaken woondeal Twente", ["A4"],
     True, None, None, None),
    (BesluitSoort.MOTIE, "M", "Motie meer betaalbare starterswoningen", ["A2"], True,
     "wethouder", 120, None),
    (BesluitSoort.TOEZEGGING, "TZ", "Raad informeren over de voortgang van het platform",
     ["B1"], True, "trekker.netwerk", 60, None),
    (BesluitSoort.TOEZEGGING, "TZ", "Jaarlijkse rapportage woningbouwcijfers aan de raad",
     ["A4"], True, "trekker.wonen", 90, 80),
    (BesluitSoort.AMENDEMENT, "AM", "Amendement extra inzet kennisnetwerk", ["C1"], True,
     None, None, None),
]  # fmt: skip


def laad_besluiten_demo(
    rng: random.Random, schaal: int, *, programma, gebruikers: dict, vandaag: datetime.date
) -> dict:
    lijnen = {lijn.code: lijn for lijn in Activiteitenlijn.objects.all()}
    doelen = {doel.code: doel for doel in Doel.objects.all()}
    bestaand = set(Besluit.objects.values_list("kenmerk", flat=True))
    woondeal = Woondeal.objects.first()
    deelsporen = list(Deelspoor.objects.all()[:2])
    projecten = list(Woningbouwproject.objects.filter(is_demo=True).order_by("naam")[:3])
    aantal, updates = 0, 0
    for ronde in range(schaal):
        for nummer, (soort, code, titel, codes, openbaar, eigenaar, termijn, afgedaan) in enumerate(
            BESLUITEN, start=1
        ):
            jaar = 2023 + (nummer + ronde) % 3
            kenmerk = f"Demo {code} {jaar}-{100 * (ronde + 1) + nummer}"
            if kenmerk in bestaand:
                continue
            datum = datetime.date(jaar, 1 + (nummer * 2 + ronde) % 12, 1 + rng.randrange(27))
            datum = min(datum, vandaag)
            gekozen = [lijnen[c] for c in codes if c in lijnen]
            activiteiten = list(
                Activiteit.objects.filter(is_demo=True, lijn__in=gekozen, jaar=jaar)[:2]
            )
            velden = {
                "soort": soort,
                "kenmerk": kenmerk,
                "datum": datum,
                "titel": DEMO + titel,
                "samenvatting": "[Demo] Verzonnen voorbeeld van een besluit over het programma.",
                "url": "https://example.org/demo-raadsinformatie/" + kenmerk.replace(" ", "-"),
                "openbaar": openbaar,
                "herkomst": Herkomst.DEMO,
                "lijnen": gekozen,
                "doelen": list({doelen[c[0]] for c in codes if c[0] in doelen}),
                "activiteiten": activiteiten,
            }
            if code in ("RIB", "RB") and woondeal is not None:
                velden["woondeals"] = [woondeal]
                velden["deelsporen"] = deelsporen
                velden["projecten"] = projecten
            if eigenaar:
                velden["eigenaar"] = gebruikers.get(eigenaar)
                velden["termijn"] = datum + datetime.timedelta(days=termijn)
                velden["status"] = AfdoeningStatus.OPEN
                if afgedaan is not None and datum + datetime.timedelta(days=afgedaan) <= vandaag:
                    velden["status"] = AfdoeningStatus.AFGEDAAN
                    velden["afdoeningsdatum"] = datum + datetime.timedelta(days=afgedaan)
                    velden["wijze_van_afdoening"] = "[Demo] Afgedaan met een raadsinformatiebrief."
            besluit = besluit_create(programma=programma, **velden)
            aantal += 1
            updates += _update_koppelen(besluit, activiteiten)
    return {"besluiten": aantal, "statusupdates-met-besluit": updates}


def _update_koppelen(besluit: Besluit, activiteiten) -> int:
    """Let the latest demo update of a linked activity that reports a delay or a problem name
    this decision ("vertraagd: raadsbesluit … verschuift de planning")."""
    update = (
        Statusupdate.objects.filter(
            is_demo=True,
            activiteit__in=activiteiten,
            status__in=AANDACHT_STATUSSEN,
            besluit__isnull=True,
            rapportagedatum__gte=besluit.datum,
        )
        .order_by("rapportagedatum")
        .first()
    )
    if update is None:
        return 0
    update.besluit = besluit
    update.save(update_fields=["besluit"])
    return 1
