"""Every page type of the portal, per role: the one list that the whole-site checks walk (the Nu
HTML Checker in tests/publiek/test_html_valide.py, reflow at 320 px in tests/e2e/test_reflow.py).

A new page type belongs here, so those checks cover it. ``paginatypen()`` needs the demo data
plus the netwerk demo (``netwerk_demo`` fixture) to find one object of each kind.
"""

import random

from django.contrib.auth import get_user_model

from activiteiten.models import Activiteit
from almelo_programma.kern.importtaken import ImportStatus
from almelo_programma.laden import DEMO_WACHTWOORD
from almelo_programma.werkruimte.models import Bijwerkimport
from besluiten.models import Besluit
from netwerk.models import Bijdrage, Bijeenkomst, Enquete, Lobbydossier, Partner
from woondeals.models import (
    Deelspoor,
    Gebiedsontwikkeling,
    Projectimport,
    Subsidieaanvraag,
    Woningbouwproject,
)

ANONIEM = None
# one demo account per role (README: "The demo accounts")
ROLLEN = ("programmamanager", "trekker.wonen", "wethouder", "partner")
WACHTWOORD = DEMO_WACHTWOORD


def laad_alle_demo():
    """The netwerk demo on top of ``laad_demo``: contact persons, actions, lobby, surveys."""
    from netwerk.demo import laad_netwerk_demo

    laad_netwerk_demo(random.Random(2026), 1)


def openbare_paginas() -> dict[str, str]:
    act = Activiteit.objects.filter(openbaar=True, statusupdates__gepubliceerd=True)
    act = act.order_by("slug").first()
    bijeenkomst = Bijeenkomst.objects.filter(openbaar=True, start__isnull=False).first()
    return {
        "home": "/",
        "home-eigen-adres": "/stedelijke-ontwikkeling/",
        "programmas": "/programmas/",
        "doel": "/doelen/a-wonen/",
        "indicator": "/indicatoren/3-4100-nieuwbouwwoningen/",
        "indicator-kwalitatief": "/indicatoren/9-samenwerking-partners/",
        "lijn": "/lijnen/a1-ongedeelde-regio/",
        "activiteit": act.get_absolute_url(),
        "activiteiten": "/activiteiten/",
        "activiteiten-gefilterd": "/activiteiten/?doel=B&jaar=2025&q=Provada",
        "activiteiten-foute-filter": "/activiteiten/?doel=X&jaar=abc&status=onbekend",
        "agenda": "/agenda/",
        "bijeenkomst": bijeenkomst.get_absolute_url(),
        "woningbouw": "/woningbouw/",
        "toegankelijkheid": "/toegankelijkheid/",
        "evaluatie-openbaar": "/evaluatie/",
        "inloggen": "/inloggen/",
        "enquete-ongeldig": "/enquete/onbekende-link/",
        "besluiten": "/besluiten/",
        "besluiten-gefilterd": "/besluiten/?soort=toezegging&jaar=2024",
        "besluit": Besluit.objects.openbaar()
        .filter(termijn__isnull=False)
        .first()
        .get_absolute_url(),
        "niet-gevonden": "/bestaat-niet/",
    }


def werkruimte_paginas() -> dict[str, str]:
    act = Activiteit.objects.filter(lijn__code="A4", jaar=2026).order_by("titel").first()
    spoor = Deelspoor.objects.order_by("nummer").first()
    return {
        "werkruimte": "/werkruimte/",
        "werkruimte-activiteit": f"/werkruimte/activiteiten/{act.slug}/",
        "werkruimte-lijn": f"/werkruimte/lijnen/{act.lijn.slug}/",
        "werkruimte-deelspoor": f"/werkruimte/deelsporen/{spoor.slug}/",
        "dashboard": "/dashboard/",
        "dashboard-doel": "/dashboard/doelen/a-wonen/",
        "dashboard-lijn": f"/dashboard/lijnen/{act.lijn.slug}/",
        "dashboard-activiteit": f"/dashboard/activiteiten/{act.slug}/",
        "dashboard-deelspoor": f"/dashboard/deelsporen/{spoor.slug}/",
        "dashboard-indicator": "/dashboard/indicatoren/3-4100-nieuwbouwwoningen/",
        "dashboard-rapportages": "/dashboard/rapportages/",
        "dashboard-aandacht": "/dashboard/aandacht/",
        "werkruimte-besluiten": "/werkruimte/besluiten/",
        "werkruimte-besluit": Besluit.objects.filter(termijn__isnull=False)
        .first()
        .get_werkruimte_url(),
        "evaluatie": "/dashboard/evaluatie/",
        "api-tokens": "/werkruimte/tokens/",
    }


