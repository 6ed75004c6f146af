"""Demo data for the netwerk features: partners (``laad_partners_demo``), events
(``laad_bijeenkomsten_demo``), and contact persons, follow-up actions, lobby contacts, partner
surveys and partners' contributions with the demo account ``partner`` as a member of a demo
organisation (``laad_netwerk_demo``, after the demo partners and events exist). Called by
``almelo_programma.laden.laad_demo``. Idempotent: it only adds what is missing. Everything is
marked demo.
"""

import datetime
import random

from django.contrib.auth import get_user_model
from django.utils import timezone
from django.utils.formats import date_format
from django.utils.text import slugify

from .constants import (
    ENQUETE_VRAGEN,
    BijdrageStatus,
    BijeenkomstSoort,
    LobbyDoelwit,
    PartnerSoort,
)
from .models import (
    Bijdrage,
    Bijeenkomst,
    Contactpersoon,
    Enquete,
    Enquetereactie,
    Lobbycontact,
    Lobbydossier,
    Partner,
    Partnerlidmaatschap,
    Vervolgactie,
)
from .services import enquete_create, enquete_sluiten

DEMO = "Demo: "
PARTNERS = [
    ("Demo-corporatie Noord", PartnerSoort.CORPORATIE),
    ("Demo-corporatie Zuid", PartnerSoort.CORPORATIE),
    ("Demo-ontwikkelaar Twente", PartnerSoort.MARKTPARTIJ),
    ("Demo-makelaardij Almelo", PartnerSoort.MAKELAAR),
]
NAMEN = [
    ("Anouk", "Jansen", "Projectleider"),
    ("Bram", "de Vries", "Directeur vastgoed"),
    ("Cem", "Yilmaz", "Ontwikkelmanager"),
    ("Daan", "Bakker", "Makelaar"),
    ("Eva", "Smit", "Beleidsadviseur"),
]
ACTIES = [
    "Verslag rondsturen aan de aanwezige partners",
    "Vervolgafspraak plannen met de corporaties",
    "Locatievoorstel uitwerken voor het platform",
    "Reactie provincie verwerken in de planning",
]
LOBBY = [
    (LobbyDoelwit.RIJK, "Ministerie van BZK, directie Wonen", "Gesprek over de woningbouwimpuls."),
    (
        LobbyDoelwit.PROVINCIE,
        "Provincie Overijssel, gedeputeerde",
        "Bereikbaarheid stationsgebied.",
    ),
    (LobbyDoelwit.REGIO, "Gemeente Enschede en Hengelo", "Afstemming stedelijke agenda Twente."),
]
OPMERKINGEN = [
    "[Demo] Snellere terugkoppeling over vergunningen zou helpen.",
    "[Demo] Het platform werkt goed om elkaar te leren kennen.",
    "",
    "[Demo] Meer duidelijkheid over wie wat doet in gebiedsontwikkelingen.",
]


