"""What the end evaluation shows, computed from the recorded data (``inhoud``), and the stored
snapshot once it is vastgesteld (``evaluatie_weergave``).

The result is plain JSON (texts, numbers, ISO dates), so the snapshot is the same structure the
page, the PDF and the .xlsx are made from. ``openbaar=True`` uses only what is published (the
models' ``openbaar()`` rules, published updates and measurements) and leaves out what is
internal (lobby, names). A fixed number of queries whatever the data size.

Everything is about the evaluation's programme: its indicators, goals, lines, activities and
sub-tracks only. The housing pipeline and the network belong to the municipality; of those the
evaluation counts what fell within the programme's years (homes started and completed, events
held, lobby contacts), so the evaluation of a successor does not take over its predecessor's.
"""

from __future__ import annotations

import json
from collections import defaultdict

from django.core.serializers.json import DjangoJSONEncoder
from django.db.models import Count, Q
from django.utils import timezone
from django.utils.formats import date_format

from activiteiten.constants import Status
from activiteiten.models import Activiteit, Activiteitenlijn
from activiteiten.selectors import met_laatste_status
from almelo_programma.kern.programmas import van_programma
from doelen.oordelen import DEELS_VANAF, Oordeel, indicator_oordeel, meetwaarde
from doelen.selectors import doel_list, indicator_list
from netwerk.models import Bijeenkomst, Lobbydossier
from woondeals.models import Deelspoor, DeelspoorUpdate, Woningbouwproject
from woondeals.selectors import woningbouwcijfers

from .models import Eindevaluatie

FORMAAT = 1  # version of the snapshot's structure

REGEL = (
    "Kwantitatieve indicatoren: de laatste meting tegen de streefwaarde, als deel van de weg "
    "van de basiswaarde (0 als het plan er geen geeft) naar de streefwaarde: de hele weg is "
    f"behaald, ten minste {DEELS_VANAF}% deels behaald, minder niet behaald. Kwalitatieve "
    "indicatoren: de laatste beoordeling (bereikt: behaald; op koers of in gang: deels behaald; "
    "niet gestart: niet behaald). Zonder meting geen oordeel."
)


def _indicatoren(evaluatie: Eindevaluatie, *, openbaar: bool) -> list[dict]:
    correcties = {c.indicator_id: c for c in evaluatie.correcties.all()} if evaluatie.pk else {}
    rijen = []
    for ind in indicator_list(programma=evaluatie.programma, alleen_gepubliceerd=openbaar):
        uitkomst = indicator_oordeel(ind, ind.metingen_zichtbaar)
        correctie = correcties.get(ind.pk)
        geldend = correctie.oordeel if correctie else uitkomst.oordeel
        rijen.append(
            {
                "nummer": ind.nummer,
                "slug": ind.slug,
                "doel": ind.doel.code,
                "tekst": ind.tekst,
                "soort": ind.get_soort_display(),
                "eenheid": ind.eenheid,
                "basiswaarde": meetwaarde(ind.basiswaarde),
                "streefwaarde": meetwaarde(ind.streefwaarde),
                "waarde": meetwaarde(uitkomst.waarde),
                "beoordeling": uitkomst.beoordeling_label,
                "datum": uitkomst.datum.isoformat() if uitkomst.datum else "",
                "datum_tekst": date_format(uitkomst.datum, "j F Y") if uitkomst.datum else "",
                "voortgang": uitkomst.voortgang,
                "trend": uitkomst.trend_label,
                "berekend": uitkomst.oordeel,
                "berekend_label": uitkomst.oordeel_label,
                "uitleg": uitkomst.uitleg,
                "correctie": (
                    {
                        "oordeel": correctie.oordeel,
                        "oordeel_label": correctie.get_oordeel_display(),
                        "reden": correctie.reden,
                    }
                    if correctie
                    else None
                ),
                "oordeel": geldend,
                "oordeel_label": Oordeel(geldend).label,
                "is_demo": uitkomst.is_demo,
            }
        )
    return rijen


