"""Demo data for the activity lines: line leads, activities 2024–2026 and their status updates.

Called by ``almelo_programma.laden.laad_demo`` after the demo accounts exist. Idempotent: keyed on
slugs, and only demo activities without any status update get demo updates. Every title starts
with "Demo: ", every update's text with "[Demo]", and every row is ``is_demo``. The plan's own
activities never get a demo update: they stay "nog geen update" until the team reports.
"""

import datetime
import random

from almelo_programma.kern.herkomst import Herkomst

from .constants import Status
from .models import Activiteit, Activiteitenlijn, Rapportageperiode, Statusupdate
from .services import laatste_updates_bijwerken

DEMO = "Demo: "
DEMO_ACTIVITEITEN = {
    "A1": [
        "Afspraken verdeling sociale voorraad met Twentse steden",
        "Inbreng provinciale sturing",
    ],
    "A2": ["Doorvertaling visies naar projecten", "Prioritaire ontwikkelingen concretiseren"],
    "A3": ["Gesprekken corporaties over vastgoedstrategie", "Uitruil grondposities verkennen"],
    "A4": ["Woondeal uitwerken met corporaties", "Projectenlijst woondeal bijhouden"],
    "B1": ["Corporate story uitdragen", "Stadscafé organiseren"],
    "B2": ["Lobbyagenda Rijk en provincie", "Deelname Provada"],
    "B3": ["Platformbijeenkomsten organiseren", "Agenda platform vaststellen"],
    "C1": ["Fasen en mijlpalen vastleggen", "Rollen in gebiedsontwikkeling beschrijven"],
    "C2": ["Opdrachtgeverschap trainen", "Meervoudige sturing in projectteams"],
}


def demo_update_velden(periode: Rapportageperiode, status, voortgang: int, auteur) -> dict:
    """The fields a demo progress report shares, for activities and woondeal sub-tracks alike."""
    return {
        "rapportagedatum": periode.einddatum,
        "status": status,
        "voortgang": voortgang,
        "toelichting": f"[Demo] Verzonnen voortgang over {periode}.",
        "auteur": auteur,
        "is_demo": True,
    }


def trekkers_toewijzen(trekker_per_doel: dict) -> dict[str, Activiteitenlijn]:
    """Give every line without a lead the demo lead of its goal, and every 2023 activity without
    a lead its line's lead; returns the lines by code."""
    lijnen = {lijn.code: lijn for lijn in Activiteitenlijn.objects.select_related("doel")}
    for lijn in lijnen.values():
        if lijn.trekker_id is None:
            lijn.trekker = trekker_per_doel[lijn.doel.code]
            lijn.save(update_fields=["trekker"])
    for act in Activiteit.objects.filter(trekker__isnull=True, jaar=2023):
        act.trekker = act.lijn.trekker
        act.save(update_fields=["trekker"])
    return lijnen


def laad_activiteiten_demo(
    rng: random.Random,
    schaal: int,
    *,
    lijnen: dict[str, Activiteitenlijn],
    eindjaar: int,
    perioden: list[Rapportageperiode],
    vandaag: datetime.date,
) -> dict:
    """Demo activities per line for 2024 up to ``eindjaar`` (``schaal`` times as many), then
    status updates at the end of each of their year's ``perioden``. Returns counts by kind."""
    aangemaakt = {}
    for code, titels in DEMO_ACTIVITEITEN.items():
        lijn = lijnen[code]
        for jaar in range(2024, eindjaar + 1):
            for n in range(schaal):
                for t, titel in enumerate(titels):
                    slug = f"demo-{jaar}-{code.lower()}-{t + 1}" + (f"-{n + 1}" if n else "")
                    _, c = Activiteit.objects.get_or_create(
                        slug=slug,
                        defaults={
                            "lijn": lijn,
                            "jaar": jaar,
                            "titel": f"{DEMO}{titel} {jaar}" + (f" ({n + 1})" if n else ""),
                            "omschrijving": "Verzonnen voorbeeldactiviteit (demogegevens).",
                            "geplande_start": datetime.date(jaar, 1, 15),
                            "geplande_eind": datetime.date(jaar, 12, 15),
                            "trekker": lijn.trekker,
                            "openbaar": rng.random() < 0.8,
                            "is_demo": True,
                            "titel_herkomst": Herkomst.DEMO,
                            "jaar_herkomst": Herkomst.DEMO,
                        },
                    )
                    if c:
                        aangemaakt["activiteiten"] = aangemaakt.get("activiteiten", 0) + 1

    # Status updates at each tertial's end, up to today: on demo activities only.
    updates = []
    nog_zonder_update = Activiteit.objects.filter(is_demo=True, statusupdates__isnull=True)
    for act in nog_zonder_update.select_related("lijn"):
        voortgang = 0
        eigen = [p for p in perioden if p.jaar == act.jaar]
        for i, periode in enumerate(eigen):
            laatste = i == len(eigen) - 1 and periode.jaar < vandaag.year
            voortgang = min(100, voortgang + rng.choice([15, 25, 35, 40]))
            status = rng.choices(
                [Status.OP_SCHEMA, Status.AANDACHT_NODIG, Status.VERTRAAGD],
                weights=[7, 2, 1],
            )[0]
            if laatste:
                status = rng.choices(
                    [Status.AFGEROND, Status.VERTRAAGD, Status.GESTOPT], [8, 1, 1]
                )[0]
            if status == Status.AFGEROND:
                voortgang = 100
            elif voortgang == 100:
                voortgang = 95
            updates.append(
                Statusupdate(
                    activiteit=act,
                    gepubliceerd=rng.random() < 0.85,
                    **demo_update_velden(periode, status, voortgang, act.trekker),
                )
            )
    Statusupdate.objects.bulk_create(updates, batch_size=500)
    laatste_updates_bijwerken({u.activiteit_id for u in updates})
    aangemaakt["statusupdates"] = len(updates)
    return aangemaakt
