"""Reads for the 2026 dashboard, its drill-down pages, the PDF report and the .xlsx export.

Time travel: every figure is computed "as it stood" at a reference date (``Stand.peildatum``):

* activities and sub-tracks: their latest status update with a reporting date on or before it;
* effect indicators: their latest measurement dated on or before it, read against the
  baseline, target and unit as recorded in their history at the end of the reference date
  (``doelen.selectors.vastgelegd_op``), so a target changed later does not rewrite the past;
* homes started/completed: the yearly realisations up to and including the reference year;
* the housing pipeline (segments, plan status, phase): the projects as recorded in their
  history at the end of the reference date (simple-history ``as_of``), so later edits of a
  project's numbers do not leak into an earlier period;
* "needs attention": judged against the last reporting deadline that had passed by then;
* network: events after the reference date, lobby dossiers as changed up to it.

The current view ("Actueel") uses today as reference date and the projects' current values.
"""

from __future__ import annotations

import datetime
from dataclasses import dataclass, field

from django.db.models import Count, F, Prefetch, Sum
from django.utils import timezone
from django.utils.formats import date_format

from activiteiten.constants import AANDACHT_STATUSSEN, Status
from activiteiten.models import Activiteit, Activiteitenlijn, Rapportageperiode, Statusupdate
from activiteiten.selectors import (
    lijn_list,
    met_laatste_status,
    samenvatting_lijnen,
    status_van,
)
from doelen.models import Doel, Effectindicator, Programma
from doelen.selectors import (
    indicator_list,
    indicator_voortgang,
    laatste_meting,
    vastgelegd_op,
)
from netwerk.models import Bijeenkomst, Lobbycontact, Lobbydossier
from woondeals.constants import Planstatus, ProjectFase
from woondeals.models import Deelspoor, DeelspoorUpdate, Woningbouwproject
from woondeals.selectors import SEGMENTEN, Segmenten, Woningbouwcijfers, woningbouwcijfers

AFGESLOTEN = (Status.AFGEROND, Status.GESTOPT)


# --- the reference date ("stand") -------------------------------------------------------------


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


# --- the dashboard ----------------------------------------------------------------------------


@dataclass
class AandachtItem:
    soort: str  # "Activiteit" / "Deelspoor"
    titel: str
    context: str  # line code and name / woondeal
    slug: str
    trekker: str
    status: str
    status_label: str
    datum: datetime.date | None
    redenen: list[str]
    is_demo: bool = False


@dataclass
class PijplijnRij:
    fase: str
    label: str
    hard: int = 0
    zacht: int = 0

    @property
    def totaal(self) -> int:
        return self.hard + self.zacht


@dataclass
class Woningbouw:
    cijfers: Woningbouwcijfers
    pijplijn: list[PijplijnRij]
    aantal_projecten: int

    @property
    def zachte_plannen(self) -> Segmenten:
        a, h = self.cijfers.alle_plannen, self.cijfers.harde_plannen
        return Segmenten(**{s: getattr(a, s) - getattr(h, s) for s in SEGMENTEN})


@dataclass
class Dashboard:
    stand: Stand
    standen: list[Stand]
    programma: Programma | None
    doelen: list[Doel]
    aandacht: list[AandachtItem]
    laatste_deadline: Rapportageperiode | None
    woningbouw: Woningbouw
    bijeenkomsten: list
    lobby: list
    deelsporen: list = field(default_factory=list)
    lobbycontacten: list = field(default_factory=list)


def naam_van(user) -> str:
    if user is None:
        return "Geen trekker"
    return user.get_full_name() or user.get_username()


def laatste_verstreken_deadline(
    perioden: list[Rapportageperiode], peildatum: datetime.date
) -> Rapportageperiode | None:
    verstreken = [p for p in perioden if p.deadline <= peildatum]
    return max(verstreken, key=lambda p: p.deadline) if verstreken else None


def _mist_deadline(item, periode: Rapportageperiode | None) -> bool:
    """Running, not closed, and nothing reported on or after the start of that period."""
    if periode is None or status_van(item) in AFGESLOTEN:
        return False
    datum = getattr(item, "laatste_datum", None)
    return datum is None or datum < periode.startdatum


def _redenen(item, periode) -> list[str]:
    redenen = []
    status = status_van(item)
    if status in AANDACHT_STATUSSEN:
        redenen.append(f"Status: {Status(status).label.lower()}")
    if _mist_deadline(item, periode):
        redenen.append(
            f"Geen voortgang over {periode.get_soort_display().lower()} {periode.nummer} "
            f"{periode.jaar} (deadline {date_format(periode.deadline, 'j F Y')})"
        )
    return redenen


