"""The facts of the accessibility statement (``/toegankelijkheid/``), following the Dutch model
statement (modelverklaring, Besluit digitale toegankelijkheid overheid).

Keep them true: change a date when the check is done again, add a known problem when one is
found and remove it only when the fix is released. The tests check that the page shows every
item here and that the dates are in order.
"""

import datetime

ORGANISATIE = "Gemeente Almelo"
OPGESTELD_OP = datetime.date(2026, 11, 30)  # date of this statement
LAATST_GECONTROLEERD = datetime.date(2026, 11, 30)  # last check (see HOE_GECONTROLEERD)
ONDERZOEK_GEPLAND = datetime.date(2027, 6, 30)  # independent audit, planned by the programme team
NALEVINGSSTATUS = "C"
NALEVINGSSTATUS_LABEL = "eerste maatregelen genomen"
REGISTER_URL = "https://www.toegankelijkheidsverklaring.nl/register"

# The URLs the statement covers (paths below SITE_URL).
IN_SCOPE = [
    ("/", "de voortgangspagina"),
    (
        "/programmas/",
        "de programma's, ieder (ook gearchiveerd) met dezelfde pagina's op een eigen adres",
    ),
    ("/doelen/…", "de doelen"),
    ("/indicatoren/…", "de effectindicatoren"),
    ("/lijnen/…", "de activiteitenlijnen"),
    ("/activiteiten/", "de activiteitenlijst en de pagina's van activiteiten"),
    ("/agenda/", "de agenda en de pagina's van bijeenkomsten"),
    ("/woningbouw/", "de woningbouwcijfers"),
    ("/toegankelijkheid/", "deze verklaring"),
    ("/inloggen/", "het inloggen voor medewerkers"),
    ("/werkruimte/", "de werkruimte van medewerkers, met de woningbouw- en netwerkpagina's"),
    ("/dashboard/", "het dashboard en de Bestuursrapportage (pdf) van bestuurders"),
    ("/enquete/…", "de partnerenquête"),
]

HOE_GECONTROLEERD = [
    "Bij iedere wijziging van de software toetst axe-core elk paginatype, voor iedere rol, "
    "op de WCAG 2.1-succescriteria van niveau A en AA.",
    "Bij iedere wijziging controleert de Nu HTML Checker (van het W3C) de HTML van elk paginatype.",
    "Bij iedere wijziging opent een browser elk paginatype in een venster van 320 CSS-pixels "
    "breed en controleert dat de pagina niet horizontaal scrolt (herschikken, WCAG 1.4.10).",
    "De Bestuursrapportage is een getagde pdf (PDF/UA-1) met taal en titel; dat wordt bij iedere "
    "wijziging gecontroleerd.",
]

# Known problems that are not solved yet: (what, why / what to do instead).
BEKENDE_PROBLEMEN = [
    (
        "Er heeft nog geen onafhankelijk onderzoek door een deskundige partij plaatsgevonden.",
        "Automatische toetsen vinden niet alle problemen. Het onderzoek is gepland; tot dan is "
        "de status C.",
    ),
    (
        "Toelichtingen bij statusupdates en metingen zijn niet altijd in eenvoudige taal.",
        "Medewerkers schrijven ze zelf. Vraag ons om uitleg als een tekst onduidelijk is.",
    ),
    (
        "De Excel-bestanden om bij te werken en de CSV-downloads zijn niet op toegankelijkheid "
        "onderzocht.",
        "Alle gegevens erin staan ook op de pagina's van het portaal.",
    ),
    (
        "De documentatie van de open-data-API (/api/v1/docs/ en /api/v1/redoc/) gebruikt "
        "software van derden die niet op toegankelijkheid is onderzocht.",
        "Het schema /api/v1/schema/ beschrijft dezelfde API als tekst.",
    ),
    (
        "Het beheer (/admin/) valt buiten deze verklaring.",
        "Het is alleen bedoeld voor beheerders; medewerkers werken bij in de werkruimte.",
    ),
    (
        "Zolang het portaal met voorbeeldgegevens draait, zijn veel cijfers niet echt.",
        "Ze zijn gemarkeerd met 'Demo'.",
    ),
]


def verklaring() -> dict:
    return {
        "organisatie": ORGANISATIE,
        "opgesteld_op": OPGESTELD_OP,
        "laatst_gecontroleerd": LAATST_GECONTROLEERD,
        "onderzoek_gepland": ONDERZOEK_GEPLAND,
        "nalevingsstatus": NALEVINGSSTATUS,
        "nalevingsstatus_label": NALEVINGSSTATUS_LABEL,
        "register_url": REGISTER_URL,
        "in_scope": IN_SCOPE,
        "hoe_gecontroleerd": HOE_GECONTROLEERD,
        "bekende_problemen": BEKENDE_PROBLEMEN,
    }
