import pytest

from activiteiten.models import Activiteitenlijn
from tests.factories import PartnerFactory, RealisatieFactory, UserFactory, WoningbouwprojectFactory
from woondeals.constants import Planstatus

from .factories import GebiedsontwikkelingFactory


@pytest.fixture
def pm(programma):
    return UserFactory(username="pm", rol="programmamanager")


@pytest.fixture
def a4_trekker(programma):
    user = UserFactory(username="a4", rol="lijntrekker")
    Activiteitenlijn.objects.filter(code="A4").update(trekker=user)
    return user


@pytest.fixture
def bekende_projecten(programma):
    """Three projects whose figures the tests compute by hand (see test_cijfers.py)."""
    gebied = GebiedsontwikkelingFactory(naam="Stationsgebied", slug="stationsgebied")
    corporatie = PartnerFactory(naam="Corporatie Noord", slug="corporatie-noord")
    a = WoningbouwprojectFactory(
        naam="A",
        slug="a",
        wijk="Centrum",
        gebiedsontwikkeling=gebied,
        ontwikkelaar=corporatie,
        planstatus=Planstatus.HARD,
        sociale_huur=30,
        middenhuur=20,
        betaalbare_koop=10,
        vrije_sector=40,
        verwacht_startjaar=2024,
        verwacht_opleverjaar=2026,
    )
    b = WoningbouwprojectFactory(
        naam="B",
        slug="b",
        wijk="Centrum",
        planstatus=Planstatus.ZACHT,
        sociale_huur=0,
        middenhuur=0,
        betaalbare_koop=0,
        vrije_sector=50,
        verwacht_startjaar=None,
        verwacht_opleverjaar=None,
    )
    c = WoningbouwprojectFactory(
        naam="C",
        slug="c",
        wijk="Hofkamp",
        gebiedsontwikkeling=gebied,
        planstatus=Planstatus.HARD,
        sociale_huur=10,
        middenhuur=10,
        betaalbare_koop=10,
        vrije_sector=10,
        verwacht_startjaar=2025,
        verwacht_opleverjaar=2025,
    )
    RealisatieFactory(project=a, jaar=2024, gestart=100, opgeleverd=0)
    RealisatieFactory(project=a, jaar=2026, gestart=0, opgeleverd=60)
    RealisatieFactory(project=c, jaar=2025, gestart=40, opgeleverd=40)
    return {"a": a, "b": b, "c": c, "gebied": gebied, "corporatie": corporatie}
