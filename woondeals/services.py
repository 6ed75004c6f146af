"""Writes for the housing pipeline. Views, forms and the import call these.

Every service is keyword-only, validates (``full_clean`` plus the pipeline's own rules) and
writes inside a transaction; on bad input it raises ``ValidationError`` with Dutch messages keyed
on field names, and writes nothing.
"""

import datetime
from decimal import Decimal

from django.core.exceptions import ValidationError
from django.db import transaction
from django.db.models import Sum
from django.utils.text import slugify

from activiteiten.services import statusupdate_bouwen, statusupdates_bouwen
from doelen.models import Programma
from netwerk.models import Partner

from .constants import Planstatus
from .models import (
    Deelspoor,
    DeelspoorUpdate,
    Gebiedsontwikkeling,
    Gebiedsrol,
    Koopprijsgrens,
    Mijlpaal,
    Realisatie,
    Subsidieaanvraag,
    SubsidieVoorwaarde,
    Woningbouwproject,
    Woondeal,
    Woondealafspraak,
)

JAAR_MIN = 2000
JAAR_MAX = 2060
SEGMENT_VELDEN = ("sociale_huur", "middenhuur", "betaalbare_koop", "vrije_sector")
PROJECT_VELDEN = (
    "naam",
    "wijk",
    "woondeal",
    "gebiedsontwikkeling",
    *SEGMENT_VELDEN,
    "planstatus",
    "fase",
    "verwacht_startjaar",
    "verwacht_opleverjaar",
    "ontwikkelaar",
    "gepubliceerd",
    "is_demo",
)


def unieke_slug(model, tekst: str, *, huidige_pk=None) -> str:
    basis = slugify(tekst)[:180] or "item"
    slug, n = basis, 2
    while model.objects.filter(slug=slug).exclude(pk=huidige_pk).exists():
        slug, n = f"{basis}-{n}", n + 1
    return slug


def _jaar_fout(jaar) -> str | None:
    if jaar is not None and not JAAR_MIN <= jaar <= JAAR_MAX:
        return f"Vul een jaartal tussen {JAAR_MIN} en {JAAR_MAX} in."
    return None


def valideer_project(project: Woningbouwproject, *, opgegeven_totaal: int | None = None) -> None:
    """The model's own checks plus the pipeline's rules; all errors at once, per field."""
    fouten: dict[str, list[str]] = {}
    try:
        project.full_clean(validate_unique=True)
    except ValidationError as exc:
        for veld, berichten in exc.message_dict.items():
            fouten.setdefault(veld, []).extend(berichten)
    for veld in ("verwacht_startjaar", "verwacht_opleverjaar"):
        fout = _jaar_fout(getattr(project, veld))
        if fout:
            fouten.setdefault(veld, []).append(fout)
    if project.planstatus == Planstatus.HARD:
        if project.verwacht_startjaar is None and "verwacht_startjaar" not in fouten:
            fouten["verwacht_startjaar"] = [
                "Een harde plancapaciteit heeft een verwacht jaar voor de start van de bouw nodig."
            ]
        if project.verwacht_opleverjaar is None and "verwacht_opleverjaar" not in fouten:
            fouten["verwacht_opleverjaar"] = [
                "Een harde plancapaciteit heeft een verwacht opleverjaar nodig."
            ]
    if not any(f in fouten for f in SEGMENT_VELDEN):
        totaal = sum(getattr(project, f) or 0 for f in SEGMENT_VELDEN)
        if totaal == 0:
            fouten.setdefault("sociale_huur", []).append(
                "Een project heeft minstens één woning: vul de aantallen per segment in."
            )
        elif opgegeven_totaal is not None and opgegeven_totaal != totaal:
            fouten["totaal"] = [
                f"De segmenten tellen op tot {totaal} woningen, maar het opgegeven totaal is "
                f"{opgegeven_totaal}. Pas de aantallen of het totaal aan."
            ]
    if fouten:
        raise ValidationError(fouten)


@transaction.atomic
def project_create(
    *, opgegeven_totaal: int | None = None, slug: str = "", **velden
) -> Woningbouwproject:
    onbekend = set(velden) - set(PROJECT_VELDEN)
    if onbekend:
        raise TypeError(f"Onbekende velden: {sorted(onbekend)}")
    project = Woningbouwproject(**velden)
    project.slug = slug or unieke_slug(Woningbouwproject, project.naam)
    valideer_project(project, opgegeven_totaal=opgegeven_totaal)
    project.save()
    return project


@transaction.atomic
def project_update(
    *, project: Woningbouwproject, opgegeven_totaal: int | None = None, **velden
) -> Woningbouwproject:
    onbekend = set(velden) - set(PROJECT_VELDEN)
    if onbekend:
        raise TypeError(f"Onbekende velden: {sorted(onbekend)}")
    for veld, waarde in velden.items():
        setattr(project, veld, waarde)
    valideer_project(project, opgegeven_totaal=opgegeven_totaal)
    project.save()
    return project


