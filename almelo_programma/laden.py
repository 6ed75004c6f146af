"""Loading the Almelo programme (from the plan) and, optionally, clearly labelled demo data.

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
from django.utils.formats import date_format

from activiteiten.constants import PeriodeSoort, Status
from activiteiten.models import Activiteit, Activiteitenlijn, Rapportageperiode, Statusupdate
from doelen.constants import Beoordeling, IndicatorSoort
from doelen.models import Doel, Effectindicator, Meting, Programma
from netwerk.constants import BijeenkomstSoort, PartnerSoort
from netwerk.demo import laad_netwerk_demo
from netwerk.models import Bijeenkomst, Lobbydossier, Partner
from woondeals.constants import AanvraagStatus, Planstatus, ProjectFase, Regeling
from woondeals.demo import laad_woondeal_demo
from woondeals.models import (
    Deelspoor,
    DeelspoorUpdate,
    Realisatie,
    Subsidieaanvraag,
    Woningbouwproject,
    Woondeal,
)

from .kern import rechten as roles

DATA_FILE = Path(__file__).resolve().parent.parent / "doelen" / "data" / "programma.json"
DEMO_WACHTWOORD = "demo-almelo-2026"
DEMO = "Demo: "
PROGRAMMA_START = timezone.make_aware(
    datetime.datetime(2023, 1, 16, 9, 0)
)  # prefix on every demo title, so demo data is recognisable wherever it shows


@dataclass
class Verslag:
    aangemaakt: dict = field(default_factory=dict)

    def tel(self, naam: str, created: bool):
        if created:
            self.aangemaakt[naam] = self.aangemaakt.get(naam, 0) + 1

    @property
    def totaal(self):
        return sum(self.aangemaakt.values())


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
            defaults={"slug": d["slug"], "titel": d["titel"], "omschrijving": d["omschrijving"]},
        )
        v.tel("doelen", c)
    for i in data["indicatoren"]:
        defaults = {
            "slug": i["slug"],
            "tekst": i["tekst"],
            "soort": i["soort"],
            "toelichting": i.get("toelichting", ""),
            "eenheid": i.get("eenheid", ""),
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
    for a in data["activiteiten_2023"]:
        _, c = Activiteit.objects.get_or_create(
            slug=a["slug"],
            defaults={
                "lijn": lijnen[a["lijn"]],
                "jaar": 2023,
                "titel": a["titel"],
                "omschrijving": a.get("omschrijving", ""),
                "openbaar": True,
            },
        )
        v.tel("activiteiten", c)
    w = data["woondeal"]
    woondeal, c = Woondeal.objects.get_or_create(
        regio=w["regio"],
        gemeente=w["gemeente"],
        defaults={
            "slug": w["slug"],
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
    ("programmamanager", "Demo", "Programmamanager", roles.PROGRAMMAMANAGER, True),
    ("trekker.wonen", "Demo", "Trekker Wonen", roles.LIJNTREKKER, False),
    ("trekker.netwerk", "Demo", "Trekker Netwerk", roles.LIJNTREKKER, False),
    ("trekker.kennis", "Demo", "Trekker Kennis", roles.LIJNTREKKER, False),
    ("wethouder", "Demo", "Wethouder", roles.BESTUURDER, False),
    ("partner", "Demo", "Partner", roles.PARTNER, False),
]
TREKKER_PER_DOEL = {"A": "trekker.wonen", "B": "trekker.netwerk", "C": "trekker.kennis"}

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
WIJKEN = [
    "Centrum", "Hofkamp", "Nijrees", "Schelfhorst", "De Riet", "Windmolenbroek",
    "Aalderinkshoek", "Sluitersveld", "Ossenkoppelerhoek", "Kerkelanden",
]  # fmt: skip


def maak_demo_gebruikers() -> dict:
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

    ``schaal`` multiplies the number of demo activities and projects (for benchmarks).
    """
    vandaag = vandaag or timezone.localdate()
    rng = random.Random(2026)
    v = Verslag()
    gebruikers = maak_demo_gebruikers()
    programma = Programma.objects.get()
    lijnen = {lijn.code: lijn for lijn in Activiteitenlijn.objects.select_related("doel")}
    for lijn in lijnen.values():
        if lijn.trekker_id is None:
            lijn.trekker = gebruikers[TREKKER_PER_DOEL[lijn.doel.code]]
            lijn.save(update_fields=["trekker"])
    for act in Activiteit.objects.filter(trekker__isnull=True, jaar=2023):
        act.trekker = act.lijn.trekker
        act.save(update_fields=["trekker"])
    wonen = gebruikers["trekker.wonen"]
    Deelspoor.objects.filter(trekker__isnull=True).update(trekker=wonen)

    # Activities 2024–2026 per line.
    for code, titels in DEMO_ACTIVITEITEN.items():
        lijn = lijnen[code]
        for jaar in range(2024, programma.eindjaar + 1):
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
                        },
                    )
                    v.tel("demo-activiteiten", c)

    # Status updates at each tertial's end, up to today.
    perioden = list(Rapportageperiode.objects.filter(einddatum__lte=vandaag).order_by("einddatum"))
    updates = []
    for act in Activiteit.objects.filter(statusupdates__isnull=True).select_related("lijn"):
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
                    rapportagedatum=periode.einddatum,
                    status=status,
                    voortgang=voortgang,
                    toelichting=f"[Demo] Verzonnen voortgang over {periode}.",
                    auteur=act.trekker,
                    gepubliceerd=rng.random() < 0.85,
                    is_demo=True,
                )
            )
    Statusupdate.objects.bulk_create(updates, batch_size=500)
    v.tel("demo-statusupdates", False)
    v.aangemaakt["demo-statusupdates"] = len(updates)

    # Sub-track updates.
    deel_updates = []
    for spoor in Deelspoor.objects.filter(statusupdates__isnull=True):
        voortgang = 0
        for periode in perioden[-6:]:
            voortgang = min(95, voortgang + rng.choice([10, 15, 20]))
            status = rng.choices([Status.OP_SCHEMA, Status.AANDACHT_NODIG], weights=[4, 1])[0]
            deel_updates.append(
                DeelspoorUpdate(
                    deelspoor=spoor,
                    rapportagedatum=periode.einddatum,
                    status=status,
                    voortgang=voortgang,
                    toelichting=f"[Demo] Verzonnen voortgang over {periode}.",
                    auteur=spoor.trekker,
                    gepubliceerd=True,
                    is_demo=True,
                )
            )
    DeelspoorUpdate.objects.bulk_create(deel_updates)
    v.aangemaakt["demo-deelspoorupdates"] = len(deel_updates)

    # Partners, housing projects and their yearly realisations.
    demo_partners = []
    for naam, soort in [
        ("Demo-corporatie Noord", PartnerSoort.CORPORATIE),
        ("Demo-corporatie Zuid", PartnerSoort.CORPORATIE),
        ("Demo-ontwikkelaar Twente", PartnerSoort.MARKTPARTIJ),
        ("Demo-makelaardij Almelo", PartnerSoort.MAKELAAR),
    ]:
        prt, c = Partner.objects.get_or_create(
            slug=naam.lower().replace(" ", "-"),
            defaults={
                "naam": naam,
                "soort": soort,
                "platformlid": True,
                "lid_sinds": datetime.date(2023, 9, 1),
                "omschrijving": "Verzonnen partner (demogegevens).",
                "is_demo": True,
            },
        )
        demo_partners.append(prt)
        v.tel("demo-partners", c)
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
                "ontwikkelaar": rng.choice(demo_partners),
                "gepubliceerd": rng.random() < 0.75,
                "is_demo": True,
            },
        )
        v.tel("demo-projecten", c)
        if c:
            # Known since the programme's start, so the dashboard's time travel (which reads the
            # pipeline from the recorded history) shows the demo projects in earlier periods too.
            project.history.filter(history_type="+").update(history_date=PROGRAMMA_START)
        if c and start and start <= vandaag.year:
            totaal = project.totaal_woningen
            Realisatie.objects.create(project=project, jaar=start, gestart=totaal, is_demo=True)
            if start + 2 <= vandaag.year:
                Realisatie.objects.update_or_create(
                    project=project,
                    jaar=start + 2,
                    defaults={"opgeleverd": totaal, "is_demo": True},
                )
    aanvragen = [
        ("Woningbouwimpuls", Regeling.WONINGBOUWIMPULS, AanvraagStatus.TOEGEKEND, 2_500_000),
        ("Startbouwimpuls", Regeling.STARTBOUWIMPULS, AanvraagStatus.INGEDIEND, 1_200_000),
    ]
    for titel, regeling, status, bedrag in aanvragen:
        aanvraag, c = Subsidieaanvraag.objects.get_or_create(
            titel=f"{DEMO}{titel} Almelo",
            defaults={
                "regeling": regeling,
                "status": status,
                "aangevraagd_bedrag": bedrag,
                "toegekend_bedrag": bedrag if status == AanvraagStatus.TOEGEKEND else None,
                "ingediend_op": datetime.date(2024, 3, 1),
                "besluit_op": datetime.date(2024, 9, 1)
                if status == AanvraagStatus.TOEGEKEND
                else None,
                "is_demo": True,
            },
        )
        if c:
            aanvraag.projecten.set(Woningbouwproject.objects.filter(is_demo=True)[:3])
        v.tel("demo-subsidieaanvragen", c)

    # Measurements: indicator 3 follows the demo realisations; the others a yearly assessment.
    schaal_beoordeling = [
        Beoordeling.NIET_GESTART, Beoordeling.IN_GANG, Beoordeling.IN_GANG, Beoordeling.OP_KOERS,
    ]  # fmt: skip
    for indicator in Effectindicator.objects.filter(metingen__isnull=True):
        for i, jaar in enumerate(programma.jaren):
            datum = datetime.date(jaar, 12, 31)
            if datum > vandaag:
                datum = vandaag
            if indicator.soort == IndicatorSoort.KWANTITATIEF:
                opgeleverd = sum(
                    r.opgeleverd for r in Realisatie.objects.filter(jaar__lte=jaar, is_demo=True)
                )
                velden = {"waarde": Decimal(opgeleverd)}
            else:
                velden = {"beoordeling": rng.choice(schaal_beoordeling[i:] or schaal_beoordeling)}
            Meting.objects.create(
                indicator=indicator,
                datum=datum,
                toelichting="[Demo] Verzonnen meting, geen echte waarde.",
                bron="Demogegevens",
                gepubliceerd=jaar < programma.eindjaar,
                is_demo=True,
                **velden,
            )
            v.tel("demo-metingen", True)

    # Events with dates, some public and upcoming.
    soorten = list(BijeenkomstSoort)
    # Spread from about 2.7 years ago to about half a year ahead, so the agenda has upcoming ones.
    aantal = 8 * schaal
    for n in range(aantal):
        dag = vandaag + datetime.timedelta(days=-1000 + round(n * 1200 / max(1, aantal - 1)))
        start = timezone.make_aware(datetime.datetime.combine(dag, datetime.time(15, 0)))
        soort = soorten[n % len(soorten)]
        b, c = Bijeenkomst.objects.get_or_create(
            slug=f"demo-bijeenkomst-{n + 1}",
            defaults={
                "titel": f"{DEMO}{soort.label} {date_format(start, 'F Y')}",
                "soort": soort,
                "start": start,
                "einde": start + datetime.timedelta(hours=2),
                "locatie": "Stadhuis Almelo",
                "openbare_samenvatting": "Verzonnen bijeenkomst (demogegevens).",
                "interne_notities": "[Demo] Interne notitie, niet openbaar.",
                "openbaar": n % 3 != 2,
                "is_demo": True,
            },
        )
        if c:
            b.partners.set(rng.sample(demo_partners, 2))
            b.lijnen.set([rng.choice(list(lijnen.values()))])
        v.tel("demo-bijeenkomsten", c)

    for naam, aantal in laad_woondeal_demo(rng, schaal, vandaag).items():
        v.aangemaakt[f"demo-{naam}"] = aantal
    for naam, aantal in laad_netwerk_demo(rng, schaal, vandaag=vandaag).items():
        v.aangemaakt[f"demo-{naam}"] = aantal
    return v


def _fase_voor(start: int | None, huidig_jaar: int) -> str:
    if start is None:
        return ProjectFase.INITIATIEF
    if start + 2 <= huidig_jaar:
        return ProjectFase.OPGELEVERD
    if start <= huidig_jaar:
        return ProjectFase.REALISATIE
    return ProjectFase.DEFINITIE if start == huidig_jaar + 1 else ProjectFase.HAALBAARHEID
