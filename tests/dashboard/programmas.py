"""Two programmes side by side, each with a marker in every kind of item the dashboard, the
Bestuursrapportage and the evaluation show (used by tests/dashboard and tests/evaluatie).

P1 is the Almelo programme of ``laad_programma`` (2023–2026, the current one, at today's
unprefixed URLs and under ``/stedelijke-ontwikkeling/``); P2 is an archived predecessor
(2019–2022, under ``/binnenstad/``). Each has a goal, a line, an activity with a delayed status
update, an indicator with a measurement, an overdue commitment and a delayed woondeal sub-track,
all named ``MARKER-<soort>-P1`` / ``MARKER-<soort>-P2``.
"""

from __future__ import annotations

import datetime
from dataclasses import dataclass, field

from django.utils import timezone

from activiteiten.constants import Status
from besluiten.models import Besluit
from besluiten.services import besluit_create
from doelen.models import Doel, Programma
from tests.factories import (
    ActiviteitenlijnFactory,
    ActiviteitFactory,
    DoelFactory,
    EffectindicatorFactory,
    MetingFactory,
    ProgrammaFactory,
    StatusupdateFactory,
)
from woondeals.models import Deelspoor, DeelspoorUpdate, Woondeal

SOORTEN = ("DOEL", "LIJN", "ACT", "UPD", "IND", "BES", "DS")


@dataclass
class Kant:
    """One programme with its marker objects."""

    programma: Programma
    tag: str  # "P1" / "P2"
    doel: Doel = None
    lijn: object = None
    activiteit: object = None
    indicator: object = None
    besluit: object = None
    woondeal: object = None
    deelspoor: object = None
    extra: int = field(default=0)

    def marker(self, soort: str) -> str:
        return f"MARKER-{soort}-{self.tag}"

    @property
    def markers(self) -> list[str]:
        return [self.marker(s) for s in SOORTEN]

    @property
    def prefix(self) -> str:
        return f"/{self.programma.slug}"


@dataclass
class TweeProgrammas:
    p1: Kant
    p2: Kant

    @property
    def kanten(self) -> tuple[Kant, Kant]:
        return (self.p1, self.p2)

    def ander(self, kant: Kant) -> Kant:
        return self.p2 if kant is self.p1 else self.p1


def _markers(kant: Kant, *, doel: Doel, woondeal: Woondeal | None, datum: datetime.date) -> None:
    t, slug = kant.tag, kant.tag.lower()
    kant.doel = doel
    kant.lijn = ActiviteitenlijnFactory(
        doel=doel, code=f"{doel.code}9", slug=f"{slug}-marker-lijn", naam=kant.marker("LIJN")
    )
    kant.activiteit = ActiviteitFactory(
        lijn=kant.lijn, titel=kant.marker("ACT"), slug=f"{slug}-marker-act", jaar=datum.year
    )
    StatusupdateFactory(
        activiteit=kant.activiteit,
        status=Status.VERTRAAGD,
        voortgang=20,
        rapportagedatum=datum,
        toelichting=kant.marker("UPD"),
    )
    kant.indicator = EffectindicatorFactory(
        doel=doel, nummer=90, slug=f"{slug}-marker-ind", tekst=kant.marker("IND")
    )
    MetingFactory(indicator=kant.indicator, datum=datum)
    kant.besluit = besluit_create(
        programma=kant.programma,
        soort="toezegging",
        kenmerk=f"TZ {t}",
        datum=datum - datetime.timedelta(days=200),
        titel=kant.marker("BES"),
        openbaar=True,
        termijn=datum - datetime.timedelta(days=100),
        status="open",
    )
    kant.woondeal = woondeal or Woondeal.objects.create(
        regio=f"Regio {t}", gemeente="Almelo", slug=f"{slug}-woondeal", lijn=kant.lijn
    )
    kant.deelspoor = Deelspoor.objects.create(
        woondeal=kant.woondeal, nummer=90, naam=kant.marker("DS"), slug=f"{slug}-marker-ds"
    )
    DeelspoorUpdate.objects.create(
        deelspoor=kant.deelspoor,
        status=Status.VERTRAAGD,
        voortgang=10,
        rapportagedatum=datum,
        toelichting=f"Update van {kant.marker('DS')}",
    )


def twee_programmas_maken(p1: Programma) -> TweeProgrammas:
    """P1 (``p1``, loaded by ``laad_programma``) and an archived P2, each with its markers. P2
    is archived last, after its data was recorded."""
    p2 = ProgrammaFactory(
        slug="binnenstad",
        naam="Programma Binnenstad",
        missie="Missie van de binnenstad.",
        startjaar=2019,
        eindjaar=2022,
    )
    kant1, kant2 = Kant(p1, "P1"), Kant(p2, "P2")
    doel1 = Doel.objects.get(programma=p1, code="A")
    doel1.titel = kant1.marker("DOEL")
    doel1.save()
    _markers(
        kant1,
        doel=doel1,
        woondeal=Woondeal.objects.filter(lijn__doel__programma=p1).first(),
        datum=datetime.date(2025, 10, 1),
    )
    doel2 = DoelFactory(programma=p2, code="A", slug="p2-doel-a", titel=kant2.marker("DOEL"))
    _markers(kant2, doel=doel2, woondeal=None, datum=datetime.date(2022, 6, 1))
    p2.gearchiveerd_op = timezone.now()
    p2.save(update_fields=["gearchiveerd_op"])
    return TweeProgrammas(kant1, kant2)


def meer_gegevens(kant: Kant, aantal: int) -> None:
    """``aantal`` more delayed activities, indicators with a measurement, overdue commitments and
    delayed sub-tracks in the programme of ``kant`` (the query-count tests at 1× and 10×). An
    archived programme is opened for the moment it takes and archived again."""
    programma = kant.programma
    gearchiveerd_op = programma.gearchiveerd_op
    Programma.objects.filter(pk=programma.pk).update(gearchiveerd_op=None)
    datum = kant.activiteit.statusupdates.get().rapportagedatum
    t = kant.tag.lower()
    for n in range(kant.extra, kant.extra + aantal):
        act = ActiviteitFactory(
            lijn=kant.lijn, titel=f"Extra {kant.tag} {n}", slug=f"{t}-xa-{n}", jaar=datum.year
        )
        StatusupdateFactory(activiteit=act, status=Status.VERTRAAGD, rapportagedatum=datum)
        ind = EffectindicatorFactory(doel=kant.doel, nummer=100 + n, slug=f"{t}-xi-{n}")
        MetingFactory(indicator=ind, datum=datum)
        Besluit.objects.create(
            programma=programma,
            soort="toezegging",
            kenmerk=f"TZ {kant.tag} {n}",
            slug=f"{t}-xb-{n}",
            datum=kant.besluit.datum,
            titel=f"Extra toezegging {kant.tag} {n}",
            openbaar=True,
            termijn=kant.besluit.termijn,
            status="open",
        )
        spoor = Deelspoor.objects.create(
            woondeal=kant.woondeal, nummer=100 + n, naam=f"Extra {n}", slug=f"{t}-xd-{n}"
        )
        DeelspoorUpdate.objects.create(
            deelspoor=spoor, status=Status.VERTRAAGD, voortgang=5, rapportagedatum=datum
        )
    kant.extra += aantal
    Programma.objects.filter(pk=programma.pk).update(gearchiveerd_op=gearchiveerd_op)
