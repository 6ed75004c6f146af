"""Writing the end evaluation: its texts, verdict corrections and the workflow
concept → ter vaststelling → vastgesteld. A vastgestelde evaluation is frozen: every write
refuses with a Dutch message, and so does every write to the evaluation of an archived
programme (``ProgrammaGearchiveerd``)."""

from __future__ import annotations

import datetime

from django.core.exceptions import ValidationError
from django.db import transaction

from almelo_programma.kern.programmas import controleer_schrijfbaar
from doelen.oordelen import Oordeel

from . import selectors
from .constants import OVERGANGEN, EvaluatieStatus
from .models import Eindevaluatie, Onderdeelconclusie, Oordeelcorrectie

BEVROREN = "De eindevaluatie is vastgesteld en kan niet meer worden gewijzigd."
TEKSTVELDEN = ("conclusies", "wat_werkte", "wat_niet_werkte")


def eindevaluatie_get_or_create(programma) -> Eindevaluatie:
    evaluatie, _ = Eindevaluatie.objects.get_or_create(programma=programma)
    return evaluatie


def _vergrendeld(evaluatie: Eindevaluatie) -> Eindevaluatie:
    """The evaluation locked for this transaction; refuses when it is vastgesteld or its
    programme is archived."""
    evaluatie = (
        Eindevaluatie.objects.select_for_update(of=("self",))
        .select_related("programma")
        .get(pk=evaluatie.pk)
    )
    controleer_schrijfbaar(evaluatie.programma)
    if evaluatie.is_vastgesteld:
        raise ValidationError(BEVROREN)
    return evaluatie


@transaction.atomic
def eindevaluatie_update(evaluatie: Eindevaluatie, *, door, **teksten) -> Eindevaluatie:
    evaluatie = _vergrendeld(evaluatie)
    onbekend = set(teksten) - set(TEKSTVELDEN)
    if onbekend:
        raise ValueError(f"Onbekende velden: {sorted(onbekend)}")
    for veld, waarde in teksten.items():
        setattr(evaluatie, veld, waarde.strip())
    evaluatie.bijgewerkt_door = door
    evaluatie._history_user = door
    evaluatie.save()
    return evaluatie


@transaction.atomic
def onderdeelconclusie_update(
    evaluatie: Eindevaluatie, *, doel=None, lijn=None, conclusie: str, lessen: str, door
) -> Onderdeelconclusie:
    evaluatie = _vergrendeld(evaluatie)
    tekst, _ = Onderdeelconclusie.objects.get_or_create(evaluatie=evaluatie, doel=doel, lijn=lijn)
    tekst.conclusie, tekst.lessen = conclusie.strip(), lessen.strip()
    tekst._history_user = door
    tekst.save()
    return tekst


@transaction.atomic
def oordeel_corrigeren(
    evaluatie: Eindevaluatie, *, indicator, oordeel: str, reden: str, door
) -> Oordeelcorrectie | None:
    """Set the programme manager's verdict on ``indicator`` (with a reason), or remove it
    (``oordeel`` empty): the computed verdict then stands."""
    evaluatie = _vergrendeld(evaluatie)
    if not oordeel:
        Oordeelcorrectie.objects.filter(evaluatie=evaluatie, indicator=indicator).delete()
        return None
    if oordeel not in Oordeel.values:
        raise ValidationError({"oordeel": "Kies een oordeel uit de lijst."})
    if not reden.strip():
        raise ValidationError({"reden": "Geef de reden waarom het oordeel afwijkt."})
    correctie, _ = Oordeelcorrectie.objects.update_or_create(
        evaluatie=evaluatie,
        indicator=indicator,
        defaults={"oordeel": oordeel, "reden": reden.strip(), "door": door},
    )
    return correctie


@transaction.atomic
def status_wijzigen(
    evaluatie: Eindevaluatie,
    *,
    naar: str,
    door,
    vastgesteld_op: datetime.date | None = None,
    besluitkenmerk: str = "",
) -> Eindevaluatie:
    """One step of the workflow. Vaststellen needs the college decision's date and reference
    and stores the snapshot (for the portal and, from published data only, for the public)."""
    evaluatie = _vergrendeld(evaluatie)
    if (evaluatie.status, naar) not in OVERGANGEN:
        raise ValidationError(
            f"Van “{evaluatie.get_status_display()}” kan de eindevaluatie niet naar "
            f"“{EvaluatieStatus(naar).label if naar in EvaluatieStatus.values else naar}”."
        )
    if naar == EvaluatieStatus.VASTGESTELD:
        fouten = {}
        if vastgesteld_op is None:
            fouten["vastgesteld_op"] = "Vul de datum van het collegebesluit in."
        if not besluitkenmerk.strip():
            fouten["besluitkenmerk"] = "Vul het kenmerk van het collegebesluit in."
        if fouten:
            raise ValidationError(fouten)
        evaluatie.vastgesteld_op = vastgesteld_op
        evaluatie.besluitkenmerk = besluitkenmerk.strip()
        evaluatie.momentopname = selectors.inhoud(evaluatie, openbaar=False)
        evaluatie.openbare_momentopname = selectors.inhoud(evaluatie, openbaar=True)
    evaluatie.status = naar
    evaluatie.bijgewerkt_door = door
    evaluatie._history_user = door
    evaluatie.full_clean(exclude=["programma", "momentopname", "openbare_momentopname"])
    evaluatie.save()
    return evaluatie
