"""Loading the Almelo programme (from the plan) and, optionally, clearly labelled demo data.

The plan's texts are in ``programma.json`` next to this module, verbatim; where the portal needs
a title, year, note or norm that the plan does not give, the item's ``herkomst`` says whose it is
(stored in the model's ``<veld>_herkomst``; every other loaded text is ``programmaplan``). The
demo data of each app is in that app's ``demo.py``, called in order by ``laad_demo`` (with the
demo accounts made here).
Both are idempotent: keyed on codes and slugs, existing rows are left as they are, so running the
loader twice changes nothing (and edits made in the portal survive a reload).
"""

import datetime
import json
import random
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.db import transaction
from django.utils import timezone

from activiteiten.constants import PeriodeSoort
from activiteiten.demo import laad_activiteiten_demo, trekkers_toewijzen
from activiteiten.models import Activiteit, Activiteitenlijn, Rapportageperiode
from besluiten.demo import laad_besluiten_demo
from doelen.demo import laad_doelen_demo
from doelen.models import Doel, Effectindicator, Programma
from netwerk.demo import laad_bijeenkomsten_demo, laad_netwerk_demo, laad_partners_demo
from netwerk.models import Bijeenkomst, Lobbydossier, Partner
from woondeals.demo import (
    demo_opgeleverd_tot,
    laad_deelsporen_demo,
    laad_projecten_demo,
    laad_woondeal_demo,
)
from woondeals.models import Deelspoor, Woondeal

from .kern import rechten
from .kern.herkomst import Herkomst

DATA_FILE = Path(__file__).resolve().parent / "programma.json"
DEMO_WACHTWOORD = "demo-almelo-2026"
# The programme's start: the demo projects are recorded as known since then.
PROGRAMMA_START = timezone.make_aware(datetime.datetime(2023, 1, 16, 9, 0))


@dataclass
class Verslag:
    aangemaakt: dict = field(default_factory=dict)

    def tel(self, naam: str, created: bool):
        if created:
            self.aangemaakt[naam] = self.aangemaakt.get(naam, 0) + 1

    def demo(self, aantallen: dict) -> None:
        """Add the counts an app's demo loader returned, as ``demo-<kind>``."""
        for naam, aantal in aantallen.items():
            self.aangemaakt[f"demo-{naam}"] = aantal

    @property
    def totaal(self):
        return sum(self.aangemaakt.values())


def _herkomst(item: dict, *velden: str) -> dict:
    """``<veld>_herkomst`` for each of ``velden``: the item's own ``herkomst`` entry, else the
    plan (the fidelity test holds those texts against the plan file)."""
    opgegeven = item.get("herkomst", {})
    return {f"{veld}_herkomst": opgegeven.get(veld, Herkomst.PROGRAMMAPLAN) for veld in velden}


def lees_data(path: Path = DATA_FILE) -> dict:
    with open(path, encoding="utf-8") as fh:
        return json.load(fh)


