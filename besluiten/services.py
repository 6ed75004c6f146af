"""Writes of decisions: keyword-only, validated in full, in one transaction."""

from django.core.exceptions import ValidationError
from django.db import transaction

from almelo_programma.kern.programmas import controleer_schrijfbaar, programma_van
from almelo_programma.kern.services import model_bijwerken
from almelo_programma.kern.slugs import unieke_slug

from .models import Besluit

KOPPELINGEN = (
    "doelen", "lijnen", "activiteiten", "indicatoren", "woondeals", "deelsporen", "projecten",
    "subsidieaanvragen",
)  # fmt: skip
VELDEN = (
    "soort", "kenmerk", "datum", "titel", "samenvatting", "url", "openbaar", "herkomst",
    "eigenaar", "termijn", "status", "wijze_van_afdoening", "afdoeningsdatum", *KOPPELINGEN,
)  # fmt: skip


def _slugtekst(kenmerk: str, titel: str) -> str:
    return f"{kenmerk} {titel}"[:120]


def _koppelingen_controleren(programma, koppelingen: dict) -> None:
    """A decision links only to goals, lines, activities, indicators, the woondeal and
    sub-tracks of its own programme (projects and subsidies belong to the municipality)."""
    fouten = {}
    for veld, objecten in koppelingen.items():
        vreemd = [
            obj
            for obj in objecten
            if hasattr(obj, "PROGRAMMA_PAD") and programma_van(obj) not in (None, programma)
        ]
        if vreemd:
            fouten[veld] = (
                f"{', '.join(str(o) for o in vreemd)} hoort bij een ander programma dan "
                f"'{programma.naam}'."
            )
    if fouten:
        raise ValidationError(fouten)


@transaction.atomic
def besluit_create(*, programma, **data) -> Besluit:
    """A new decision of ``programma`` from ``data`` (any of ``VELDEN``; links as iterables of
    objects)."""
    onbekend = set(data) - set(VELDEN)
    if onbekend:
        raise ValueError(f"Niet toegestane velden: {', '.join(sorted(onbekend))}")
    controleer_schrijfbaar(programma)
    koppelingen = {k: data.pop(k) for k in KOPPELINGEN if k in data}
    _koppelingen_controleren(programma, koppelingen)
    besluit = Besluit(programma=programma, **data)
    besluit.slug = unieke_slug(Besluit, _slugtekst(besluit.kenmerk, besluit.titel))
    besluit.full_clean()
    besluit.save()
    for veld, waarde in koppelingen.items():
        getattr(besluit, veld).set(waarde)
    return besluit


@transaction.atomic
def besluit_update(*, besluit: Besluit, data: dict) -> Besluit:
    """Change the fields of ``besluit`` that ``data`` holds (any of ``VELDEN``); the slug stays,
    so links to the public page keep working. A decision of an archived programme is not
    changed."""
    controleer_schrijfbaar(besluit)
    _koppelingen_controleren(
        besluit.programma, {k: data[k] for k in KOPPELINGEN if data.get(k) is not None}
    )
    besluit, _gewijzigd = model_bijwerken(instance=besluit, velden=VELDEN, data=data)
    return besluit


@transaction.atomic
def besluit_delete(*, besluit: Besluit) -> None:
    controleer_schrijfbaar(besluit)
    besluit.delete()
