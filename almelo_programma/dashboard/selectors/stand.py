"""The reference date ("stand") of the dashboard: today, the end of a year or of a period."""

from __future__ import annotations

import datetime
from dataclasses import dataclass

from django.utils import timezone
from django.utils.formats import date_format

from activiteiten.models import Rapportageperiode
from doelen.models import Programma


@dataclass(frozen=True)
class Stand:
    """The moment the dashboard shows: today, the end of a year or of a reporting period."""

    sleutel: str  # "" (today), "2024" (end of year) or "2024-t2" (end of a reporting period)
    label: str
    peildatum: datetime.date

    @property
    def actueel(self) -> bool:
        return self.sleutel == ""

    @property
    def querystring(self) -> str:
        """``?stand=…`` to keep the chosen moment on drill-down links ("" for today)."""
        return f"?stand={self.sleutel}" if self.sleutel else ""

    @property
    def einde(self) -> datetime.datetime:
        """The end of the reference date, for history ``as_of`` queries."""
        dag = self.peildatum + datetime.timedelta(days=1)
        return timezone.make_aware(datetime.datetime.combine(dag, datetime.time.min))

    @property
    def jaar(self) -> int:
        return self.peildatum.year


def _periode_sleutel(periode: Rapportageperiode) -> str:
    letter = "t" if periode.soort == "tertiaal" else "k"
    return f"{periode.jaar}-{letter}{periode.nummer}"


def _periode_label(periode: Rapportageperiode) -> str:
    van = date_format(periode.startdatum, "b")
    tot = date_format(periode.einddatum, "b")
    return f"{periode.get_soort_display()} {periode.nummer} {periode.jaar} ({van}–{tot})"


def standen(
    programma: Programma | None, perioden: list[Rapportageperiode], vandaag: datetime.date
) -> list[Stand]:
    """The choices of the period selector: today, then every ended year and period."""
    uit = [Stand("", f"Actueel ({date_format(vandaag, 'j F Y')})", vandaag)]
    jaren = programma.jaren if programma else sorted({p.jaar for p in perioden})
    for jaar in jaren:
        einde = datetime.date(jaar, 12, 31)
        for p in perioden:
            if p.jaar == jaar and p.einddatum < vandaag:
                uit.append(Stand(_periode_sleutel(p), f"Eind {_periode_label(p)}", p.einddatum))
        if einde < vandaag:
            uit.append(Stand(str(jaar), f"Eind {jaar}", einde))
    return uit


def stand_kiezen(sleutel: str | None, keuzes: list[Stand]) -> Stand | None:
    """The chosen stand, the current one for an empty key, ``None`` for an unknown key."""
    sleutel = (sleutel or "").strip().lower()
    return next((s for s in keuzes if s.sleutel == sleutel), None)
