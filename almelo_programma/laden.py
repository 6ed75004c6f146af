"""Loading the Almelo programme (from the plan) and, optionally, clearly labelled demo data.

The plan's texts are in ``programma.json`` next to this module, verbatim; where the portal needs
a title, year, note or norm that the plan does not give, the item's ``herkomst`` says whose it is
(stored in the model's ``<veld>_herkomst``; every other loaded text is ``programmaplan``). The
demo data of each app is in that app's ``demo.py``, called in order by ``laad_demo`` (with the
demo accounts made here).
Both are idempotent: keyed on codes and slugs, so running the loader twice changes nothing. An
existing row of the plan is brought to the file's texts where nobody changed them in the portal
(its history knows: the loader writes without a user), so a database loaded from an older reading
of the plan gets the verbatim texts, and edits made in the portal survive a reload.
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

from activiteiten.demo import laad_activiteiten_demo, trekkers_toewijzen
from activiteiten.models import Activiteit, Activiteitenlijn, Rapportageperiode
from activiteiten.perioden import tertialen_vastleggen
from besluiten.demo import laad_besluiten_demo
from doelen.demo import laad_doelen_demo
from doelen.models import Doel, Effectindicator, Programma
from doelen.services import programmarol_toekennen
from evaluatie.opvolging import (
    Keuzes,
    Meetkader,
    laatste_metingen,
    oude_indicatoren,
    programma_voortzetten,
)
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
ALMELO_SLUG = "stedelijke-ontwikkeling"
PROGRAMMA_START = timezone.make_aware(datetime.datetime(2023, 1, 16, 9, 0))


@dataclass
class Verslag:
    aangemaakt: dict = field(default_factory=dict)
    bijgewerkt: dict = field(default_factory=dict)
    # "<item>: <veld>" that differ from the file but were changed in the portal, so kept
    behouden: list = field(default_factory=list)

    def tel(self, naam: str, created: bool):
        if created:
            self.aangemaakt[naam] = self.aangemaakt.get(naam, 0) + 1

    def demo(self, aantallen: dict) -> None:
        """Add the counts an app's demo loader returned, as ``demo-<kind>``."""
        for naam, aantal in aantallen.items():
            self.aangemaakt[f"demo-{naam}"] = aantal

    @property
    def totaal(self):
        return sum(self.aangemaakt.values()) + sum(self.bijgewerkt.values())


def _door_mensen_gewijzigd(obj, velden: list[str]) -> set[str]:
    """Those of ``velden`` that a person changed in the portal (a history record with a user),
    all of them when a person created the row."""
    gewijzigd, vorige = set(), None
    for record in obj.history.order_by("history_date", "history_id"):
        if record.history_user_id is not None:
            if vorige is None:
                return set(velden)
            gewijzigd |= {v for v in velden if getattr(record, v) != getattr(vorige, v)}
        vorige = record
    return gewijzigd