@transaction.atomic
def laad_programma(data: dict | None = None) -> Verslag:
    data = data or lees_data()
    v = Verslag()
    p = data["programma"]
    programma, c = Programma.objects.get_or_create(
        slug=p["slug"],
        defaults={k: p[k] for k in ("naam", "missie", "startjaar", "eindjaar")},
    )
    v.tel("programma", c)
    doelen = {}
    for d in data["doelen"]:
        doelen[d["code"]], c = Doel.objects.get_or_create(
            programma=programma,
            code=d["code"],
            defaults={
                "slug": d["slug"],
                "titel": d["titel"],
                "omschrijving": d["omschrijving"],
                **_herkomst(d, "titel"),
            },
        )
        v.tel("doelen", c)
    for i in data["indicatoren"]:
        defaults = {
            "slug": i["slug"],
            "tekst": i["tekst"],
            "soort": i["soort"],
            "toelichting": i.get("toelichting", ""),
            "toelichting_bron": i.get("toelichting_bron", ""),
            "eenheid": i.get("eenheid", ""),
            **_herkomst(i, "toelichting", "streefwaarde", "meetkader"),
        }
        for key in ("basiswaarde", "streefwaarde"):
            if key in i:
                defaults[key] = Decimal(i[key])
        for key in ("basisjaar", "streefjaar"):
            if key in i:
                defaults[key] = i[key]
        _, c = Effectindicator.objects.get_or_create(
            doel=doelen[i["doel"]], nummer=i["nummer"], defaults=defaults
        )
        v.tel("indicatoren", c)
    lijnen = {}
    for lijn in data["lijnen"]:
        lijnen[lijn["code"]], c = Activiteitenlijn.objects.get_or_create(
            doel=doelen[lijn["doel"]],
            code=lijn["code"],
            defaults={k: lijn[k] for k in ("slug", "naam", "omschrijving")},
        )
        v.tel("lijnen", c)
    for a in data["activiteiten"]:
        _, c = Activiteit.objects.get_or_create(
            slug=a["slug"],
            defaults={
                "lijn": lijnen[a["lijn"]],
                "jaar": a["jaar"],
                "titel": a["titel"],
                "plantekst": a["plantekst"],
                "openbaar": True,
                **_herkomst(a, "titel", "jaar"),
            },
        )
        v.tel("activiteiten", c)
    w = data["woondeal"]
    woondeal, c = Woondeal.objects.get_or_create(
        slug=w["slug"],
        defaults={
            "regio": w["regio"],
            "gemeente": w["gemeente"],
            "normen_bron": w["normen_bron"],
            **_herkomst(w, "regio", "normen"),
            "lijn": lijnen[w["lijn"]],
            "aandeel_sociale_huur": Decimal(w["aandeel_sociale_huur"]),
            "aandeel_betaalbaar": Decimal(w["aandeel_betaalbaar"]),
            "toelichting": w["toelichting"],
        },
    )
    v.tel("woondeals", c)
    for s in w["deelsporen"]:
        _, c = Deelspoor.objects.get_or_create(
            woondeal=woondeal, nummer=s["nummer"], defaults={"slug": s["slug"], "naam": s["naam"]}
        )
        v.tel("deelsporen", c)
    partners = {}
    for prt in data["partners"]:
        partners[prt["slug"]], c = Partner.objects.get_or_create(
            slug=prt["slug"], defaults={"naam": prt["naam"], "soort": prt["soort"]}
        )
        v.tel("partners", c)
    for b in data["bijeenkomsten"]:
        bijeenkomst, c = Bijeenkomst.objects.get_or_create(
            slug=b["slug"], defaults={"titel": b["titel"], "soort": b["soort"]}
        )
        if c:
            bijeenkomst.lijnen.set([lijnen[code] for code in b.get("lijnen", [])])
            bijeenkomst.partners.set([partners[slug] for slug in b.get("partners", [])])
        v.tel("bijeenkomsten", c)
    for dossier in data["lobbydossiers"]:
        obj, c = Lobbydossier.objects.get_or_create(
            slug=dossier["slug"],
            defaults={k: dossier[k] for k in ("titel", "inzet", "doelwitten")},
        )
        if c:
            obj.lijnen.set([lijnen[code] for code in dossier.get("lijnen", [])])
        v.tel("lobbydossiers", c)
    for jaar in programma.jaren:
        for nummer, (start_maand, eind_maand) in enumerate([(1, 4), (5, 8), (9, 12)], start=1):
            start = datetime.date(jaar, start_maand, 1)
            eind = _laatste_dag(jaar, eind_maand)
            _, c = Rapportageperiode.objects.get_or_create(
                jaar=jaar,
                soort=PeriodeSoort.TERTIAAL,
                nummer=nummer,
                defaults={
                    "startdatum": start,
                    "einddatum": eind,
                    "deadline": eind + datetime.timedelta(days=14),
                },
            )
            v.tel("rapportageperiodes", c)
    return v


def _laatste_dag(jaar: int, maand: int) -> datetime.date:
    if maand == 12:
        return datetime.date(jaar, 12, 31)
    return datetime.date(jaar, maand + 1, 1) - datetime.timedelta(days=1)


