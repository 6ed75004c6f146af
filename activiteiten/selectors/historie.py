"""The audit history of an object (django-simple-history) as lines: who, when, old → new."""

import datetime
from dataclasses import dataclass, field

from django.contrib.auth import get_user_model


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
    records = list(records)
    trekker_ids = set()
    for r in vorige_records + records:
        if getattr(r, "trekker_id", None):
            trekker_ids.add(r.trekker_id)
    gebruikers = {
        u.pk: (u.get_full_name() or u.get_username())
        for u in get_user_model().objects.filter(pk__in=trekker_ids)
    }
    velden = {f.attname: f for f in obj._meta.fields if f.name != "versie"}
    regels = []
    vorige = vorige_records[0] if vorige_records else None
    for r in records:
        wie = (
            (r.history_user.get_full_name() or r.history_user.get_username())
            if r.history_user
            else "onbekend (systeem)"
        )
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