def _activiteiten_per_lijn(programma, *, openbaar: bool) -> dict:
    """{lijn_id: {"jaren": {jaar: {status: n}}, "totaal": {status: n}, "is_demo": bool}} of the
    activities of ``programma``: one grouped query over their final (latest) status."""
    qs = Activiteit.objects.openbaar() if openbaar else Activiteit.objects.all()
    qs = van_programma(qs, programma)
    rijen = (
        met_laatste_status(qs.order_by(), alleen_gepubliceerd=openbaar)
        .values("lijn_id", "jaar", "laatste_status", "is_demo", "laatste_is_demo")
        .annotate(aantal=Count("pk"))
    )
    per_lijn = defaultdict(lambda: {"jaren": defaultdict(dict), "totaal": {}, "is_demo": False})
    for r in rijen:
        status = r["laatste_status"] or Status.NIET_GESTART
        lijn = per_lijn[r["lijn_id"]]
        jaar = lijn["jaren"][str(r["jaar"])]
        jaar[status] = jaar.get(status, 0) + r["aantal"]
        lijn["totaal"][status] = lijn["totaal"].get(status, 0) + r["aantal"]
        lijn["is_demo"] |= bool(r["is_demo"] or r["laatste_is_demo"])
    return per_lijn


def _doelen(evaluatie: Eindevaluatie, *, openbaar: bool) -> list[dict]:
    teksten = (
        {(o.doel_id, o.lijn_id): o for o in evaluatie.onderdelen.all()} if evaluatie.pk else {}
    )
    programma = evaluatie.programma
    per_lijn = _activiteiten_per_lijn(programma, openbaar=openbaar)
    lijnen = defaultdict(list)
    for lijn in van_programma(Activiteitenlijn.objects.all(), programma).order_by("code"):
        activiteiten = per_lijn.get(lijn.pk, {"jaren": {}, "totaal": {}, "is_demo": False})
        tekst = teksten.get((None, lijn.pk))
        lijnen[lijn.doel_id].append(
            {
                "code": lijn.code,
                "slug": lijn.slug,
                "naam": lijn.naam,
                # per year the number of activities by final status, in the order of "statussen"
                "rijen": [
                    {"jaar": jaar, "aantallen": [aantallen.get(s, 0) for s in Status.values]}
                    for jaar, aantallen in sorted(activiteiten["jaren"].items())
                ],
                "totaal": [activiteiten["totaal"].get(s, 0) for s in Status.values],
                "aantal": sum(activiteiten["totaal"].values()),
                "is_demo": activiteiten["is_demo"],
                "conclusie": tekst.conclusie if tekst else "",
                "lessen": tekst.lessen if tekst else "",
            }
        )
    doelen = []
    for doel in doel_list(programma=programma):
        tekst = teksten.get((doel.pk, None))
        doelen.append(
            {
                "code": doel.code,
                "titel": doel.titel,
                "omschrijving": doel.omschrijving,
                "lijnen": lijnen[doel.pk],
                "conclusie": tekst.conclusie if tekst else "",
                "lessen": tekst.lessen if tekst else "",
            }
        )
    return doelen


def _deelsporen(programma, *, openbaar: bool) -> list[dict]:
    qs = Deelspoor.objects.openbaar() if openbaar else Deelspoor.objects.all()
    qs = met_laatste_status(
        van_programma(qs, programma).order_by("woondeal", "nummer"),
        DeelspoorUpdate,
        "deelspoor",
        alleen_gepubliceerd=openbaar,
    )
    return [
        {
            "nummer": s.nummer,
            "naam": s.naam,
            "status": Status(s.laatste_status).label if s.laatste_status else "Nog geen update",
            "voortgang": s.laatste_voortgang,
            "is_demo": bool(s.laatste_is_demo),
        }
        for s in qs
    ]


def _woningbouw(programma, *, openbaar: bool) -> dict:
    """The municipality's housing figures: the plans as they are, the homes started and
    completed in the programme's years."""
    projecten = Woningbouwproject.objects.openbaar() if openbaar else Woningbouwproject.objects
    projecten = projecten.all()
    c = woningbouwcijfers(projecten, vanaf_jaar=programma.startjaar, tot_jaar=programma.eindjaar)
    demo = projecten.filter(is_demo=True).exists()
    return {
        "doel": c.doel,
        "opgeleverd": c.opgeleverd,
        "gestart": c.gestart,
        "in_plannen": c.alle_plannen.totaal,
        "harde_plannen": c.harde_plannen.totaal,
        "aandeel_opgeleverd": c.aandeel_opgeleverd_van_doel,
        "aandeel_sociale_huur": c.alle_plannen.aandeel_sociale_huur,
        "aandeel_betaalbaar": c.alle_plannen.aandeel_betaalbaar,
        "norm_sociale_huur": c.norm_sociale_huur,
        "norm_betaalbaar": c.norm_betaalbaar,
        "is_demo": demo,
    }


