"""Writes for the housing pipeline: projects and their yearly realisations. Views, forms and the
import call these.

Every service is keyword-only, validates (``full_clean`` plus the pipeline's own rules) and
writes inside a transaction; on bad input it raises ``ValidationError`` with Dutch messages keyed
on field names, and writes nothing.
"""

from django.core.exceptions import ValidationError
from django.db import transaction
from django.db.models import Sum

from almelo_programma.kern.services import model_bijwerken
from almelo_programma.kern.slugs import unieke_slug

from .. import geo
from ..constants import SEGMENTEN, Planstatus
from ..models import Realisatie, Woningbouwproject
from .basis import jaar_fout

PROJECT_VELDEN = (
    "naam",
    "wijk",
    "woondeal",
    "gebiedsontwikkeling",
    *SEGMENTEN,
    "planstatus",
    "fase",
    "verwacht_startjaar",
    "verwacht_opleverjaar",
    "ontwikkelaar",
    "breedtegraad",
    "lengtegraad",
    "gepubliceerd",
    "is_demo",
)


def valideer_project(project: Woningbouwproject, *, opgegeven_totaal: int | None = None) -> None:
    """The model's own checks plus the pipeline's rules; all errors at once, per field."""
    fouten: dict[str, list[str]] = {}
    for veld in ("breedtegraad", "lengtegraad"):
        waarde = getattr(project, veld)
        if waarde is not None:
            setattr(project, veld, geo.afgerond(waarde))
    try:
        project.full_clean(validate_unique=True)
    except ValidationError as exc:
        for veld, berichten in exc.message_dict.items():
            fouten.setdefault(veld, []).extend(berichten)
    if not {"breedtegraad", "lengtegraad"} & set(fouten):
        for veld, berichten in geo.punt_fouten(project.breedtegraad, project.lengtegraad).items():
            fouten.setdefault(veld, []).extend(berichten)
    for veld in ("verwacht_startjaar", "verwacht_opleverjaar"):
        fout = jaar_fout(getattr(project, veld))
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
    if not any(f in fouten for f in SEGMENTEN):
        totaal = sum(getattr(project, f) or 0 for f in SEGMENTEN)
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


def _alleen_projectvelden(velden: dict) -> None:
    onbekend = set(velden) - set(PROJECT_VELDEN)
    if onbekend:
        raise TypeError(f"Onbekende velden: {sorted(onbekend)}")


@transaction.atomic
def project_create(
    *, opgegeven_totaal: int | None = None, slug: str = "", **velden
) -> Woningbouwproject:
    _alleen_projectvelden(velden)
    project = Woningbouwproject(**velden)
    project.slug = slug or unieke_slug(Woningbouwproject, project.naam)
    valideer_project(project, opgegeven_totaal=opgegeven_totaal)
    project.save()
    return project


@transaction.atomic
def project_update(
    *, project: Woningbouwproject, opgegeven_totaal: int | None = None, **velden
) -> Woningbouwproject:
    """Change the project; validated as a whole. When no value changes nothing is saved and no
    history record is written (an import of an unchanged sheet writes nothing)."""
    _alleen_projectvelden(velden)
    project, gewijzigd = model_bijwerken(
        instance=project, velden=PROJECT_VELDEN, data=velden, opslaan=False
    )
    valideer_project(project, opgegeven_totaal=opgegeven_totaal)
    if gewijzigd:
        project.save()
    return project


@transaction.atomic
def realisatie_update(
    *, project: Woningbouwproject, jaar: int, gestart: int, opgeleverd: int, is_demo: bool = False
) -> Realisatie:
    """Record (or correct) the homes started and completed in ``project`` in ``jaar``; the
    year's row is created when missing.

    Over all years a project cannot start or complete more homes than it has, and cannot
    complete more than it started.
    """
    fout = jaar_fout(jaar)
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