def beheer_paginas() -> dict[str, str]:
    """Pages only a programme manager sees in full (forms, housing, netwerk)."""
    act = Activiteit.objects.filter(lijn__code="B1", jaar=2026).first()
    w = "/werkruimte/woningbouw"
    n = "/werkruimte/netwerk"
    partner = Partner.objects.filter(is_demo=True).first()
    bijeenkomst = Bijeenkomst.objects.filter(is_demo=True).first()
    return {
        "werkruimte-import": "/werkruimte/excel/import/",
        "activiteit-bewerken": f"/werkruimte/activiteiten/{act.slug}/bewerken/",
        "evaluatie-teksten": "/dashboard/evaluatie/teksten/",
        "evaluatie-oordeel": "/dashboard/evaluatie/oordelen/3-4100-nieuwbouwwoningen/",
        "evaluatie-opvolger": "/dashboard/evaluatie/opvolger/",
        "woondeal": f"{w}/",
        "woondeal-bewerken": f"{w}/bewerken/",
        "woningbouw-afspraken": f"{w}/afspraken/",
        "woningbouw-cijfers": f"{w}/cijfers/",
        "woningbouw-projecten": f"{w}/projecten/",
        "woningbouw-project": Woningbouwproject.objects.first().get_absolute_url(),
        "woningbouw-project-nieuw": f"{w}/projecten/nieuw/",
        "woningbouw-import": f"{w}/projecten/import/",
        "woningbouw-gebieden": f"{w}/gebieden/",
        "woningbouw-gebied": Gebiedsontwikkeling.objects.first().get_absolute_url(),
        "woningbouw-subsidies": f"{w}/subsidies/",
        "woningbouw-subsidie": f"{w}/subsidies/{Subsidieaanvraag.objects.first().pk}/",
        "netwerk": f"{n}/",
        "netwerk-partners": f"{n}/partners/",
        "netwerk-partner": f"{n}/partners/{partner.slug}/",
        "netwerk-partner-bewerken": f"{n}/partners/{partner.slug}/bewerken/",
        "netwerk-bijeenkomsten": f"{n}/bijeenkomsten/",
        "netwerk-bijeenkomst": f"{n}/bijeenkomsten/{bijeenkomst.slug}/",
        "netwerk-bijeenkomst-nieuw": f"{n}/bijeenkomsten/nieuw/",
        "netwerk-acties": f"{n}/acties/",
        "netwerk-lobby": f"{n}/lobby/",
        "netwerk-lobbydossier": f"{n}/lobby/{Lobbydossier.objects.first().slug}/",
        "netwerk-enquetes": f"{n}/enquetes/",
        "netwerk-enquete": f"{n}/enquetes/{Enquete.objects.first().slug}/",
        "besluit-nieuw": "/werkruimte/besluiten/nieuw/",
        "besluit-bewerken": Besluit.objects.first().get_werkruimte_url() + "bewerken/",
        "besluiten-import": "/werkruimte/besluiten/importeren/",
        "netwerk-bijdragen": f"{n}/bijdragen/",
        "netwerk-bijdrage": Bijdrage.objects.get(status="ingediend").get_werkruimte_url(),
        "netwerk-bijdrage-geaccepteerd": (
            Bijdrage.objects.get(status="geaccepteerd").get_werkruimte_url()
        ),
    }


