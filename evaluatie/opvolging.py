"""Starting the successor of a programme, with a guided carry-over.

``programma_voortzetten`` makes the new programme and copies, in the same transaction, what the
programme manager chose: goals, effect indicators (with new baselines and targets), activity
lines, unfinished activities, the woondeal with its sub-tracks, and the roles. Every copy points
to its original (``voorganger``; an activity to ``vorige``), so the old measurement series and
the history stay with the old programme and are reachable from the new one.

Guarantees: everything is validated before anything is written (one ``ValidationError`` with
Dutch messages per field); nothing of the old programme is saved (its rows and their history
are untouched, also when it is archived). Partners, lobby dossiers, events and housing projects
belong to the municipality, not to a programme: the new programme sees them as they are.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from decimal import Decimal

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import timezone

from activiteiten.constants import Status
from activiteiten.models import Activiteit, Activiteitenlijn
from activiteiten.perioden import tertialen_vastleggen
from activiteiten.selectors import met_laatste_status
from almelo_programma.kern.herkomst import Herkomst
from almelo_programma.kern.programmas import van_programma
from almelo_programma.kern.rechten import PROGRAMMAMANAGER
from almelo_programma.kern.slugs import unieke_slug
from doelen.models import (
    Doel,
    Effectindicator,
    Programma,
    Programmarol,
    geen_gereserveerde_slug,
)
from doelen.services import programmarol_toekennen
from woondeals.models import Deelspoor, Woondeal

AFGESLOTEN = (Status.AFGEROND, Status.GESTOPT)
JAREN = (2000, 2100)  # the years an activity may have (Activiteit's check constraint)


@dataclass(frozen=True)
class Meetkader:
    """The new figures of a carried-over quantitative indicator (a qualitative one has none)."""

    basiswaarde: Decimal | None = None
    basisjaar: int | None = None
    streefwaarde: Decimal | None = None
    streefjaar: int | None = None


@dataclass
class Keuzes:
    """What carries over. ``indicatoren``: the chosen indicators of the old programme, by
    primary key, each with its new figures."""

    doelen: bool = False
    indicatoren: dict[int, Meetkader] = field(default_factory=dict)
    lijnen: bool = False
    activiteiten: bool = False
    woondeal: bool = False
    rollen: bool = False


def indicatorveld(indicator_pk: int, veld: str) -> str:
    """The name of an indicator's field, in the service's errors and on the page's form."""
    return f"indicator_{indicator_pk}_{veld}"


# --- reads the page and the service share ------------------------------------------------------


def oude_indicatoren(vorig: Programma) -> list[Effectindicator]:
    return list(
        van_programma(Effectindicator.objects.select_related("doel"), vorig).order_by(
            "doel__code", "nummer"
        )
    )


def laatste_metingen(indicatoren) -> dict[int, object]:
    """The latest measurement with a value of each indicator, by indicator pk (one query)."""
    from doelen.models import Meting

    laatste = {}
    metingen = Meting.objects.filter(indicator__in=indicatoren, waarde__isnull=False).order_by(
        "indicator", "-datum", "-aangemaakt_op"
    )
    for meting in metingen:
        laatste.setdefault(meting.indicator_id, meting)
    return laatste


def onafgeronde_activiteiten(vorig: Programma):
    """The activities of ``vorig`` that are not finished today (latest status not "afgerond" or
    "gestopt", or no update yet) and were not already carried forward within the programme."""
    qs = van_programma(Activiteit.objects.all(), vorig).filter(vervolgen__isnull=True)
    return [
        act
        for act in met_laatste_status(qs).order_by("lijn__code", "jaar", "titel")
        if act.laatste_status not in AFGESLOTEN
    ]


def oude_woondeal(vorig: Programma) -> Woondeal | None:
    return van_programma(Woondeal.objects.all(), vorig).order_by("pk").first()


# --- validation ---------------------------------------------------------------------------------


