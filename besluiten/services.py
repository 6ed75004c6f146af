"""Writes of decisions: keyword-only, validated in full, in one transaction."""

from django.db import transaction

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


@transaction.atomic
def besluit_create(*, programma, **data) -> Besluit:
    """A new decision of ``programma`` from ``data`` (any of ``VELDEN``; links as iterables of
    objects)."""
    onbekend = set(data) - set(VELDEN)
    if onbekend:
        raise ValueError(f"Niet toegestane velden: {', '.join(sorted(onbekend))}")
    koppelingen = {k: data.pop(k) for k in KOPPELINGEN if k in data}
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
    so links to the public page keep working."""
    besluit, _gewijzigd = model_bijwerken(instance=besluit, velden=VELDEN, data=data)
    return besluit


@transaction.atomic
def besluit_delete(*, besluit: Besluit) -> None:
    besluit.delete()