@transaction.atomic
def realisatie_opslaan(
    *, project: Woningbouwproject, jaar: int, gestart: int, opgeleverd: int, is_demo: bool = False
) -> Realisatie:
    """Record (or correct) the homes started and completed in ``project`` in ``jaar``.

    Over all years a project cannot start or complete more homes than it has, and cannot
    complete more than it started.
    """
    fout = _jaar_fout(jaar)
    if fout:
        raise ValidationError({"jaar": [fout]})
    realisatie = Realisatie.objects.filter(project=project, jaar=jaar).first() or Realisatie(
        project=project, jaar=jaar
    )
    realisatie.gestart, realisatie.opgeleverd, realisatie.is_demo = gestart, opgeleverd, is_demo
    realisatie.full_clean()
    andere = (
        Realisatie.objects.filter(project=project)
        .exclude(jaar=jaar)
        .aggregate(g=Sum("gestart"), o=Sum("opgeleverd"))
    )
    totaal_gestart = (andere["g"] or 0) + gestart
    totaal_opgeleverd = (andere["o"] or 0) + opgeleverd
    totaal = project.totaal_woningen
    fouten = {}
    if totaal_gestart > totaal:
        fouten["gestart"] = [
            f"Over alle jaren zouden {totaal_gestart} woningen gestart zijn, maar het project "
            f"telt {totaal} woningen."
        ]
    if totaal_opgeleverd > totaal:
        fouten["opgeleverd"] = [
            f"Over alle jaren zouden {totaal_opgeleverd} woningen opgeleverd zijn, maar het "
            f"project telt {totaal} woningen."
        ]
    elif totaal_opgeleverd > totaal_gestart:
        fouten["opgeleverd"] = [
            f"Er kunnen niet meer woningen opgeleverd worden ({totaal_opgeleverd}) dan er "
            f"gestart zijn ({totaal_gestart})."
        ]
    if fouten:
        raise ValidationError(fouten)
    realisatie.save()
    return realisatie


@transaction.atomic
def woondeal_update(
    *,
    woondeal: Woondeal,
    doel_woningen: int | None,
    eindjaar: int | None,
    aandeel_sociale_huur: Decimal,
    aandeel_betaalbaar: Decimal,
    toelichting: str = "",
) -> Woondeal:
    woondeal.doel_woningen = doel_woningen
    woondeal.eindjaar = eindjaar
    woondeal.aandeel_sociale_huur = aandeel_sociale_huur
    woondeal.aandeel_betaalbaar = aandeel_betaalbaar
    woondeal.toelichting = toelichting
    woondeal.full_clean()
    fout = _jaar_fout(eindjaar)
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
def woondealafspraken_opslaan(
    *,
    woondeal: Woondeal,
    afspraken: list[tuple[int, int | None, str]],
    is_demo: bool = False,
) -> list[Woondealafspraak]:
    """Set the woondeal's agreed numbers for the years in ``afspraken`` — rows of
    (year, homes, note); a row without homes removes that year's agreement, years not in
    ``afspraken`` are left as they are. A changed row takes ``is_demo``.

    All rows are checked first (year within ``afspraakjaren``, each year once, homes not
    negative); on any error ``AfsprakenFout`` names the rows and nothing is written.
    """
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
def koopprijsgrens_opslaan(*, jaar: int, bedrag: Decimal, toelichting: str = "") -> Koopprijsgrens:
    """Set the purchase price limit of ``jaar`` (creates or replaces the year's value)."""
    fout = _jaar_fout(jaar)
    if fout:
        raise ValidationError({"jaar": [fout]})
    grens = Koopprijsgrens.objects.filter(jaar=jaar).first() or Koopprijsgrens(jaar=jaar)
    grens.bedrag, grens.toelichting = bedrag, toelichting
    grens.full_clean()
    grens.save()
    return grens


@transaction.atomic
def gebied_create(*, naam: str, wijk: str = "", omschrijving: str = "", fase: str, is_demo=False):
    gebied = Gebiedsontwikkeling(
        naam=naam, wijk=wijk, omschrijving=omschrijving, fase=fase, is_demo=is_demo
    )
    gebied.slug = unieke_slug(Gebiedsontwikkeling, naam)
    gebied.full_clean()
    gebied.save()
    return gebied


@transaction.atomic
def gebied_update(
    *, gebied: Gebiedsontwikkeling, naam: str, wijk: str = "", omschrijving: str = "", fase: str
) -> Gebiedsontwikkeling:
    gebied.naam, gebied.wijk, gebied.omschrijving, gebied.fase = naam, wijk, omschrijving, fase
    gebied.full_clean()
    gebied.save()
    return gebied


