import datetime
import random

import pytest
from django.contrib.auth import get_user_model
from django.utils import timezone


@pytest.fixture
def netwerk_demo(demo):
    """The full demo data plus the netwerk demo (contact persons, actions, lobby log, surveys)."""
    from netwerk.demo import laad_netwerk_demo

    laad_netwerk_demo(random.Random(2026), 1)
    return demo


@pytest.fixture
def netwerk_basis(programma):
    """Fast: the programme, the demo accounts as line leads, and one of each netwerk object."""
    from activiteiten.models import Activiteitenlijn
    from almelo_programma.laden import TREKKER_PER_DOEL, maak_demo_gebruikers
    from netwerk import services
    from netwerk.models import Lobbydossier

    gebruikers = maak_demo_gebruikers()
    for lijn in Activiteitenlijn.objects.select_related("doel"):
        lijn.trekker = gebruikers[TREKKER_PER_DOEL[lijn.doel.code]]
        lijn.save(update_fields=["trekker"])
    partner = services.partner_create(naam="Woonstichting Test", soort="corporatie")
    persoon = services.contactpersoon_create(
        partner=partner, naam="Jantje Geheim", email="jantje.geheim@example.invalid"
    )
    start = timezone.now() + datetime.timedelta(days=10)
    bijeenkomst = services.bijeenkomst_create(
        titel="Platformbijeenkomst najaar",
        soort="platformbijeenkomst",
        start=start,
        partners=[partner],
        lijnen=list(Activiteitenlijn.objects.filter(code="B3")),
        interne_notities="Vertrouwelijk: wethouder twijfelt over locatie.",
        openbare_samenvatting="Het platform besprak de woningbouwagenda.",
        openbaar=True,
    )
    actie = services.vervolgactie_create(
        bijeenkomst=bijeenkomst,
        omschrijving="Geheime vervolgactie uitwerken",
        eigenaar=gebruikers["trekker.netwerk"],
        deadline=timezone.localdate() + datetime.timedelta(days=7),
    )
    dossier = Lobbydossier.objects.get()
    contact = services.lobbycontact_create(
        dossier=dossier,
        datum=timezone.localdate(),
        met_wie="Ministerie van BZK",
        samenvatting="Vertrouwelijk lobbygesprek over de woningbouwimpuls.",
        partner=partner,
        door=gebruikers["trekker.netwerk"],
    )
    enquete = services.enquete_create(
        titel="Partnerenquête test",
        periode_start=timezone.localdate() - datetime.timedelta(days=30),
        periode_einde=timezone.localdate() + datetime.timedelta(days=30),
    )
    return {
        "gebruikers": gebruikers,
        "partner": partner,
        "persoon": persoon,
        "bijeenkomst": bijeenkomst,
        "actie": actie,
        "dossier": dossier,
        "contact": contact,
        "enquete": enquete,
    }


@pytest.fixture
def gebruikers(netwerk_basis):
    return netwerk_basis["gebruikers"]


@pytest.fixture
def als(client, netwerk_basis):
    """``als("trekker.netwerk")`` logs the test client in as that demo user."""

    def inloggen(username):
        client.force_login(get_user_model().objects.get(username=username))
        return client

    return inloggen


@pytest.fixture(autouse=True)
def snelle_wachtwoorden(settings):
    """The demo accounts' passwords are hashed with a fast hasher in these tests."""
    settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]


@pytest.fixture
def bijdragen_basis(programma):
    """Partners' contributions: two organisations X and Y with a partner user each (X's is the
    demo account ``partner``), the demo accounts as line leads, line A4 (lead trekker.wonen)
    and indicator 3. Celery runs tasks inline so the e-mails land in ``mail.outbox``."""
    from types import SimpleNamespace

    from activiteiten.models import Activiteitenlijn
    from almelo_programma.celery import app
    from almelo_programma.kern.rechten import PARTNER
    from almelo_programma.laden import TREKKER_PER_DOEL, maak_demo_gebruikers
    from doelen.models import Effectindicator
    from netwerk import services
    from netwerk.models import Partnerlidmaatschap
    from tests.factories import UserFactory

    gebruikers = maak_demo_gebruikers()
    for lijn in Activiteitenlijn.objects.select_related("doel"):
        lijn.trekker = gebruikers[TREKKER_PER_DOEL[lijn.doel.code]]
        lijn.save(update_fields=["trekker"])
    x = services.partner_create(naam="Woonstichting X", soort="corporatie")
    y = services.partner_create(naam="Ontwikkelaar Y", soort="marktpartij")
    px = gebruikers["partner"]
    py = UserFactory(username="partner.y", first_name="Yvonne", last_name="Geheim", rol=PARTNER)
    zonder = UserFactory(username="partner.los", rol=PARTNER)  # partner role, no organisation
    Partnerlidmaatschap.objects.create(gebruiker=px, partner=x)
    Partnerlidmaatschap.objects.create(gebruiker=py, partner=y)
    vorig = app.conf.task_always_eager
    app.conf.task_always_eager = True
    yield SimpleNamespace(
        gebruikers=gebruikers,
        x=x,
        y=y,
        px=px,
        py=py,
        zonder=zonder,
        pm=gebruikers["programmamanager"],
        trekker=gebruikers["trekker.wonen"],
        ander=gebruikers["trekker.kennis"],
        bestuurder=gebruikers["wethouder"],
        lijn=Activiteitenlijn.objects.get(code="A4"),
        indicator=Effectindicator.objects.get(nummer=3),
    )
    app.conf.task_always_eager = vorig
