"""Shared set-up of the werkruimte tests: the programme, one user per role, led lines."""

from dataclasses import dataclass

import pytest
from django.test import Client

from activiteiten.models import Activiteit, Activiteitenlijn
from activiteiten.selectors import te_rapporteren_periode
from almelo_programma.kern import rechten as roles
from tests.factories import ActiviteitFactory, UserFactory
from woondeals.models import Deelspoor

WACHTWOORD = "geheim-wachtwoord-123"


@pytest.fixture(autouse=True)
def snelle_wachtwoorden(settings):
    """Hashing test passwords with PBKDF2 costs seconds per test; security is not under test."""
    settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]


@dataclass
class Werk:
    periode: object
    pm: object
    trekker_a: object  # leads line A4 (and so the woondeal sub-tracks)
    trekker_b: object  # leads line B1
    bestuurder: object
    partner: object
    geen_rol: object
    act_a: Activiteit
    act_b: Activiteit
    lijn_a: Activiteitenlijn
    lijn_b: Activiteitenlijn
    spoor: Deelspoor

    def client(self, user) -> Client:
        c = Client()
        if user is not None:
            c.force_login(user)
        return c


@pytest.fixture
def werk(programma) -> Werk:
    periode = te_rapporteren_periode()
    pm = UserFactory(username="pm", rol=roles.PROGRAMMAMANAGER, first_name="Petra")
    trekker_a = UserFactory(username="trekker.a", rol=roles.LIJNTREKKER, first_name="Anna")
    trekker_b = UserFactory(username="trekker.b", rol=roles.LIJNTREKKER, first_name="Bart")
    bestuurder = UserFactory(username="wethouder.x", rol=roles.BESTUURDER)
    partner = UserFactory(username="partner.x", rol=roles.PARTNER)
    geen_rol = UserFactory(username="zonder.rol")
    lijn_a = Activiteitenlijn.objects.get(code="A4")
    lijn_b = Activiteitenlijn.objects.get(code="B1")
    Activiteitenlijn.objects.filter(pk=lijn_a.pk).update(trekker=trekker_a)
    Activiteitenlijn.objects.filter(pk=lijn_b.pk).update(trekker=trekker_b)
    lijn_a.refresh_from_db()
    lijn_b.refresh_from_db()
    act_a = ActiviteitFactory(lijn=lijn_a, jaar=periode.jaar, titel="Woondeal uitwerken", slug="wd")
    act_b = ActiviteitFactory(lijn=lijn_b, jaar=periode.jaar, titel="Stadscafé", slug="sc")
    spoor = Deelspoor.objects.order_by("nummer").first()
    return Werk(
        periode, pm, trekker_a, trekker_b, bestuurder, partner, geen_rol,
        act_a, act_b, lijn_a, lijn_b, spoor,
    )  # fmt: skip


@pytest.fixture
def twee(programma):
    """Two programmes side by side, each with its markers (``tests/werkruimte/programmas.py``)."""
    from tests.werkruimte.programmas import twee_programmas

    return twee_programmas(programma)