def _plan(model, v: Verslag, naam: str, sleutel: dict, waarden: dict, *, vast=("slug",)):
    """``get_or_create`` on ``sleutel``; an existing row takes the file's ``waarden`` (except the
    ``vast`` ones, set only when it is made) where nobody changed them in the portal."""
    obj, created = model.objects.get_or_create(**sleutel, defaults=waarden)
    v.tel(naam, created)
    if created:
        return obj, created
    anders = [k for k, w in waarden.items() if k not in vast and getattr(obj, k) != w]
    behouden = _door_mensen_gewijzigd(obj, anders) if anders else set()
    bij = [k for k in anders if k not in behouden]
    v.behouden += [f"{model._meta.verbose_name} “{obj}”: {k}" for k in sorted(behouden)]
    if bij:
        for k in bij:
            setattr(obj, k, waarden[k])
        obj._change_reason = "Bijgewerkt naar de tekst van het programmaplan (laad_programma)"
        obj.save(update_fields=bij)
        v.bijgewerkt[naam] = v.bijgewerkt.get(naam, 0) + 1
    return obj, created


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
    programma, _ = _plan(
        Programma, v, "programma", {"slug": p["slug"]},
        {k: p[k] for k in ("naam", "missie", "startjaar", "eindjaar")},
    )  # fmt: skip
    doelen = {}
    for d in data["doelen"]:
        doelen[d["code"]], _ = _plan(
            Doel, v, "doelen", {"programma": programma, "code": d["code"]},
            {
                "slug": d["slug"],
                "titel": d["titel"],
                "omschrijving": d["omschrijving"],
                **_herkomst(d, "titel"),
            },
        )  # fmt: skip
    for i in data["indicatoren"]:
        waarden = {
            "slug": i["slug"],
            "tekst": i["tekst"],
            "soort": i["soort"],
            "toelichting": i.get("toelichting", ""),
            "toelichting_bron": i.get("toelichting_bron", ""),
            "eenheid": i.get("eenheid", ""),
            **_herkomst(i, "toelichting", "streefwaarde", "meetkader"),
            # a figure the plan does not give stays empty (and is emptied on a reload)
            **{k: Decimal(i[k]) if k in i else None for k in ("basiswaarde", "streefwaarde")},
            **{k: i.get(k) for k in ("basisjaar", "streefjaar")},
        }
        _plan(
            Effectindicator, v, "indicatoren",
            {"doel": doelen[i["doel"]], "nummer": i["nummer"]}, waarden,
        )  # fmt: skip
    lijnen = {}
    for lijn in data["lijnen"]:
        lijnen[lijn["code"]], _ = _plan(
            Activiteitenlijn, v, "lijnen", {"doel": doelen[lijn["doel"]], "code": lijn["code"]},
            {k: lijn[k] for k in ("slug", "naam", "omschrijving")},
        )  # fmt: skip
    for a in data["activiteiten"]:
        _plan(
            Activiteit, v, "activiteiten", {"slug": a["slug"]},
            {
                "lijn": lijnen[a["lijn"]],
                "jaar": a["jaar"],
                "titel": a["titel"],
                "plantekst": a["plantekst"],
                "openbaar": True,
                **_herkomst(a, "titel", "jaar"),
            },
            vast=("lijn", "openbaar"),
        )  # fmt: skip
    w = data["woondeal"]
    woondeal, _ = _plan(
        Woondeal, v, "woondeals", {"slug": w["slug"]},
        {
            "regio": w["regio"],
            "gemeente": w["gemeente"],
            "normen_bron": w["normen_bron"],
            **_herkomst(w, "regio", "normen"),
            "lijn": lijnen[w["lijn"]],
            "aandeel_sociale_huur": Decimal(w["aandeel_sociale_huur"]),
            "aandeel_betaalbaar": Decimal(w["aandeel_betaalbaar"]),
            "toelichting": w["toelichting"],
        },
        vast=("lijn",),
    )  # fmt: skip
    for s in w["deelsporen"]:
        _plan(
            Deelspoor, v, "deelsporen", {"woondeal": woondeal, "nummer": s["nummer"]},
            {"slug": s["slug"], "naam": s["naam"]},
        )  # fmt: skip
    partners = {}
    for prt in data["partners"]:
        partners[prt["slug"]], _ = _plan(
            Partner, v, "partners", {"slug": prt["slug"]},
            {"naam": prt["naam"], "soort": prt["soort"]},
        )  # fmt: skip
    for b in data["bijeenkomsten"]:
        bijeenkomst, c = _plan(
            Bijeenkomst, v, "bijeenkomsten", {"slug": b["slug"]},
            {
                "titel": b["titel"],
                "soort": b["soort"],
                "plantekst": b["plantekst"],
                **_herkomst(b, "titel"),
            },
        )  # fmt: skip
        if c:
            bijeenkomst.lijnen.set([lijnen[code] for code in b.get("lijnen", [])])
            bijeenkomst.partners.set([partners[slug] for slug in b.get("partners", [])])
    for dossier in data["lobbydossiers"]:
        obj, c = _plan(
            Lobbydossier, v, "lobbydossiers", {"slug": dossier["slug"]},
            {
                **{k: dossier[k] for k in ("titel", "inzet", "doelwitten")},
                **_herkomst(dossier, "doelwitten"),
            },
        )  # fmt: skip
        if c:
            obj.lijnen.set([lijnen[code] for code in dossier.get("lijnen", [])])
    if nieuw := tertialen_vastleggen(programma.jaren):
        v.aangemaakt["rapportageperiodes"] = nieuw
    return v


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


def maak_demo_gebruikers(programma: Programma | None = None) -> dict:
    """The demo accounts (one per role, plus the superuser ``beheerder``), by username, each
    with its role in ``programma`` (by default: in every programme there is)."""
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
        for p in [programma] if programma is not None else Programma.objects.all():
            programmarol_toekennen(user, p, rol)
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
    programma = Programma.objects.get(slug=ALMELO_SLUG)
    gebruikers = maak_demo_gebruikers(programma)
    trekkers_toewijzen({d: gebruikers[u] for d, u in TREKKER_PER_DOEL.items()})
    # the lines of this programme only (a successor has lines with the same codes)
    lijnen = {
        lijn.code: lijn
        for lijn in Activiteitenlijn.objects.filter(doel__programma=programma).order_by("code")
    }
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
    v.demo(
        laad_besluiten_demo(
            rng, schaal, programma=programma, gebruikers=gebruikers, vandaag=vandaag
        )
    )
    return v


# --- the demo successor ------------------------------------------------------------------------

OPVOLGER_SLUG = "stedelijke-ontwikkeling-2027-2030"
OPVOLGER_NAAM = "Demo: Programma Stedelijke Ontwikkeling 2027–2030"
OPVOLGER_MISSIE = (
    "[Demo] Verzonnen vervolgprogramma, geen besluit van de gemeente: het laat zien hoe een "
    "programma wordt voortgezet. Almelo bouwt door aan een ongedeelde, aantrekkelijke stad."
)
# who has a role in the demo successor: the others only work in the Almelo programme
OPVOLGER_ROLLEN = ("programmamanager", "wethouder", "trekker.wonen")


