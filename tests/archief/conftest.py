"""Shared set-up of the archive tests: the Almelo programme with some data of every kind, its
end evaluation vastgesteld and the programme archived; a successor that is the current one."""

import datetime
from dataclasses import dataclass

import pytest
from django.apps import apps
from django.test import Client

from activiteiten.models import Activiteit, Activiteitenlijn
from besluiten.constants import BesluitSoort
from besluiten.models import Besluit
from doelen.models import Effectindicator, Programma
from doelen.services import meting_create
from evaluatie import archief, services
from tests.factories import ActiviteitFactory, ProgrammaFactory, StatusupdateFactory, UserFactory
from woondeals.models import Deelspoor


@pytest.fixture(autouse=True)
def snelle_wachtwoorden(settings):
    settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]


@dataclass
class Archief:
    programma: Programma  # archived
    opvolger: Programma  # the current programme
    pm: object  # programme manager of both
    activiteit: Activiteit
    lijn: Activiteitenlijn
    spoor: Deelspoor
    besluit: Besluit
    indicator: Effectindicator

    def client(self, user=None) -> Client:
        c = Client()
        c.force_login(user or self.pm)
        return c

    @property
    def prefix(self) -> str:
        return f"/{self.programma.slug}"


def vaststellen(programma, door):
    ev = services.eindevaluatie_get_or_create(programma)
    ev = services.status_wijzigen(ev, naar="ter_vaststelling", door=door)
    return services.status_wijzigen(
        ev,
        naar="vastgesteld",
        door=door,
        vastgesteld_op=datetime.date(2026, 12, 15),
        besluitkenmerk="COL-2026-123",
    )


def vingerafdruk() -> dict:
    """Row counts of every programme-owned model and of its history, and the programme rows
    with their history: equal before and after means nothing was written."""
    telling = {}
    for model in archief.bewaakte_modellen():
        telling[model._meta.label] = model.objects.count()
        if hasattr(model, "history"):
            telling[f"{model._meta.label} (historie)"] = model.history.count()
    telling["programmas"] = list(Programma.objects.order_by("pk").values())
    telling["programmas (historie)"] = Programma.history.count()
    for label in ("activiteiten.Volger",):
        telling[label] = apps.get_model(label).objects.count()
    return telling


def vingerafdruk_van(programma) -> dict:
    """Row counts of ``programma``'s own rows (and their history) per model."""
    telling = {}
    for model in archief.bewaakte_modellen():
        pad = archief._pad(model)
        telling[model._meta.label] = model.objects.filter(**{pad: programma}).count()
        if hasattr(model, "history"):
            telling[f"{model._meta.label} (historie)"] = model.history.filter(
                **{pad: programma}
            ).count()
    telling["programma"] = Programma.objects.filter(pk=programma.pk).values().get()
    telling["programma (historie)"] = programma.history.count()
    return telling


@pytest.fixture
def opgezet(programma):
    """The programme with data, not yet archived (its evaluation vastgesteld)."""
    # the successor starts in the last year of the old one (so a date in 2026 is valid in
    # both, whichever programme a validation reads) and is the current programme
    opvolger = ProgrammaFactory(
        naam="Opvolger 2026–2029", slug="opvolger-2026", startjaar=2026, eindjaar=2029
    )
    pm = UserFactory(username="pm", rol="programmamanager")  # in both programmes
    lijn = Activiteitenlijn.objects.get(code="A4")
    act = ActiviteitFactory(lijn=lijn, jaar=2026, titel="MARKER-ARCHIEF", slug="archief-act")
    StatusupdateFactory(activiteit=act, voortgang=30, rapportagedatum=datetime.date(2026, 4, 30))
    indicator = Effectindicator.objects.get(nummer=3)
    meting_create(indicator=indicator, datum=datetime.date(2026, 6, 1), waarde=2000)
    besluit = Besluit.objects.create(
        programma=programma,
        soort=BesluitSoort.values[0],
        kenmerk="B-2026-1",
        slug="b-2026-1",
        titel="MARKER-BESLUIT",
        datum=datetime.date(2026, 3, 1),
    )
    spoor = Deelspoor.objects.order_by("nummer").first()
    vaststellen(programma, pm)
    return Archief(programma, opvolger, pm, act, lijn, spoor, besluit, indicator)


@pytest.fixture
def gearchiveerd(opgezet) -> Archief:
    """The same, archived."""
    opgezet.programma = archief.programma_archiveren(programma=opgezet.programma, door=opgezet.pm)
    return opgezet
