"""Writes for the woondeal: its agreements, its agreed homes per year, the purchase price limit
and the sub-tracks' status updates."""

import datetime
from decimal import Decimal

from django.core.exceptions import ValidationError
from django.db import transaction

from activiteiten.services import statusupdate_bouwen, statusupdates_bouwen
from almelo_programma.kern.herkomst import Herkomst, keuze_vastleggen
from almelo_programma.kern.programmas import controleer_schrijfbaar
from almelo_programma.kern.publieke_versie import versie_ophogen
from almelo_programma.kern.services import model_bijwerken
from doelen.models import Programma

from ..models import Deelspoor, DeelspoorUpdate, Koopprijsgrens, Woondeal, Woondealafspraak
from .basis import JAAR_MAX, JAAR_MIN, jaar_fout

# The programme team's choices: changing one records who and when (``keuze_vastleggen``).
WOONDEAL_KEUZES = ("regio", "aandeel_sociale_huur", "aandeel_betaalbaar", "normen_bron")
WOONDEAL_VELDEN = (
    "regio",
    "normen_bron",
    "doel_woningen",
    "eindjaar",
    "aandeel_sociale_huur",
    "aandeel_betaalbaar",
    "toelichting",
)


@transaction.atomic
def woondeal_update(
    *,
    woondeal: Woondeal,
    doel_woningen: int | None,
    eindjaar: int | None,
    aandeel_sociale_huur: Decimal,
    aandeel_betaalbaar: Decimal,
    toelichting: str = "",
    regio: str | None = None,
    normen_bron: str | None = None,
    door=None,
) -> Woondeal:
    """Update the agreement; ``regio`` and ``normen_bron`` stay as they are when not given. A
    changed choice of the programme team (region, norms, their source) is recorded as made by
    ``door`` now. The woondeal of an archived programme is not changed."""
    controleer_schrijfbaar(woondeal)
    oud = {veld: getattr(woondeal, veld) for veld in WOONDEAL_KEUZES}
    model_bijwerken(
        instance=woondeal,
        velden=WOONDEAL_VELDEN,
        data={
            "regio": woondeal.regio if regio is None else regio,
            "normen_bron": woondeal.normen_bron if normen_bron is None else normen_bron,
            "doel_woningen": doel_woningen,
            "eindjaar": eindjaar,
            "aandeel_sociale_huur": aandeel_sociale_huur,
            "aandeel_betaalbaar": aandeel_betaalbaar,
            "toelichting": toelichting,
        },
        opslaan=False,  # the model's checks first, then the year; saved only when both pass
    )
    if keuze_vastleggen(woondeal, door=door, velden=WOONDEAL_KEUZES, oud=oud):
        woondeal.regio_herkomst = woondeal.normen_herkomst = Herkomst.PROGRAMMATEAM
    woondeal.full_clean()
    fout = jaar_fout(eindjaar)
    if fout:
        raise ValidationError({"eindjaar": [fout]})
    woondeal.save()
    return woondeal


def afspraakjaren(woondeal: Woondeal) -> range:
    """The years a woondeal can hold agreed numbers for: from the programme's first year up to
    the woondeal's end year (or, while that is not set, the programme's last year)."""
    programma = (
        woondeal.lijn.doel.programma
        if woondeal.lijn_id
        else Programma.objects.order_by("startjaar").first()
    )
    start = programma.startjaar if programma else JAAR_MIN
    eind = woondeal.eindjaar or (programma.eindjaar if programma else JAAR_MAX)
    return range(start, eind + 1)


class AfsprakenFout(ValidationError):
    """Bad agreed numbers: ``per_rij`` maps a row's index to its errors per field."""

    def __init__(self, per_rij: dict[int, dict[str, list[str]]]):
        self.per_rij = per_rij
        super().__init__(
            {veld: fout for fouten in per_rij.values() for veld, fout in fouten.items()}
        )