def aandacht_lijst(lijnen, deelsporen, periode) -> list[AandachtItem]:
    items = []
    for lijn in lijnen:
        for act in lijn.activiteiten_lijst:
            # An activity reports in its own year (and later while it is still open).
            lopend = periode is not None and act.jaar <= periode.jaar
            redenen = _redenen(act, periode if lopend else None)
            if redenen:
                status = status_van(act)
                items.append(
                    AandachtItem(
                        soort="Activiteit",
                        titel=act.titel,
                        context=f"{lijn.code} {lijn.naam}",
                        slug=act.slug,
                        trekker=naam_van(act.trekker or lijn.trekker),
                        status=status,
                        status_label=Status(status).label,
                        datum=act.laatste_datum,
                        redenen=redenen,
                        is_demo=act.is_demo,
                    )
                )
    for spoor in deelsporen:
        redenen = _redenen(spoor, periode)
        if redenen:
            status = status_van(spoor)
            items.append(
                AandachtItem(
                    soort="Deelspoor",
                    titel=f"{spoor.nummer}. {spoor.naam}",
                    context=str(spoor.woondeal),
                    slug=spoor.slug,
                    trekker=naam_van(spoor.trekker),
                    status=status,
                    status_label=Status(status).label,
                    datum=spoor.laatste_datum,
                    redenen=redenen,
                )
            )
    # Delayed first, then "needs attention", then missed deadlines; oldest report first.
    volgorde = {Status.VERTRAAGD: 0, Status.AANDACHT_NODIG: 1}
    items.sort(key=lambda i: (volgorde.get(i.status, 2), i.datum or datetime.date.min, i.titel))
    return items


def deelsporen_met_status(*, peildatum: datetime.date):
    return list(
        met_laatste_status(
            Deelspoor.objects.select_related("woondeal", "trekker"),
            DeelspoorUpdate,
            "deelspoor",
            peildatum=peildatum,
        ).order_by("woondeal", "nummer")
    )


def woningbouw_op(stand: Stand) -> Woningbouw:
    """Housing figures as they stood (see module docstring). Seven queries."""
    if stand.actueel:
        projecten = Woningbouwproject.objects.all()
        cijfers = woningbouwcijfers(projecten)
    else:
        # Realisations by year from the current table; the pipeline from the projects' history.
        cijfers = woningbouwcijfers(Woningbouwproject.objects.all(), tot_jaar=stand.jaar)
        projecten = Woningbouwproject.history.as_of(stand.einde)
        totaal_expr = sum((F(s) for s in SEGMENTEN[1:]), F(SEGMENTEN[0]))
        cijfers.alle_plannen = _segmenten(projecten)
        cijfers.harde_plannen = _segmenten(projecten.filter(planstatus=Planstatus.HARD))
        cijfers.per_fase = {
            r["fase"]: r["woningen"] or 0
            for r in projecten.order_by().values("fase").annotate(woningen=Sum(totaal_expr))
        }
    totaal_expr = sum((F(s) for s in SEGMENTEN[1:]), F(SEGMENTEN[0]))
    rijen = {f.value: PijplijnRij(fase=f.value, label=f.label) for f in ProjectFase}
    aantal = 0
    for r in (
        projecten.order_by()
        .values("fase", "planstatus")
        .annotate(woningen=Sum(totaal_expr), aantal=Count("pk"))
    ):
        rij = rijen.get(r["fase"])
        aantal += r["aantal"] or 0
        if rij is None:
            continue
        if r["planstatus"] == Planstatus.HARD:
            rij.hard += r["woningen"] or 0
        else:
            rij.zacht += r["woningen"] or 0
    return Woningbouw(cijfers=cijfers, pijplijn=list(rijen.values()), aantal_projecten=aantal)


def _segmenten(qs) -> Segmenten:
    sums = qs.order_by().aggregate(**{s: Sum(s) for s in SEGMENTEN})
    return Segmenten(**{s: sums[s] or 0 for s in SEGMENTEN})


def lobby_op(stand: Stand, aantal: int = 5) -> list:
    """The latest changes to lobby dossiers up to the reference date, one per dossier."""
    records = Lobbydossier.history.filter(history_date__lt=stand.einde).order_by("-history_date")
    gezien, uit = set(), []
    for rec in records.only(
        "id", "titel", "slug", "status", "doelwitten", "history_date", "history_type"
    )[:50]:
        if rec.id in gezien:
            continue
        gezien.add(rec.id)
        if rec.history_type != "-":
            uit.append(rec)
        if len(uit) == aantal:
            break
    return uit


