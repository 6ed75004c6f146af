"""Rows of one programme, and the rule that an archived programme is read-only.

A model that belongs to a programme names the way from a row to its programme in
``PROGRAMMA_PAD`` (e.g. ``Activiteit.PROGRAMMA_PAD = "lijn__doel__programma"``). The network
(partners, dossiers, events, surveys) and the housing pipeline (projects, areas) belong to the
municipality, not to one programme, and have none.
"""

from django.core.exceptions import PermissionDenied
from django.db import models
from django.db.models import QuerySet
from django.utils.translation import gettext_lazy as _

GEARCHIVEERD = (
    "Dit programma is gearchiveerd en kan niet meer worden gewijzigd. "
    "Het blijft te lezen; wijzigingen horen bij het lopende programma."
)


class ProgrammaGearchiveerd(PermissionDenied):
    """A write to a programme that is archived: refused with a Dutch 403 (page or JSON)."""

    def __init__(self, bericht: str = GEARCHIVEERD):
        super().__init__(bericht)


def van_programma(qs: QuerySet, programma) -> QuerySet:
    """``qs`` limited to the rows of ``programma`` (``None``: unchanged, every programme)."""
    if programma is None:
        return qs
    return qs.filter(**{qs.model.PROGRAMMA_PAD: programma})


def programma_van(obj):
    """The programme ``obj`` belongs to, by following its ``PROGRAMMA_PAD`` (one query per
    step not already loaded)."""
    for stap in obj.PROGRAMMA_PAD.split("__"):
        obj = getattr(obj, stap)
        if obj is None:
            return None
    return obj


def is_gearchiveerd(programma) -> bool:
    return bool(programma) and programma.gearchiveerd_op is not None


def controleer_schrijfbaar(programma_of_object) -> None:
    """Raise ``ProgrammaGearchiveerd`` when the programme (or the programme of the object) is
    archived. Every service that writes programme data calls this before it writes."""
    programma = programma_of_object
    if programma is not None and hasattr(programma_of_object, "PROGRAMMA_PAD"):
        programma = programma_van(programma_of_object)
    if is_gearchiveerd(programma):
        raise ProgrammaGearchiveerd()


def voorgangerveld(help_text):
    """The link of a copy to what it continues from the previous programme (a programme, goal,
    indicator, line, woondeal or sub-track): the old row is never changed by the copy, and it
    cannot be deleted while a successor points to it."""
    return models.ForeignKey(
        "self",
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="opvolgers",
        verbose_name=_("voorganger"),
        help_text=help_text,
    )