@transaction.atomic
def mijlpaal_create(
    *,
    gebied: Gebiedsontwikkeling,
    naam: str,
    fase: str,
    geplande_datum: datetime.date,
    werkelijke_datum: datetime.date | None = None,
    toelichting: str = "",
    is_demo: bool = False,
) -> Mijlpaal:
    mijlpaal = Mijlpaal(
        gebiedsontwikkeling=gebied,
        naam=naam,
        fase=fase,
        geplande_datum=geplande_datum,
        werkelijke_datum=werkelijke_datum,
        toelichting=toelichting,
        is_demo=is_demo,
    )
    mijlpaal.full_clean()
    mijlpaal.save()
    return mijlpaal


@transaction.atomic
def mijlpaal_bereikt(*, mijlpaal: Mijlpaal, werkelijke_datum: datetime.date | None) -> Mijlpaal:
    """Record (or clear) the date a milestone was actually reached."""
    if werkelijke_datum and werkelijke_datum > datetime.date.today():
        raise ValidationError(
            {"werkelijke_datum": ["Een mijlpaal kan niet in de toekomst bereikt zijn."]}
        )
    mijlpaal.werkelijke_datum = werkelijke_datum
    mijlpaal.full_clean()
    mijlpaal.save()
    return mijlpaal


@transaction.atomic
def gebiedsrol_create(
    *,
    gebied: Gebiedsontwikkeling,
    rol: str,
    partner: Partner | None = None,
    persoon: str = "",
    toelichting: str = "",
) -> Gebiedsrol:
    persoon = (persoon or "").strip()
    if partner is None and not persoon:
        raise ValidationError(
            {"persoon": ["Kies een organisatie of vul de naam van een persoon in."]}
        )
    if partner is not None and persoon:
        raise ValidationError(
            {"persoon": ["Kies een organisatie óf vul een persoon in, niet allebei."]}
        )
    gebiedsrol = Gebiedsrol(
        gebiedsontwikkeling=gebied,
        rol=rol,
        partner=partner,
        persoon=persoon,
        toelichting=toelichting,
    )
    gebiedsrol.full_clean()
    gebiedsrol.save()
    return gebiedsrol


@transaction.atomic
def aanvraag_opslaan(
    *,
    aanvraag: Subsidieaanvraag | None = None,
    regeling: str,
    titel: str,
    projecten,
    aangevraagd_bedrag: Decimal,
    toegekend_bedrag: Decimal | None = None,
    status: str,
    ingediend_op: datetime.date | None = None,
    besluit_op: datetime.date | None = None,
    is_demo: bool = False,
) -> Subsidieaanvraag:
    """Create (``aanvraag`` None) or update a subsidy application and its linked projects."""
    aanvraag = aanvraag or Subsidieaanvraag(is_demo=is_demo)
    aanvraag.regeling, aanvraag.titel, aanvraag.status = regeling, titel, status
    aanvraag.aangevraagd_bedrag, aanvraag.toegekend_bedrag = aangevraagd_bedrag, toegekend_bedrag
    aanvraag.ingediend_op, aanvraag.besluit_op = ingediend_op, besluit_op
    aanvraag.full_clean()
    aanvraag.save()
    aanvraag.projecten.set(projecten)
    return aanvraag


@transaction.atomic
def voorwaarde_create(
    *,
    aanvraag: Subsidieaanvraag,
    soort: str,
    waarde: Decimal | None = None,
    datum: datetime.date | None = None,
    toelichting: str = "",
) -> SubsidieVoorwaarde:
    voorwaarde = SubsidieVoorwaarde(
        aanvraag=aanvraag, soort=soort, waarde=waarde, datum=datum, toelichting=toelichting
    )
    voorwaarde.full_clean()
    voorwaarde.save()
    return voorwaarde


@transaction.atomic
def voorwaarde_delete(*, voorwaarde: SubsidieVoorwaarde) -> None:
    voorwaarde.delete()


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
def deelspoorupdates_bulk_create(*, regels: list[dict], door=None) -> list[DeelspoorUpdate]:
    """Store many sub-track status updates at once (the Excel import): the rules of
    ``deelspoorupdate_create`` (``statusupdates_bouwen``) and history rows with ``door`` as
    author, in a fixed number of queries. ``regels`` holds dicts with the keyword arguments of
    ``deelspoorupdate_create`` (deelspoor, status, voortgang, toelichting, rapportagedatum,
    gepubliceerd). Raises ``ValidationError`` for the first bad row; nothing is written then.
    """
    from simple_history.utils import bulk_create_with_history

    updates = statusupdates_bouwen(DeelspoorUpdate, regels=regels, door=door)
    if not updates:
        return []
    return bulk_create_with_history(updates, DeelspoorUpdate, batch_size=500, default_user=door)
