"""The audit history of an object (django-simple-history) as lines: who, when, old → new."""

import datetime
from dataclasses import dataclass, field

from django.contrib.auth import get_user_model

from almelo_programma.kern.historie import medewerker_naam
from almelo_programma.kern.tijdlijn import PER_PAGINA, Tijdlijnpagina, paginanummer


@dataclass
class Wijziging:
    veld: str
    oud: str
    nieuw: str


@dataclass
class Historieregel:
    wie: str
    wanneer: datetime.datetime
    soort: str
    wijzigingen: list[Wijziging] = field(default_factory=list)


def _waarde(veld, waarde, gebruikers: dict) -> str:
    if waarde in (None, ""):
        return "—"
    if veld.is_relation:
        return gebruikers.get(waarde, f"#{waarde}") if veld.name == "trekker" else f"#{waarde}"
    if isinstance(waarde, datetime.date):
        return waarde.strftime("%d-%m-%Y")
    if isinstance(waarde, bool):
        return "ja" if waarde else "nee"
    return str(waarde)


SOORT_HISTORIE = {"+": "aangemaakt", "~": "gewijzigd", "-": "verwijderd"}


def historie(obj, *, na_history_id: int | None = None) -> list[Historieregel]:
    """The audit history of ``obj`` (simple-history), newest first: who, when, old → new.

    ``na_history_id`` limits it to the changes after that history record (used to show what
    changed while somebody was editing). Two queries: the records and the users they name.
    """
    records = obj.history.select_related("history_user").order_by("history_id")
    if na_history_id is not None:
        vorige_records = list(
            obj.history.filter(history_id__lte=na_history_id).order_by("-history_id")[:1]
        )
        records = records.filter(history_id__gt=na_history_id)
    else:
        vorige_records = []
    return _regels(obj, list(records), vorige_records[0] if vorige_records else None)


def historie_pagina(request, obj, *, parameter: str = "historie_pagina") -> Tijdlijnpagina:
    """One page of the audit history of ``obj``, newest first, as ``historie()`` lines: the
    page that ``request`` asks for (``?historie_pagina=n``). Two queries whatever its length:
    the page's records plus the one before them (the base of the oldest line's changes), and
    the users they name."""
    nummer = paginanummer(request.GET.get(parameter))
    begin = (nummer - 1) * PER_PAGINA
    records = list(
        obj.history.select_related("history_user").order_by("-history_id")[
            begin : begin + PER_PAGINA + 1
        ]
    )
    records.reverse()  # oldest first; the first is the base of the next one's changes
    vorige = records.pop(0) if len(records) > PER_PAGINA else None
    return Tijdlijnpagina(
        items=_regels(obj, records, vorige),
        nummer=nummer,
        heeft_oudere=vorige is not None,
        parameter=parameter,
        zoekparameters=request.GET,
    )


def _regels(obj, records: list, vorige) -> list[Historieregel]:
    """``records`` (oldest first) as lines, newest first; ``vorige`` is the record before the
    first (or None). One query for the leads the records name."""
    trekker_ids = set()
    for r in ([vorige] if vorige else []) + records:
        if getattr(r, "trekker_id", None):
            trekker_ids.add(r.trekker_id)
    gebruikers = {
        u.pk: (u.get_full_name() or u.get_username())
        for u in get_user_model().objects.filter(pk__in=trekker_ids)
    }
    velden = {f.attname: f for f in obj._meta.fields if f.name != "versie"}
    regels = []
    for r in records:
        wie = medewerker_naam(r.history_user) if r.history_user else "onbekend (systeem)"
        regel = Historieregel(
            wie=wie,
            wanneer=r.history_date,
            soort=SOORT_HISTORIE.get(r.history_type, r.history_type),
        )
        if vorige is not None and r.history_type == "~":
            for attname, veld in velden.items():
                oud, nieuw = getattr(vorige, attname, None), getattr(r, attname, None)
                if oud != nieuw:
                    regel.wijzigingen.append(
                        Wijziging(
                            veld=str(veld.verbose_name),
                            oud=_waarde(veld, oud, gebruikers),
                            nieuw=_waarde(veld, nieuw, gebruikers),
                        )
                    )
        regels.append(regel)
        vorige = r
    regels.reverse()
    return regels


def laatste_history_id(obj) -> int | None:
    return obj.history.order_by("-history_id").values_list("history_id", flat=True).first()
