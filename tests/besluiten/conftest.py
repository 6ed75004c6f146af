import datetime

import pytest

from doelen.models import Programma


@pytest.fixture
def gebruikers(programma):
    """The demo accounts (one per role), the line leads set as in the demo."""
    from activiteiten.models import Activiteitenlijn
    from almelo_programma.laden import TREKKER_PER_DOEL, maak_demo_gebruikers

    gebruikers = maak_demo_gebruikers()
    for lijn in Activiteitenlijn.objects.select_related("doel"):
        lijn.trekker = gebruikers[TREKKER_PER_DOEL[lijn.doel.code]]
        lijn.save(update_fields=["trekker"])
    return gebruikers


@pytest.fixture
def besluiten(gebruikers):
    """Three decisions: a public council decision on line A1 and one of its activities, a
    non-public college decision on the same activity, and an overdue public commitment owned by
    the A-lines' lead."""
    from activiteiten.models import Activiteitenlijn
    from besluiten.services import besluit_create
    from tests.factories import ActiviteitFactory

    lijn = Activiteitenlijn.objects.get(code="A1")
    activiteit = ActiviteitFactory(lijn=lijn, titel="Uitvoeringsagenda wonen opstellen")
    openbaar = besluit_create(
        programma=Programma.objects.get(),
        soort="raadsbesluit",
        kenmerk="RB 2025-114",
        datum=datetime.date(2025, 3, 12),
        titel="Vaststelling uitvoeringsagenda wonen",
        samenvatting="De raad stelt de uitvoeringsagenda vast.",
        url="https://almelo.bestuurlijkeinformatie.nl/Agenda/Index/1",
        openbaar=True,
        lijnen=[lijn],
        activiteiten=[activiteit],
    )
    geheim = besluit_create(
        programma=Programma.objects.get(),
        soort="collegebesluit",
        kenmerk="CB 2025-7",
        datum=datetime.date(2025, 4, 1),
        titel="Vertrouwelijk grondaankoopbesluit",
        openbaar=False,
        lijnen=[lijn],
        activiteiten=[activiteit],
    )
    toezegging = besluit_create(
        programma=Programma.objects.get(),
        soort="toezegging",
        kenmerk="TZ 2025-3",
        datum=datetime.date(2025, 1, 20),
        titel="Raad informeren over de woningbouwimpuls",
        openbaar=True,
        eigenaar=gebruikers["trekker.wonen"],
        termijn=datetime.date(2025, 6, 1),
        status="open",
        lijnen=[lijn],
    )
    return {
        "openbaar": openbaar,
        "geheim": geheim,
        "toezegging": toezegging,
        "lijn": lijn,
        "activiteit": activiteit,
    }