@transaction.atomic
def laad_demo_opvolger() -> Verslag:
    """The second, clearly marked demo programme: a successor 2027–2030 started from the
    Almelo programme through the same service as the page "Vervolgprogramma starten" (goals,
    indicators with new targets, lines, unfinished activities, woondeal). Idempotent: when it
    exists only its demo roles are made sure of. Needs ``laad_demo`` (the demo accounts)."""
    v = Verslag()
    almelo = Programma.objects.get(slug=ALMELO_SLUG)
    User = get_user_model()
    gebruikers = {u.username: u for u in User.objects.filter(username__in=OPVOLGER_ROLLEN)}
    opvolger = Programma.objects.filter(slug=OPVOLGER_SLUG).first()
    if opvolger is None:
        start, eind = 2027, 2030
        indicatoren = oude_indicatoren(almelo)
        laatste = laatste_metingen(indicatoren)
        kaders = {}
        for indicator in indicatoren:
            meting = laatste.get(indicator.pk)
            kaders[indicator.pk] = (
                Meetkader(
                    basiswaarde=meting.waarde if meting else indicator.basiswaarde,
                    basisjaar=meting.datum.year if meting else indicator.basisjaar,
                    streefwaarde=indicator.streefwaarde,
                    streefjaar=eind,
                )
                if indicator.is_kwantitatief
                else Meetkader()
            )
        opvolger = programma_voortzetten(
            vorig=almelo,
            naam=OPVOLGER_NAAM,
            slug=OPVOLGER_SLUG,
            startjaar=start,
            eindjaar=eind,
            missie=OPVOLGER_MISSIE,
            keuzes=Keuzes(
                doelen=True, indicatoren=kaders, lijnen=True, activiteiten=True, woondeal=True
            ),
            door=gebruikers.get("programmamanager"),
            is_demo=True,
        )
        v.tel("programma's", True)
    rollen = {username: rol for username, _f, _l, rol, _s in DEMO_GEBRUIKERS}
    for username in OPVOLGER_ROLLEN:
        if username in gebruikers:
            programmarol_toekennen(gebruikers[username], opvolger, rollen[username])
    return v


ARCHIEF_SLUG = "demo-binnenstad-2019-2022"


@transaction.atomic
def laad_demo_archief() -> Verslag:
    """A small, clearly marked demo programme that is over: "Demo: Programma Binnenstad
    2019–2022", one goal, its end evaluation vastgesteld and the programme archived, so that
    ``make run`` shows the archive. Idempotent: when it exists nothing changes."""
    from evaluatie.archief import programma_archiveren
    from evaluatie.constants import EvaluatieStatus
    from evaluatie.services import (
        eindevaluatie_get_or_create,
        eindevaluatie_update,
        status_wijzigen,
    )

    v = Verslag()
    if Programma.objects.filter(slug=ARCHIEF_SLUG).exists():
        return v
    User = get_user_model()
    beheerder = User.objects.get(username="beheerder")
    programma = Programma(
        naam="Demo: Programma Binnenstad 2019–2022",
        slug=ARCHIEF_SLUG,
        missie="[Demo] Een levendige, bereikbare binnenstad waar mensen wonen, werken en elkaar "
        "ontmoeten. Verzonnen voorbeeldprogramma, geen programma van de gemeente.",
        startjaar=2019,
        eindjaar=2022,
        is_demo=True,
    )
    programma.full_clean()
    programma.save()
    v.tel("programma's", True)
    doel = Doel(
        programma=programma,
        code="A",
        slug="demo-binnenstad-levendig",
        titel="Demo: Een levendige binnenstad",
        omschrijving="[Demo] Meer wonen boven winkels en minder leegstand in het centrum.",
    )
    doel.full_clean()
    doel.save()
    for username, rol in (
        ("programmamanager", rechten.PROGRAMMAMANAGER),
        ("wethouder", rechten.BESTUURDER),
    ):
        gebruiker = User.objects.filter(username=username).first()
        if gebruiker is not None:
            programmarol_toekennen(gebruiker, programma, rol)
    evaluatie = eindevaluatie_get_or_create(programma)
    eindevaluatie_update(
        evaluatie,
        door=beheerder,
        conclusies="[Demo] De leegstand in het centrum daalde; wonen boven winkels kwam op gang.",
        wat_werkte="[Demo] Eén aanspreekpunt voor eigenaren van winkelpanden.",
        wat_niet_werkte="[Demo] De subsidieregeling bleek te ingewikkeld voor kleine eigenaren.",
    )
    status_wijzigen(evaluatie, naar=EvaluatieStatus.TER_VASTSTELLING, door=beheerder)
    status_wijzigen(
        evaluatie,
        naar=EvaluatieStatus.VASTGESTELD,
        door=beheerder,
        vastgesteld_op=datetime.date(2023, 2, 14),
        besluitkenmerk="Demo: COL-2023-017",
    )
    programma_archiveren(programma=programma, door=beheerder)
    return v
