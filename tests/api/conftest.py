"""Two programmes side by side for the API tests: the Almelo programme (2023–2026, the current
one) and a successor (2027–2030), each with one item of every kind whose text carries the
programme's marker (MARKER-P1, MARKER-P2)."""

import dataclasses
import datetime

import pytest

from activiteiten.models import Activiteit, Activiteitenlijn, Statusupdate
from besluiten.models import Besluit
from doelen.models import Doel, Effectindicator, Programma
from tests.factories import (
    ActiviteitenlijnFactory,
    ActiviteitFactory,
    DoelFactory,
    EffectindicatorFactory,
    ProgrammaFactory,
    StatusupdateFactory,
)
from woondeals.models import Deelspoor, Woondeal


@dataclasses.dataclass
class Kant:
    """One programme's items, each with the marker in its text."""

    programma: Programma
    marker: str
    doel: Doel
    indicator: Effectindicator
    lijn: Activiteitenlijn
    activiteit: Activiteit
    update: Statusupdate
    deelspoor: Deelspoor
    besluit: Besluit


def kant_maken(programma: Programma, marker: str, *, doel: Doel | None = None, nr: int = 0) -> Kant:
    """Give ``programma`` one item of every kind with ``marker`` (``nr`` keeps slugs apart)."""
    sleutel = marker.lower()
    if doel is None:
        doel = DoelFactory(programma=programma, code="A", slug=f"doel-{sleutel}")
    doel.titel = f"{marker} doel"
    doel.save()
    indicator = EffectindicatorFactory(
        doel=doel, nummer=90 + nr, slug=f"indicator-{sleutel}", tekst=f"{marker} indicator"
    )
    lijn = ActiviteitenlijnFactory(
        doel=doel, code=f"A{10 + nr}", slug=f"lijn-{sleutel}", naam=f"{marker} lijn"
    )
    activiteit = ActiviteitFactory(
        lijn=lijn, jaar=programma.startjaar, slug=f"activiteit-{sleutel}", titel=f"{marker} act"
    )
    update = StatusupdateFactory(
        activiteit=activiteit,
        rapportagedatum=datetime.date(programma.startjaar, 3, 31),
        toelichting=f"{marker} update",
    )
    woondeal = Woondeal.objects.create(
        regio=f"Regio {marker}",
        gemeente=f"Gemeente {marker}",
        slug=f"woondeal-{sleutel}",
        lijn=lijn,
    )
    deelspoor = Deelspoor.objects.create(
        woondeal=woondeal, nummer=1, naam=f"{marker} deelspoor", slug=f"deelspoor-{sleutel}"
    )
    besluit = Besluit.objects.create(
        programma=programma,
        soort="collegebesluit",
        kenmerk=f"B {marker}",
        slug=f"besluit-{sleutel}",
        datum=datetime.date(programma.startjaar, 5, 1),
        titel=f"{marker} besluit",
        openbaar=True,
    )
    return Kant(programma, marker, doel, indicator, lijn, activiteit, update, deelspoor, besluit)


@dataclasses.dataclass
class TweeProgrammas:
    p1: Kant
    p2: Kant


@pytest.fixture
def twee_programmas(programma) -> TweeProgrammas:
    """The Almelo programme (current) and its successor (2027–2030), with markers in each."""
    opvolger = ProgrammaFactory(
        naam="Opvolger Stedelijke Ontwikkeling",
        slug="opvolger",
        missie="Verder bouwen.",
        startjaar=2027,
        eindjaar=2030,
        voorganger=programma,
    )
    p1 = kant_maken(programma, "MARKER-P1", doel=programma.doelen.get(code="A"), nr=0)
    p2 = kant_maken(opvolger, "MARKER-P2", nr=1)
    return TweeProgrammas(p1, p2)