def _valideren(*, vorig, naam, slug, startjaar, eindjaar, missie, keuzes, indicatoren, woondeal):
    fouten: dict[str, list[str]] = {}

    def fout(veld, tekst):
        fouten.setdefault(veld, []).append(tekst)

    if not (naam or "").strip():
        fout("naam", "Geef het programma een naam.")
    elif Programma.objects.filter(naam=naam.strip()).exists():
        fout("naam", "Er is al een programma met deze naam.")
    if not (slug or "").strip():
        fout("slug", "Geef het programma een slug (het eerste deel van de adressen).")
    else:
        try:
            Programma._meta.get_field("slug").run_validators(slug)
            geen_gereserveerde_slug(slug)
        except ValidationError as exc:
            for tekst in exc.messages:
                fout("slug", tekst)
        if "slug" not in fouten and Programma.objects.filter(slug=slug).exists():
            fout("slug", "Deze slug is al in gebruik door een ander programma.")
    if not (missie or "").strip():
        fout("missie", "Geef de missie van het programma.")
    if startjaar is None:
        fout("startjaar", "Geef het startjaar.")
    elif startjaar <= vorig.eindjaar:
        fout(
            "startjaar",
            f"Het vervolgprogramma begint na het vorige programma: na {vorig.eindjaar}.",
        )
    elif not JAREN[0] <= startjaar <= JAREN[1]:
        fout("startjaar", f"Het startjaar ligt tussen {JAREN[0]} en {JAREN[1]}.")
    if eindjaar is None:
        fout("eindjaar", "Geef het eindjaar.")
    elif startjaar is not None and eindjaar < startjaar:
        fout("eindjaar", "Het eindjaar mag niet voor het startjaar liggen.")
    elif eindjaar > JAREN[1]:
        fout("eindjaar", f"Het eindjaar ligt uiterlijk in {JAREN[1]}.")

    bekend = {i.pk: i for i in indicatoren}
    for pk, kader in keuzes.indicatoren.items():
        indicator = bekend.get(pk)
        if indicator is None:
            fout("indicatoren", "Een gekozen indicator hoort niet bij dit programma.")
            continue
        if not indicator.is_kwantitatief:
            continue
        if kader.streefwaarde is None:
            fout(
                indicatorveld(pk, "streefwaarde"),
                f"Geef de nieuwe streefwaarde van indicator {indicator.nummer}.",
            )
        if kader.streefjaar is None:
            fout(
                indicatorveld(pk, "streefjaar"),
                f"Geef het streefjaar van indicator {indicator.nummer}.",
            )
        elif startjaar is not None and eindjaar is not None and kader.streefjaar < startjaar:
            fout(
                indicatorveld(pk, "streefjaar"),
                f"Het streefjaar van indicator {indicator.nummer} ligt in of na het startjaar "
                f"({startjaar}).",
            )
        if kader.basiswaarde is not None and kader.basisjaar is None:
            fout(
                indicatorveld(pk, "basisjaar"),
                f"Geef het jaar van de basiswaarde van indicator {indicator.nummer}.",
            )
        if kader.basisjaar is not None and startjaar is not None and kader.basisjaar > startjaar:
            fout(
                indicatorveld(pk, "basisjaar"),
                f"Het basisjaar van indicator {indicator.nummer} ligt uiterlijk in het "
                f"startjaar ({startjaar}).",
            )
    if keuzes.indicatoren and not keuzes.doelen:
        fout("indicatoren", "Indicatoren horen bij een doel: neem ook de doelen over.")
    if keuzes.lijnen and not keuzes.doelen:
        fout("lijnen", "Activiteitenlijnen horen bij een doel: neem ook de doelen over.")
    if keuzes.activiteiten and not keuzes.lijnen:
        fout(
            "activiteiten",
            "Activiteiten horen bij een activiteitenlijn: neem ook de lijnen over.",
        )
    if keuzes.woondeal:
        if woondeal is None:
            fout("woondeal", "Dit programma heeft geen woondeal om over te nemen.")
        elif not keuzes.lijnen:
            fout("woondeal", "De woondeal hoort bij een activiteitenlijn: neem ook de lijnen over.")
    if fouten:
        raise ValidationError(fouten)


# --- the service --------------------------------------------------------------------------------


def _opslaan(obj, door):
    obj.full_clean()
    if door is not None:
        obj._history_user = door
    obj._change_reason = "Overgenomen in het vervolgprogramma"
    obj.save()
    return obj