def laad_netwerk_demo(
    rng: random.Random, schaal: int = 1, *, vandaag: datetime.date | None = None
) -> dict:
    """Returns counts of what was created, by kind."""
    vandaag = vandaag or timezone.localdate()
    User = get_user_model()
    gebruikers = {
        u.username: u
        for u in User.objects.filter(username__in=["programmamanager", "trekker.netwerk"])
    }
    eigenaren = [gebruikers[n] for n in ("trekker.netwerk", "programmamanager") if n in gebruikers]
    aangemaakt = {}

    # Contact persons for the demo partners (personal data: werkruimte only).
    personen = []
    for i, partner in enumerate(Partner.objects.filter(is_demo=True, contactpersonen__isnull=True)):
        for j in range(2):
            voornaam, achternaam, functie = NAMEN[(i + j) % len(NAMEN)]
            personen.append(
                Contactpersoon(
                    partner=partner,
                    naam=f"{DEMO}{voornaam} {achternaam}",
                    functie=functie,
                    email=f"{voornaam.lower()}.{i}{j}@demo.almelo.invalid",
                )
            )
    Contactpersoon.objects.bulk_create(personen)
    aangemaakt["contactpersonen"] = len(personen)

    # Follow-up actions on demo events: done for past events, mostly open for recent/future ones.
    acties = []
    if eigenaren:
        qs = Bijeenkomst.objects.filter(
            is_demo=True, vervolgacties__isnull=True, start__isnull=False
        )
        open_teller = 0
        for n, bijeenkomst in enumerate(qs.order_by("start")):
            deadline = bijeenkomst.start.date() + datetime.timedelta(days=21)
            klaar = deadline < vandaag - datetime.timedelta(days=120)
            for k in range(1 if klaar else 2):
                eigenaar = eigenaren[(n if klaar else open_teller) % len(eigenaren)]
                open_teller += 0 if klaar else 1
                acties.append(
                    Vervolgactie(
                        bijeenkomst=bijeenkomst,
                        omschrijving=f"{DEMO}{ACTIES[(n + k) % len(ACTIES)]}",
                        eigenaar=eigenaar,
                        deadline=deadline + datetime.timedelta(days=7 * k),
                        afgerond=klaar,
                        afgerond_op=timezone.now() if klaar else None,
                        is_demo=True,
                    )
                )
    Vervolgactie.objects.bulk_create(acties)
    aangemaakt["vervolgacties"] = len(acties)

    # A log of lobby contacts for each dossier without one.
    contacten = []
    provincie = Partner.objects.filter(soort="provincie").first()
    eerste = datetime.date(2023, 6, 1)
    stap = max(1, (vandaag - eerste).days // (3 * schaal))
    for dossier in Lobbydossier.objects.filter(contacten__isnull=True):
        for n in range(3 * schaal):
            doelwit, met_wie, samenvatting = LOBBY[n % len(LOBBY)]
            contacten.append(
                Lobbycontact(
                    dossier=dossier,
                    datum=min(vandaag, eerste + datetime.timedelta(days=stap * n + stap // 2)),
                    doelwit=doelwit,
                    partner=provincie if doelwit == LobbyDoelwit.PROVINCIE else None,
                    met_wie=f"{DEMO}{met_wie}",
                    samenvatting=f"[Demo] {samenvatting}",
                    uitkomst="[Demo] Vervolgafspraak gemaakt." if n % 2 == 0 else "",
                    door=eigenaren[0] if eigenaren else None,
                    is_demo=True,
                )
            )
    Lobbycontact.objects.bulk_create(contacten)
    aangemaakt["lobbycontacten"] = len(contacten)

    # Partner surveys: last year's, closed (it becomes a measurement of indicator 9), and this
    # year's, open with a few responses so far.
    vorig, dit = vandaag.year - 1, vandaag.year
    for jaar, reacties, sluiten in ((vorig, 8, True), (dit, 2, False)):
        titel = f"{DEMO}Partnerenquête {jaar}"
        if Enquete.objects.filter(titel=titel).exists():
            continue
        enquete = enquete_create(
            titel=titel,
            periode_start=datetime.date(jaar, 1, 1),
            periode_einde=datetime.date(jaar, 12, 31),
            is_demo=True,
        )
        Enquetereactie.objects.bulk_create(
            Enquetereactie(
                enquete=enquete,
                opmerking=OPMERKINGEN[n % len(OPMERKINGEN)],
                is_demo=True,
                **{veld: rng.choice([2, 3, 3, 4, 4, 4, 5]) for veld, _vraag in ENQUETE_VRAGEN},
            )
            for n in range(reacties)
        )
        if sluiten:
            enquete_sluiten(
                enquete=enquete, door=gebruikers.get("programmamanager"), publiceren=True
            )
        aangemaakt["enquetes"] = aangemaakt.get("enquetes", 0) + 1
    aangemaakt.update(laad_bijdragen_demo(vandaag=vandaag))
    return aangemaakt


def laad_partners_demo() -> tuple[list[Partner], dict]:
    """The demo partners (platform members since September 2023), and counts of what was made."""
    partners, aantal = [], 0
    for naam, soort in PARTNERS:
        partner, c = Partner.objects.get_or_create(
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
        partners.append(partner)
        aantal += c
    return partners, ({"partners": aantal} if aantal else {})


def laad_bijeenkomsten_demo(
    rng: random.Random, schaal: int, *, partners: list, lijnen: list, vandaag: datetime.date
) -> dict:
    """``8 * schaal`` events with the demo ``partners`` and one of ``lijnen`` each, two of three
    public; returns counts of what was created."""
    soorten = list(BijeenkomstSoort)
    # Spread from about 2.7 years ago to about half a year ahead, so the agenda has upcoming ones.
    aantal, aangemaakt = 8 * schaal, 0
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
            b.partners.set(rng.sample(partners, 2))
            b.lijnen.set([rng.choice(lijnen)])
            aangemaakt += 1
    return {"bijeenkomsten": aangemaakt} if aangemaakt else {}


# --- partners' contributions --------------------------------------------------------------------

DEMO_LID = ("partner", "Demo-corporatie Noord")
# title, organisation, line, indicator number, status, reaction to the partner
DEMO_BIJDRAGEN = [
    (
        "40 sociale huurwoningen in de Riet",
        "Demo-corporatie Noord",
        "A4",
        3,
        BijdrageStatus.GEACCEPTEERD,
        "Mooi voorstel, dank u wel.",
    ),
    (
        "Woonwensenonderzoek onder huurders",
        "Demo-corporatie Noord",
        "A1",
        1,
        BijdrageStatus.WIJZIGING_GEVRAAGD,
        "Kunt u aangeven hoeveel huurders u wilt bevragen en wanneer de uitkomsten er zijn?",
    ),
    (
        "Gastcollege over transformatie van kantoren",
        "Demo-corporatie Noord",
        "C2",
        10,
        BijdrageStatus.INGEDIEND,
        "",
    ),
    (
        "Makelaarsavond voor starters",
        "Demo-makelaardij Almelo",
        "B1",
        9,
        BijdrageStatus.AFGEWEZEN,
        "Dit past beter bij de woonbeurs van de gemeente zelf.",
    ),
]


def laad_bijdragen_demo(*, vandaag: datetime.date) -> dict:
    """The demo account ``partner`` as a member of a demo organisation, and demo contributions in
    every state (one accepted, as a demo activity with a published and a held update). Rows go
    to demo partners and demo activities only. Idempotent; returns counts by kind."""
    from activiteiten.models import Activiteit, Activiteitenlijn, Statusupdate
    from activiteiten.services import laatste_updates_bijwerken
    from almelo_programma.kern.herkomst import Herkomst
    from doelen.models import Effectindicator

    aangemaakt = {}
    User = get_user_model()
    partners = {p.naam: p for p in Partner.objects.filter(is_demo=True)}
    lid = User.objects.filter(username=DEMO_LID[0]).first()
    if lid is None or DEMO_LID[1] not in partners:
        return aangemaakt
    _, nieuw = Partnerlidmaatschap.objects.get_or_create(
        gebruiker=lid, defaults={"partner": partners[DEMO_LID[1]], "is_demo": True}
    )
    aangemaakt["partnerlidmaatschappen"] = int(nieuw)
    lijnen = {lijn.code: lijn for lijn in Activiteitenlijn.objects.all()}
    indicatoren = {i.nummer: i for i in Effectindicator.objects.all()}
    beoordelaar = User.objects.filter(username="programmamanager").first()
    gereed = datetime.date(min(vandaag.year, 2026), 12, 1)
    for titel, naam, code, nummer, status, reactie in DEMO_BIJDRAGEN:
        if naam not in partners or code not in lijnen or nummer not in indicatoren:
            continue
        bijdrage, nieuw = Bijdrage.objects.get_or_create(
            titel=f"{DEMO}{titel}",
            partner=partners[naam],
            defaults={
                "lijn": lijnen[code],
                "indicator": indicatoren[nummer],
                "omschrijving": f"{DEMO}verzonnen voorstel van een partner (demogegevens).",
                "opbrengst": f"{DEMO}verzonnen bijdrage aan indicator {nummer}.",
                "gereed_op": gereed,
                "ingediend_door": lid if naam == DEMO_LID[1] else None,
                "ingediend_op": timezone.now(),
                "indieningen": 1,
                "gemelde_indieningen": 1,  # no e-mail for demo rows
                "is_demo": True,
            },
        )
        if not nieuw:
            continue
        aangemaakt["bijdragen"] = aangemaakt.get("bijdragen", 0) + 1
        if status == BijdrageStatus.INGEDIEND:
            continue
        bijdrage.status = status
        bijdrage.reactie = reactie
        bijdrage.beoordeeld_door = beoordelaar
        bijdrage.beoordeeld_op = timezone.now()
        bijdrage.beoordelingen = bijdrage.gemelde_beoordelingen = 1  # no e-mail for demo rows
        if status == BijdrageStatus.GEACCEPTEERD:
            activiteit = Activiteit.objects.create(
                lijn=lijnen[code],
                jaar=gereed.year,
                titel=bijdrage.titel,
                slug=f"demo-bijdrage-{slugify(titel)}",
                omschrijving=bijdrage.omschrijving,
                geplande_eind=gereed,
                openbaar=True,
                is_demo=True,
                titel_herkomst=Herkomst.DEMO,
                jaar_herkomst=Herkomst.DEMO,
            )
            bijdrage.activiteit = activiteit
            datum = min(vandaag, gereed) - datetime.timedelta(days=60)
            for dagen, voortgang, gepubliceerd in ((0, 20, True), (45, 35, False)):
                Statusupdate.objects.create(
                    activiteit=activiteit,
                    rapportagedatum=datum + datetime.timedelta(days=dagen),
                    status="op_schema",
                    voortgang=voortgang,
                    toelichting="[Demo] De bouwvoorbereiding loopt volgens plan.",
                    auteur=lid,
                    gepubliceerd=gepubliceerd,
                    is_demo=True,
                )
            # the activity stores its latest (published) update, as every write of updates does
            laatste_updates_bijwerken([activiteit.pk])
        bijdrage.save()
    return aangemaakt
