"""Shared write helpers for the apps' services: the plain create ``model_maken`` and the
whitelisted update ``model_bijwerken`` (cf. HackSoft's ``model_update``)."""

from collections.abc import Iterable, Mapping
from typing import TypeVar

from django.db import models

M = TypeVar("M", bound=models.Model)


def model_maken(model: type[M], **velden) -> M:
    """Create a ``model`` row from ``velden``: ``full_clean`` first, so a bad row raises
    ``ValidationError`` (Dutch, keyed on field names) and nothing is written."""
    obj = model(**velden)
    obj.full_clean()
    obj.save()
    return obj


def model_bijwerken(
    *, instance: M, velden: Iterable[str], data: Mapping, opslaan: bool = True
) -> tuple[M, bool]:
    """Set the whitelisted ``velden`` that ``data`` holds on ``instance``; validate and save.

    Only the fields named in ``velden`` are touched (anything else in ``data`` is an error, so a
    caller cannot slip in a field it did not mean to allow). Many-to-many fields are set after
    the save. Returns ``(instance, gewijzigd)``: nothing is validated or saved, and no history
    record is written, when no value changes. Raises ``ValidationError`` (Dutch messages from
    the model) and changes nothing in the database then.

    Pass an instance that no ``ModelForm`` has touched: validating a ModelForm writes the posted
    values onto its instance, so this helper would see no change and save nothing.
    """
    velden = list(velden)
    onbekend = set(data) - set(velden)
    if onbekend:
        raise ValueError(f"Niet toegestane velden: {', '.join(sorted(onbekend))}")
    gewijzigd = False
    m2m: dict[str, object] = {}
    for veld in velden:
        if veld not in data:
            continue
        model_veld = instance._meta.get_field(veld)
        waarde = data[veld]
        if model_veld.many_to_many:
            huidig = set(getattr(instance, veld).all()) if instance.pk else set()
            if set(waarde) != huidig:
                m2m[veld] = waarde
            continue
        if getattr(instance, veld) != waarde:
            setattr(instance, veld, waarde)
            gewijzigd = True
    if (gewijzigd or m2m) and opslaan:
        instance.full_clean()
        instance.save()
        for veld, waarde in m2m.items():
            getattr(instance, veld).set(waarde)
    return instance, gewijzigd or bool(m2m)
