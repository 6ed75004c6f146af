"""What the woondeals services share: the years they accept, and the plain create
``model_aanmaken`` (the counterpart of the kernel's ``model_bijwerken``)."""

from typing import TypeVar

from django.db import models

M = TypeVar("M", bound=models.Model)

JAAR_MIN = 2000
JAAR_MAX = 2060


def jaar_fout(jaar) -> str | None:
    """The Dutch error for a year outside ``JAAR_MIN``–``JAAR_MAX``; None for a good year (or
    none at all)."""
    if jaar is not None and not JAAR_MIN <= jaar <= JAAR_MAX:
        return f"Vul een jaartal tussen {JAAR_MIN} en {JAAR_MAX} in."
    return None


def model_aanmaken(model: type[M], **velden) -> M:
    """Create a ``model`` row from ``velden``: ``full_clean`` first, so a bad row raises
    ``ValidationError`` (Dutch, keyed on field names) and nothing is written."""
    obj = model(**velden)
    obj.full_clean()
    obj.save()
    return obj