def _netwerk(programma, *, openbaar: bool) -> dict:
    """The municipality's network in the programme's years: the events held, and (internal)
    the lobby dossiers with their contacts in those years."""
    bijeenkomsten = Bijeenkomst.objects.openbaar() if openbaar else Bijeenkomst.objects.all()
    gehouden = bijeenkomsten.filter(
        start__year__gte=programma.startjaar,
        start__year__lte=programma.eindjaar,
        start__lte=timezone.now(),
    )
    per_soort = {
        Bijeenkomst(soort=r["soort"]).get_soort_display(): r["aantal"]
        for r in gehouden.order_by("soort").values("soort").annotate(aantal=Count("pk"))
    }
    netwerk = {
        "bijeenkomsten": sum(per_soort.values()),
        "per_soort": per_soort,
        "demo_bijeenkomsten": gehouden.filter(is_demo=True).exists(),
    }
    if not openbaar:  # lobby is internal work
        netwerk["lobby"] = [
            {"titel": d.titel, "status": d.get_status_display(), "contacten": d.aantal}
            for d in Lobbydossier.objects.annotate(
                aantal=Count(
                    "contacten",
                    filter=Q(
                        contacten__datum__year__gte=programma.startjaar,
                        contacten__datum__year__lte=programma.eindjaar,
                    ),
                )
            ).order_by("titel")
        ]
    return netwerk


def inhoud(evaluatie: Eindevaluatie, *, openbaar: bool) -> dict:
    """Everything the evaluation shows, computed now (see the module docstring)."""
    programma = evaluatie.programma
    gegevens = {
        "formaat": FORMAAT,
        "berekend_op": timezone.now().isoformat(),
        "programma": {
            "naam": programma.naam,
            "startjaar": programma.startjaar,
            "eindjaar": programma.eindjaar,
            "missie": programma.missie,
        },
        "regel": REGEL,
        "statussen": list(Status.labels),
        "teksten": {
            "conclusies": evaluatie.conclusies,
            "wat_werkte": evaluatie.wat_werkte,
            "wat_niet_werkte": evaluatie.wat_niet_werkte,
        },
        "indicatoren": _indicatoren(evaluatie, openbaar=openbaar),
        "doelen": _doelen(evaluatie, openbaar=openbaar),
        "deelsporen": _deelsporen(programma, openbaar=openbaar),
        "woningbouw": _woningbouw(programma, openbaar=openbaar),
        "netwerk": _netwerk(programma, openbaar=openbaar),
    }
    # plain JSON, so what is shown now is exactly what a snapshot would store
    return json.loads(json.dumps(gegevens, cls=DjangoJSONEncoder))


def evaluatie_get(programma) -> Eindevaluatie | None:
    if programma is None:
        return None
    return Eindevaluatie.objects.filter(programma=programma).first()


def evaluatie_weergave(evaluatie: Eindevaluatie, *, openbaar: bool) -> dict:
    """The stored snapshot of a vastgestelde evaluation, otherwise the evaluation computed now."""
    if evaluatie.is_vastgesteld:
        return evaluatie.openbare_momentopname if openbaar else evaluatie.momentopname
    return inhoud(evaluatie, openbaar=openbaar)


def statushistorie(evaluatie: Eindevaluatie) -> list[dict]:
    """The workflow's steps (status changes), oldest first, with who and when."""
    stappen, vorige = [], None
    records = evaluatie.history.select_related("history_user").order_by("history_date")
    for record in records:
        if record.status != vorige:
            stappen.append(
                {
                    "status": record.get_status_display(),
                    "op": record.history_date,
                    "door": record.history_user,
                    "kenmerk": record.besluitkenmerk if record.status == "vastgesteld" else "",
                }
            )
            vorige = record.status
    return stappen