@transaction.atomic
def woondealafspraken_update(
    *,
    woondeal: Woondeal,
    afspraken: list[tuple[int, int | None, str]],
    is_demo: bool = False,
) -> list[Woondealafspraak]:
    """Set the woondeal's agreed numbers for the years in ``afspraken`` — rows of
    (year, homes, note); a year's row is created when missing, a row without homes removes that
    year's agreement, years not in ``afspraken`` are left as they are. A changed row takes
    ``is_demo``.

    All rows are checked first (year within ``afspraakjaren``, each year once, homes not
    negative); on any error ``AfsprakenFout`` names the rows and nothing is written.
    """
    controleer_schrijfbaar(woondeal)
    jaren = afspraakjaren(woondeal)
    fouten: dict[int, dict[str, list[str]]] = {}
    gezien: set[int] = set()
    for i, (jaar, woningen, _toelichting) in enumerate(afspraken):
        rij = {}
        if jaar in gezien:
            rij["jaar"] = [f"Het jaar {jaar} staat er twee keer in; vul elk jaar één keer in."]
        elif woningen is not None and jaar not in jaren:
            rij["jaar"] = [
                f"Het jaar {jaar} valt buiten de looptijd van de woondeal "
                f"({jaren.start}–{jaren.stop - 1})."
            ]
        gezien.add(jaar)
        if woningen is not None and woningen < 0:
            rij["woningen"] = ["Het aantal woningen kan niet negatief zijn."]
        if rij:
            fouten[i] = rij
    if fouten:
        raise AfsprakenFout(fouten)
    bestaand = {a.jaar: a for a in woondeal.afspraken.all()}
    opgeslagen = []
    for jaar, woningen, toelichting in afspraken:
        afspraak = bestaand.pop(jaar, None)
        if woningen is None:
            if afspraak is not None:
                afspraak.delete()
            continue
        afspraak = afspraak or Woondealafspraak(woondeal=woondeal, jaar=jaar, is_demo=is_demo)
        if (afspraak.woningen, afspraak.toelichting) == (woningen, toelichting):
            opgeslagen.append(afspraak)
            continue  # unchanged: no new history row
        afspraak.woningen, afspraak.toelichting = woningen, toelichting
        afspraak.is_demo = is_demo
        afspraak.full_clean()
        afspraak.save()
        opgeslagen.append(afspraak)
    return opgeslagen


@transaction.atomic
def koopprijsgrens_update(*, jaar: int, bedrag: Decimal, toelichting: str = "") -> Koopprijsgrens:
    """Set the purchase price limit of ``jaar``; the year's row is created when missing."""
    fout = jaar_fout(jaar)
    if fout:
        raise ValidationError({"jaar": [fout]})
    grens = Koopprijsgrens.objects.filter(jaar=jaar).first() or Koopprijsgrens(jaar=jaar)
    model_bijwerken(
        instance=grens,
        velden=("bedrag", "toelichting"),
        data={"bedrag": bedrag, "toelichting": toelichting},
    )
    return grens


@transaction.atomic
def deelspoorupdate_create(
    *,
    deelspoor: Deelspoor,
    status: str,
    voortgang: int,
    toelichting: str = "",
    door=None,
    rapportagedatum: datetime.date | None = None,
    gepubliceerd: bool = False,
    is_demo: bool = False,
) -> DeelspoorUpdate:
    """Validate and store a sub-track's status update (same rules as an activity's); raises
    ``ValidationError`` (Dutch, keyed on field names) and writes nothing on bad input."""
    update = statusupdate_bouwen(
        DeelspoorUpdate,
        deelspoor=deelspoor,
        status=status,
        voortgang=voortgang,
        toelichting=toelichting,
        door=door,
        rapportagedatum=rapportagedatum,
        gepubliceerd=gepubliceerd,
        is_demo=is_demo,
    )
    update.save()
    return update


@transaction.atomic
def deelspoorupdates_bulk_create(
    *, regels: list[dict], door=None, programma=None
) -> list[DeelspoorUpdate]:
    """Store many sub-track status updates at once (the Excel import): the rules of
    ``deelspoorupdate_create`` (``statusupdates_bouwen``) and history rows with ``door`` as
    author, in a fixed number of queries. ``regels`` holds dicts with the keyword arguments of
    ``deelspoorupdate_create`` (deelspoor, status, voortgang, toelichting, rapportagedatum,
    gepubliceerd), all about sub-tracks of ``programma`` (by default the first row's). Raises
    ``ValidationError`` for the first bad row; nothing is written then.
    """
    from simple_history.utils import bulk_create_with_history

    updates = statusupdates_bouwen(DeelspoorUpdate, regels=regels, door=door, programma=programma)
    if not updates:
        return []
    opgeslagen = bulk_create_with_history(
        updates, DeelspoorUpdate, batch_size=500, default_user=door
    )
    versie_ophogen()  # bulk_create sends no post_save: invalidate the public pages here
    return opgeslagen
