"""Two programmes side by side, for the tests of the werkruimte, the decisions and the rights per
programme: the Almelo programme (P1, the current one, as ``laad_programma`` loads it) and a
second programme (P2, ``/leefbare-wijken/…``) of the same years, each with an activity, a
sub-track and decisions whose titles carry a unique marker ("MARKER-P1", "MARKER-P2").

Users with a role only in P1 (``pm1``, ``trekker1``, ``wethouder1``), and users with a role in
both (``pm_beide``; ``trekker_beide`` leads a line in each programme)."""

import datetime
from dataclasses import dataclass

from django.test import Client

from activiteiten.models import Activiteit, Activiteitenlijn
from activiteiten.selectors import te_rapporteren_periode
from almelo_programma.kern import rechten as roles
from besluiten.models import Besluit
from besluiten.services import besluit_create
from doelen.models import Doel, Programma
from tests.factories import ActiviteitenlijnFactory, ActiviteitFactory, UserFactory
from woondeals.models import Deelspoor, Woondeal

P2_SLUG = "leefbare-wijken"


@dataclass
class Twee:
    periode: object
    p1: Programma
    p2: Programma
    pm1: object
    trekker1: object
    wethouder1: object
    pm_beide: object
    trekker_beide: object
    lijn1: Activiteitenlijn
    lijn2: Activiteitenlijn
    act1: Activiteit
    act2: Activiteit
    spoor1: Deelspoor
    spoor2: Deelspoor
    besluit1: Besluit
    besluit2: Besluit

    @staticmethod
    def client(user) -> Client:
        c = Client()
        c.force_login(user)
        return c

    @staticmethod
    def url(programma, pad: str) -> str:
        """``pad`` (e.g. "/werkruimte/") under the stable address of ``programma``."""
        return f"/{programma.slug}{pad}"


def twee_programmas(p1: Programma) -> Twee:
    periode = te_rapporteren_periode()
    # the same years as P1 and made later: P1 stays the current programme (unprefixed URLs)
    p2 = Programma.objects.create(
        naam="Programma Leefbare Wijken",
        slug=P2_SLUG,
        missie="Samen met de wijken.",
        startjaar=p1.startjaar,
        eindjaar=p1.eindjaar,
    )
    pm1 = UserFactory(username="pm.p1", rol=roles.PROGRAMMAMANAGER, rol__programmas=[p1])
    trekker1 = UserFactory(username="trekker.p1", rol=roles.LIJNTREKKER, rol__programmas=[p1])
    wethouder1 = UserFactory(username="wethouder.p1", rol=roles.BESTUURDER, rol__programmas=[p1])
    pm_beide = UserFactory(
        username="pm.beide", rol=roles.PROGRAMMAMANAGER, rol__programmas=[p1, p2]
    )
    trekker_beide = UserFactory(
        username="trekker.beide", rol=roles.LIJNTREKKER, rol__programmas=[p1, p2]
    )
    lijn1 = Activiteitenlijn.objects.get(doel__programma=p1, code="A4")  # the woondeal's line
    Activiteitenlijn.objects.filter(pk=lijn1.pk).update(trekker=trekker1)
    lijn1.refresh_from_db()
    doel2 = Doel.objects.create(
        programma=p2, code="A", slug="lw-doel-a", titel="Wijken", omschrijving="Omschrijving."
    )
    lijn2 = ActiviteitenlijnFactory(doel=doel2, code="A1", slug="lw-lijn-a1", trekker=trekker_beide)
    # trekker_beide also leads a line in P1 (besides trekker1's line)
    lijn1b = Activiteitenlijn.objects.get(doel__programma=p1, code="B1")
    Activiteitenlijn.objects.filter(pk=lijn1b.pk).update(trekker=trekker_beide)
    act1 = ActiviteitFactory(
        lijn=lijn1, jaar=periode.jaar, titel="MARKER-P1 activiteit", slug="marker-p1"
    )
    ActiviteitFactory(
        lijn=lijn1b, jaar=periode.jaar, titel="MARKER-P1 stadscafé", slug="marker-p1-b"
    )
    act2 = ActiviteitFactory(
        lijn=lijn2, jaar=periode.jaar, titel="MARKER-P2 activiteit", slug="marker-p2"
    )
    spoor1 = Deelspoor.objects.filter(woondeal__lijn__doel__programma=p1).order_by("nummer")[0]
    Deelspoor.objects.filter(pk=spoor1.pk).update(naam="MARKER-P1 deelspoor")
    spoor1.refresh_from_db()
    woondeal2 = Woondeal.objects.create(
        regio="Wijkenregio", gemeente="Almelo", slug="lw-woondeal", lijn=lijn2
    )
    spoor2 = Deelspoor.objects.create(
        woondeal=woondeal2, nummer=1, naam="MARKER-P2 deelspoor", slug="lw-deelspoor-1"
    )
    termijn_voorbij = periode.startdatum - datetime.timedelta(days=30)
    besluit1 = besluit_create(
        programma=p1,
        soort="toezegging",
        kenmerk="TZ P1-1",
        datum=termijn_voorbij - datetime.timedelta(days=30),
        titel="MARKER-P1 besluit",
        eigenaar=trekker_beide,
        termijn=termijn_voorbij,
        status="open",
        openbaar=True,
    )
    besluit2 = besluit_create(
        programma=p2,
        soort="toezegging",
        kenmerk="TZ P2-1",
        datum=termijn_voorbij - datetime.timedelta(days=30),
        titel="MARKER-P2 besluit",
        eigenaar=trekker_beide,
        termijn=termijn_voorbij,
        status="open",
        openbaar=True,
    )
    return Twee(
        periode, p1, p2, pm1, trekker1, wethouder1, pm_beide, trekker_beide,
        lijn1, lijn2, act1, act2, spoor1, spoor2, besluit1, besluit2,
    )  # fmt: skip