def lobbycontacten_op(stand: Stand, aantal: int = 5) -> list:
    """The latest lobby contacts (with their outcome) on or before the reference date."""
    return list(
        Lobbycontact.objects.filter(datum__lte=stand.peildatum)
        .select_related("dossier")
        .order_by("-datum", "-aangemaakt_op")[:aantal]
    )


def bijeenkomsten_na(stand: Stand, aantal: int = 5) -> list:
    vanaf = timezone.now() if stand.actueel else stand.einde
    return list(Bijeenkomst.objects.filter(start__gte=vanaf).order_by("start")[:aantal])


def indicatoren_op(qs, stand: Stand) -> list[Effectindicator]:
    """Indicators from ``qs`` (with ``metingen_zichtbaar``) as they stood: their recorded
    baseline/target/unit for an earlier moment (one more query), latest measurement, progress."""
    indicatoren = list(qs)
    if not stand.actueel:
        vastgelegd_op(indicatoren, moment=stand.einde)
    for ind in indicatoren:
        ind.laatste = laatste_meting(ind)
        ind.voortgang = indicator_voortgang(ind, ind.laatste)
        ind.metingen_oplopend = list(reversed(ind.metingen_zichtbaar))
    return indicatoren


def doelen_op(stand: Stand):
    """Goals with their indicators (latest measurement, progress, history) and lines."""
    indicatoren = indicatoren_op(indicator_list(peildatum=stand.peildatum), stand)
    lijnen = lijn_list(peildatum=stand.peildatum)
    doelen = list(Doel.objects.order_by("code"))
    for doel in doelen:
        doel.indicatoren_lijst = [i for i in indicatoren if i.doel_id == doel.pk]
        doel.lijnen_lijst = [lijn for lijn in lijnen if lijn.doel_id == doel.pk]
        doel.samenvatting = samenvatting_lijnen(lijn.samenvatting for lijn in doel.lijnen_lijst)
    return doelen, lijnen


def dashboard_get(*, stand: Stand, keuzes: list[Stand], programma, perioden) -> Dashboard:
    """Everything the dashboard shows; a fixed number of queries whatever the data size."""
    doelen, lijnen = doelen_op(stand)
    deelsporen = deelsporen_met_status(peildatum=stand.peildatum)
    periode = laatste_verstreken_deadline(perioden, stand.peildatum)
    return Dashboard(
        stand=stand,
        standen=keuzes,
        programma=programma,
        doelen=doelen,
        aandacht=aandacht_lijst(lijnen, deelsporen, periode),
        laatste_deadline=periode,
        woningbouw=woningbouw_op(stand),
        bijeenkomsten=bijeenkomsten_na(stand),
        lobby=lobby_op(stand),
        deelsporen=deelsporen,
        lobbycontacten=lobbycontacten_op(stand),
    )


# --- drill-down -------------------------------------------------------------------------------


def lijn_op(*, slug: str, stand: Stand) -> Activiteitenlijn | None:
    lijnen = lijn_list(peildatum=stand.peildatum, lijnen=Activiteitenlijn.objects.filter(slug=slug))
    return next(iter(lijnen), None)


def activiteit_get(*, slug: str, stand: Stand) -> Activiteit | None:
    updates = Statusupdate.objects.filter(rapportagedatum__lte=stand.peildatum).select_related(
        "auteur"
    )
    return (
        met_laatste_status(
            Activiteit.objects.select_related("lijn__doel", "trekker", "lijn__trekker"),
            peildatum=stand.peildatum,
        )
        .prefetch_related(Prefetch("statusupdates", queryset=updates, to_attr="tijdlijn"))
        .filter(slug=slug)
        .first()
    )


def deelspoor_met_tijdlijn(*, slug: str, stand: Stand) -> Deelspoor | None:
    updates = DeelspoorUpdate.objects.filter(rapportagedatum__lte=stand.peildatum).select_related(
        "auteur"
    )
    return (
        met_laatste_status(
            Deelspoor.objects.select_related("woondeal", "trekker"),
            DeelspoorUpdate,
            "deelspoor",
            peildatum=stand.peildatum,
        )
        .prefetch_related(Prefetch("statusupdates", queryset=updates, to_attr="tijdlijn"))
        .filter(slug=slug)
        .first()
    )


def indicator_met_metingen(*, slug: str, stand: Stand) -> Effectindicator | None:
    qs = indicator_list(peildatum=stand.peildatum).filter(slug=slug)
    return next(iter(indicatoren_op(qs, stand)), None)
