"""Shared write helpers for the apps' services: the plain create ``model_maken``, the
whitelisted update ``model_bijwerken`` (cf. HackSoft's ``model_update``) and the guarded delete
``model_verwijderen`` (refused with a Dutch message while programme data hangs from the row)."""

from collections import Counter
from collections.abc import Iterable, Mapping
from typing import TypeVar

from django.core.exceptions import ValidationError
from django.db import models, transaction
from django.db.models import ProtectedError

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


def model_verwijderen(*, instance: models.Model) -> None:
    """Delete ``instance``, or raise ``ValidationError`` with a Dutch message when programme data
    still hangs from it (``on_delete=PROTECT``); then nothing is deleted.

    The history keeps a "verwijderd" row of what is deleted, so ``herstellen`` can bring it back.
    """
    try:
        with transaction.atomic():
            instance.delete()
    except ProtectedError as fout:
        raise ValidationError(beschermd_melding(instance, fout.protected_objects)) from fout


def beschermd_melding(instance: models.Model, beschermd) -> str:
    """The Dutch message for a refused delete: what ``instance`` is and what still hangs from it."""
    soorten = Counter(str(obj._meta.verbose_name_plural) for obj in beschermd)
    wat = ", ".join(f"{aantal} {soort}" for soort, aantal in sorted(soorten.items()))
    return (
        f"{str(instance._meta.verbose_name).capitalize()} “{instance}” kan niet worden "
        f"verwijderd: er hangen nog gegevens aan ({wat}). Verwijder die eerst, of laat het staan."
    )
