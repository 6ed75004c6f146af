"""CSV downloads (open data) of the public activity list and the published measurements, of
the request's programme (``request.programma``).

Dutch Excel format by default, ``?formaat=rfc4180`` for other tools (``kern.csvbestand``).
"""

from activiteiten.constants import Status
from activiteiten.selectors import is_demo_afgeleid
from almelo_programma.kern.csvbestand import csv_response
from doelen.selectors import indicator_list

from .cache import publiek_gecached
from .views import activiteiten_filter

STATUS_LABELS = dict(Status.choices)


@publiek_gecached
def activiteiten_csv(request):
    """The public activity list, with the same filters as the page (?doel=A&jaar=2024 …)."""
    filterset = activiteiten_filter(request)
    rijen = (
        [
            act.uuid,
            act.slug,
            act.lijn.doel.code,
            act.lijn.code,
            act.lijn.naam,
            act.jaar,
            act.titel,
            act.laatste_status or Status.NIET_GESTART,
            STATUS_LABELS[act.laatste_status or Status.NIET_GESTART],
            act.laatste_voortgang if act.laatste_voortgang is not None else 0,
            act.laatste_datum.isoformat() if act.laatste_datum else "",
            "ja" if is_demo_afgeleid(act) else "nee",
        ]
        for act in filterset.qs
    )
    kop = [
        "uuid", "slug", "doel", "lijn", "lijn_naam", "jaar", "titel", "status", "status_label",
        "voortgang_procent", "laatste_rapportagedatum", "demogegeven",
    ]  # fmt: skip
    return csv_response(request, "activiteiten-stedelijke-ontwikkeling.csv", [kop, *rijen])


@publiek_gecached
def metingen_csv(request):
    """Every published measurement of the effect indicators."""

    def rijen():
        for ind in indicator_list(programma=request.programma, alleen_gepubliceerd=True):
            for m in ind.metingen_zichtbaar:
                yield [
                    ind.nummer,
                    ind.slug,
                    ind.doel.code,
                    ind.soort,
                    m.datum.isoformat(),
                    m.waarde if m.waarde is not None else "",
                    ind.eenheid,
                    m.beoordeling,
                    m.get_beoordeling_display() if m.beoordeling else "",
                    ind.streefwaarde if ind.streefwaarde is not None else "",
                    m.toelichting,
                    m.bron,
                    "ja" if m.is_demo else "nee",
                ]

    kop = [
        "indicator", "indicator_slug", "doel", "soort", "datum", "waarde", "eenheid",
        "beoordeling", "beoordeling_label", "streefwaarde", "toelichting", "bron", "demogegeven",
    ]  # fmt: skip
    return csv_response(request, "metingen-effectindicatoren.csv", [kop, *rijen()])