def partner_paginas() -> dict[str, str]:
    """The partner area of the demo account ``partner`` (its organisation's contributions)."""
    eigen = Bijdrage.objects.filter(partner__leden__gebruiker__username="partner")
    wijziging = eigen.get(status="wijziging_gevraagd")
    return {
        "home": "/",
        "activiteiten": "/activiteiten/",
        "partner-bijdragen": "/partner/bijdragen/",
        "partner-bijdrage-nieuw": "/partner/bijdragen/nieuw/",
        "partner-bijdrage": eigen.get(status="geaccepteerd").get_absolute_url(),
        "partner-bijdrage-wijziging": wijziging.get_absolute_url(),
        "partner-bijdrage-bewerken": f"{wijziging.get_absolute_url()}bewerken/",
    }


def importtaak_paginas() -> dict[str, str]:
    """The status pages of two background imports of the programme manager: one running, one
    refused with more errors than the page lists."""
    pm = get_user_model().objects.get(username="programmamanager")
    bezig, _ = Bijwerkimport.objects.get_or_create(
        bestandsnaam="bijwerken-groot.xlsx",
        aangevraagd_door=pm,
        defaults={"status": ImportStatus.BEZIG, "rijen": 1200, "verwerkt": 400},
    )
    fouten = [f"Rij {n}: Fase: 'paars' is onbekend." for n in range(2, 52)]
    afgewezen, _ = Projectimport.objects.get_or_create(
        bestandsnaam="projecten-groot.csv",
        aangevraagd_door=pm,
        defaults={
            "status": ImportStatus.AFGEWEZEN,
            "rijen": 800,
            "verwerkt": 800,
            "fouten": fouten,
            "fouten_aantal": 799,
        },
    )
    return {
        "werkruimte-import-status": bezig.get_absolute_url(),
        "woningbouw-import-status": afgewezen.get_absolute_url(),
    }


def foutpaginas() -> dict[str, tuple[str, dict]]:
    """Forms sent empty or wrong, as a programme manager: the page with its Dutch errors."""
    act = Activiteit.objects.filter(lijn__code="A4", jaar=2026).order_by("titel").first()
    return {
        "statusupdate-fout": (
            f"/werkruimte/activiteiten/{act.slug}/update/",
            {"status": "vertraagd", "voortgang": "120"},
        ),
        "project-fout": ("/werkruimte/woningbouw/projecten/nieuw/", {"naam": ""}),
        "bijeenkomst-fout": ("/werkruimte/netwerk/bijeenkomsten/nieuw/", {"titel": ""}),
        "partner-fout": ("/werkruimte/netwerk/partners/nieuw/", {"naam": ""}),
        "beoordeling-fout": (
            Bijdrage.objects.get(status="ingediend").get_werkruimte_url() + "beoordelen/",
            {"uitkomst": "afwijzen", "reactie": ""},
        ),
        "besluit-fout": ("/werkruimte/besluiten/nieuw/", {"soort": "motie", "titel": ""}),
        "evaluatie-oordeel-fout": (
            "/dashboard/evaluatie/oordelen/3-4100-nieuwbouwwoningen/",
            {"oordeel": "behaald", "reden": ""},
        ),
        "evaluatie-opvolger-fout": (
            "/dashboard/evaluatie/opvolger/",
            {"naam": "", "slug": "api", "startjaar": "2025", "eindjaar": "2024"},
        ),
    }


# The pages that answer with an error status on purpose (the Dutch error pages); all others 200.
FOUTSTATUS = {"enquete-ongeldig": 404, "niet-gevonden": 404, "geen-toegang": 403}


def paginatypen() -> dict[str | None, dict[str, str]]:
    """Per role (``None``: an anonymous visitor) the pages it may open, by name."""
    openbaar = openbare_paginas()
    intern = werkruimte_paginas()
    return {
        ANONIEM: openbaar,
        "programmamanager": {**intern, **beheer_paginas(), **importtaak_paginas()},
        "trekker.wonen": {
            **intern,
            "werkruimte-import": "/werkruimte/excel/import/",
            "tweestapsverificatie-instellen": "/account/tweestapsverificatie/",
        },
        "wethouder": {**intern, "home": "/"},
        "partner": {
            **partner_paginas(),
            "geen-toegang": "/werkruimte/",
            "besluiten": "/besluiten/",
        },
    }