# --- demo data ---------------------------------------------------------------------------------

DEMO_GEBRUIKERS = [
    # username, first name, last name, role, staff
    ("programmamanager", "Demo", "Programmamanager", rechten.PROGRAMMAMANAGER, True),
    ("trekker.wonen", "Demo", "Trekker Wonen", rechten.LIJNTREKKER, False),
    ("trekker.netwerk", "Demo", "Trekker Netwerk", rechten.LIJNTREKKER, False),
    ("trekker.kennis", "Demo", "Trekker Kennis", rechten.LIJNTREKKER, False),
    ("wethouder", "Demo", "Wethouder", rechten.BESTUURDER, False),
    ("partner", "Demo", "Partner", rechten.PARTNER, False),
]
TREKKER_PER_DOEL = {"A": "trekker.wonen", "B": "trekker.netwerk", "C": "trekker.kennis"}


def maak_demo_gebruikers() -> dict:
    """The demo accounts (one per role, plus the superuser ``beheerder``), by username."""
    User = get_user_model()
    gebruikers = {}
    for username, first, last, rol, staff in DEMO_GEBRUIKERS:
        user, created = User.objects.get_or_create(
            username=username,
            defaults={
                "first_name": first,
                "last_name": last,
                "email": f"{username}@demo.almelo.invalid",
                "is_staff": staff,
            },
        )
        if created:
            user.set_password(DEMO_WACHTWOORD)
            user.save(update_fields=["password"])
            user.groups.add(Group.objects.get(name=rol))
        gebruikers[username] = user
    admin, created = User.objects.get_or_create(
        username="beheerder",
        defaults={"is_staff": True, "is_superuser": True, "email": "beheerder@demo.almelo.invalid"},
    )
    if created:
        admin.set_password(DEMO_WACHTWOORD)
        admin.save(update_fields=["password"])
    gebruikers["beheerder"] = admin
    return gebruikers


@transaction.atomic
def laad_demo(*, schaal: int = 1, vandaag: datetime.date | None = None) -> Verslag:
    """Demo data over 2023–2026, every title prefixed 'Demo: ' and every row ``is_demo``.

    ``schaal`` multiplies the number of demo activities and projects (for benchmarks). The apps'
    loaders run in a fixed order on one seeded random generator, so the demo is the same on
    every machine.
    """
    vandaag = vandaag or timezone.localdate()
    rng = random.Random(2026)
    v = Verslag()
    gebruikers = maak_demo_gebruikers()
    programma = Programma.objects.get()
    lijnen = trekkers_toewijzen({d: gebruikers[u] for d, u in TREKKER_PER_DOEL.items()})
    perioden = list(Rapportageperiode.objects.filter(einddatum__lte=vandaag).order_by("einddatum"))
    v.demo(
        laad_activiteiten_demo(
            rng,
            schaal,
            lijnen=lijnen,
            eindjaar=programma.eindjaar,
            perioden=perioden,
            vandaag=vandaag,
        )
    )
    v.demo(laad_deelsporen_demo(trekker=gebruikers["trekker.wonen"]))
    partners, aantallen = laad_partners_demo()
    v.demo(aantallen)
    v.demo(
        laad_projecten_demo(
            rng, schaal, partners=partners, vandaag=vandaag, bekend_sinds=PROGRAMMA_START
        )
    )
    v.demo(
        laad_doelen_demo(
            rng, programma=programma, opgeleverd_tot=demo_opgeleverd_tot, vandaag=vandaag
        )
    )
    v.demo(
        laad_bijeenkomsten_demo(
            rng, schaal, partners=partners, lijnen=list(lijnen.values()), vandaag=vandaag
        )
    )
    v.demo(laad_woondeal_demo(rng, schaal, vandaag))
    v.demo(laad_netwerk_demo(rng, schaal, vandaag=vandaag))
    v.demo(laad_besluiten_demo(rng, schaal, gebruikers=gebruikers, vandaag=vandaag))
    return v