@transaction.atomic
def programma_voortzetten(
    *,
    vorig: Programma,
    naam: str,
    slug: str,
    startjaar: int,
    eindjaar: int,
    missie: str,
    keuzes: Keuzes,
    door=None,
    is_demo: bool = False,
) -> Programma:
    """Start the successor of ``vorig`` and copy what ``keuzes`` says; returns the new
    programme. ``door`` (the programme manager) gets the programme manager role in it."""
    indicatoren = oude_indicatoren(vorig)
    woondeal = oude_woondeal(vorig)
    _valideren(
        vorig=vorig, naam=naam, slug=slug, startjaar=startjaar, eindjaar=eindjaar,
        missie=missie, keuzes=keuzes, indicatoren=indicatoren, woondeal=woondeal,
    )  # fmt: skip
    nu = timezone.now()
    nieuw = _opslaan(
        Programma(
            naam=naam.strip(), slug=slug, missie=missie.strip(), startjaar=startjaar,
            eindjaar=eindjaar, voorganger=vorig, is_demo=is_demo,
        ),
        door,
    )  # fmt: skip
    team = {"vastgesteld_door": door, "vastgesteld_op": nu if door is not None else None}

    doelen = {}
    if keuzes.doelen:
        for doel in van_programma(Doel.objects.all(), vorig).order_by("code"):
            doelen[doel.pk] = _opslaan(
                Doel(
                    programma=nieuw, code=doel.code, titel=doel.titel,
                    slug=unieke_slug(Doel, f"{doel.slug}-{startjaar}"),
                    omschrijving=doel.omschrijving, titel_herkomst=Herkomst.PROGRAMMATEAM,
                    voorganger=doel, **team,
                ),
                door,
            )  # fmt: skip

    for indicator in indicatoren:
        kader = keuzes.indicatoren.get(indicator.pk)
        if kader is None:
            continue
        kwantitatief = indicator.is_kwantitatief
        _opslaan(
            Effectindicator(
                doel=doelen[indicator.doel_id], nummer=indicator.nummer,
                slug=unieke_slug(Effectindicator, f"{indicator.slug}-{startjaar}"),
                tekst=indicator.tekst, soort=indicator.soort, eenheid=indicator.eenheid,
                basiswaarde=kader.basiswaarde if kwantitatief else None,
                basisjaar=kader.basisjaar if kwantitatief else None,
                streefwaarde=kader.streefwaarde if kwantitatief else None,
                streefjaar=kader.streefjaar if kwantitatief else None,
                streefwaarde_herkomst=Herkomst.PROGRAMMATEAM,
                meetkader_herkomst=Herkomst.PROGRAMMATEAM,
                toelichting=indicator.toelichting,
                toelichting_herkomst=indicator.toelichting_herkomst,
                toelichting_bron=indicator.toelichting_bron,
                voorganger=indicator, **team,
            ),
            door,
        )  # fmt: skip

    lijnen = {}
    if keuzes.lijnen:
        oude_lijnen = van_programma(Activiteitenlijn.objects.all(), vorig).order_by("code")
        for lijn in oude_lijnen:
            lijnen[lijn.pk] = _opslaan(
                Activiteitenlijn(
                    doel=doelen[lijn.doel_id], code=lijn.code, naam=lijn.naam,
                    slug=unieke_slug(Activiteitenlijn, f"{lijn.slug}-{startjaar}"),
                    omschrijving=lijn.omschrijving, trekker_id=lijn.trekker_id, voorganger=lijn,
                ),
                door,
            )  # fmt: skip

    if keuzes.activiteiten:
        for act in onafgeronde_activiteiten(vorig):
            _opslaan(
                Activiteit(
                    lijn=lijnen[act.lijn_id], jaar=startjaar,
                    titel=act.titel.replace(str(act.jaar), str(startjaar)),
                    slug=unieke_slug(Activiteit, f"{startjaar}-{act.slug}"),
                    omschrijving=act.omschrijving, trekker_id=act.trekker_id,
                    openbaar=act.openbaar, gewicht=act.gewicht, vorige=act, is_demo=act.is_demo,
                    titel_herkomst=Herkomst.PROGRAMMATEAM, jaar_herkomst=Herkomst.PROGRAMMATEAM,
                    **team,
                ),
                door,
            )  # fmt: skip

    if keuzes.woondeal and woondeal is not None:
        kopie = _opslaan(
            Woondeal(
                regio=woondeal.regio, regio_herkomst=woondeal.regio_herkomst,
                gemeente=woondeal.gemeente,
                slug=unieke_slug(Woondeal, f"{woondeal.slug}-{startjaar}"),
                lijn=lijnen[woondeal.lijn_id], ondertekend_op=woondeal.ondertekend_op,
                doel_woningen=woondeal.doel_woningen, eindjaar=woondeal.eindjaar,
                aandeel_sociale_huur=woondeal.aandeel_sociale_huur,
                aandeel_betaalbaar=woondeal.aandeel_betaalbaar,
                normen_herkomst=woondeal.normen_herkomst, normen_bron=woondeal.normen_bron,
                toelichting=woondeal.toelichting, voorganger=woondeal,
            ),
            door,
        )  # fmt: skip
        for spoor in woondeal.deelsporen.order_by("nummer"):
            _opslaan(
                Deelspoor(
                    woondeal=kopie, nummer=spoor.nummer, naam=spoor.naam,
                    slug=unieke_slug(Deelspoor, f"{spoor.slug}-{startjaar}"),
                    omschrijving=spoor.omschrijving, trekker_id=spoor.trekker_id,
                    openbaar=spoor.openbaar, voorganger=spoor,
                ),
                door,
            )  # fmt: skip

    if keuzes.rollen:
        for rol in Programmarol.objects.filter(programma=vorig).select_related("gebruiker"):
            programmarol_toekennen(rol.gebruiker, nieuw, rol.rol)
    if door is not None:
        programmarol_toekennen(door, nieuw, PROGRAMMAMANAGER)
    tertialen_vastleggen(nieuw.jaren)  # the werkruimte's reporting periods of the new years
    return nieuw


def standaardperiode(vorig: Programma) -> tuple[int, int]:
    """The period a successor gets by default: right after ``vorig``, just as long."""
    start = vorig.eindjaar + 1
    return start, start + (vorig.eindjaar - vorig.startjaar)
