"""Feeds of the public side: Atom (published status updates) and iCalendar (public events).

No person's name in either: status updates are the programme's, so the Atom feed names the
programme (the request's, ``request.programma``) as its author (RFC 4287 requires an author).
Each entry's ``updated`` is when the update last changed (``gewijzigd_op``), its ``published``
the reporting date.
"""

import datetime

from django.conf import settings
from django.contrib.syndication.views import Feed
from django.http import HttpResponse
from django.urls import reverse
from django.utils import timezone
from django.utils.feedgenerator import Atom1Feed

from . import selectors
from .cache import publiek_gecached

AANTAL_IN_FEED = 50


class ProgrammaFeed(Feed):
    """An Atom feed of the request's programme: its title and author name the programme."""

    titel = "{naam}"
    STANDAARD_NAAM = "Programma Stedelijke Ontwikkeling"

    def get_object(self, request, *args, **kwargs):
        return request.programma

    def _naam(self, programma) -> str:
        return getattr(programma, "naam", None) or self.STANDAARD_NAAM

    def title(self, programma):
        return self.titel.format(naam=self._naam(programma))

    def author_name(self, programma):
        return f"Gemeente Almelo, {self._naam(programma)}"


class StatusupdatesFeed(ProgrammaFeed):
    feed_type = Atom1Feed
    titel = "Voortgang {naam} Almelo"
    subtitle = "Gepubliceerde statusupdates van de openbare activiteiten."
    language = "nl"

    def link(self):
        return reverse("publiek:home")

    def feed_url(self):
        return reverse("publiek:statusupdates_feed")

    def items(self, programma):
        return selectors.openbare_statusupdates(programma=programma)[:AANTAL_IN_FEED]

    def item_title(self, item):
        demo = "[Demo] " if item.is_demo else ""
        return (
            f"{demo}{item.activiteit.lijn.code} {item.activiteit.titel}: "
            f"{item.get_status_display()} ({item.voortgang}%)"
        )

    def item_description(self, item):
        return item.toelichting or f"Status: {item.get_status_display()}, {item.voortgang}% gereed."

    def item_link(self, item):
        return f"{item.activiteit.get_absolute_url()}#update-{item.uuid}"

    def item_guid(self, item):
        return f"urn:uuid:{item.uuid}"

    item_guid_is_permalink = False

    def item_pubdate(self, item):
        return timezone.make_aware(
            datetime.datetime.combine(item.rapportagedatum, datetime.time(12, 0))
        )

    def item_updateddate(self, item):
        return item.gewijzigd_op

    def item_categories(self, item):
        return [f"Doel {item.activiteit.lijn.doel.code}", item.activiteit.lijn.code]


statusupdates_feed = publiek_gecached(StatusupdatesFeed())


# --- iCalendar (RFC 5545), written by hand: the format is small ------------------------------


def _ics_tekst(waarde: str) -> str:
    return (
        waarde.replace("\\", "\\\\")
        .replace(";", "\\;")
        .replace(",", "\\,")
        .replace("\r\n", "\\n")
        .replace("\n", "\\n")
    )


def _ics_tijd(moment: datetime.datetime) -> str:
    return moment.astimezone(datetime.UTC).strftime("%Y%m%dT%H%M%SZ")


def _vouw(regel: str) -> str:
    """Fold a content line at 75 octets, continuation lines start with a space (RFC 5545 3.1)."""
    data = regel.encode("utf-8")
    if len(data) <= 75:
        return regel
    delen, begin, limiet = [], 0, 75
    while begin < len(data):
        eind = min(begin + limiet, len(data))
        while eind < len(data) and (data[eind] & 0xC0) == 0x80:  # not inside a UTF-8 character
            eind -= 1
        delen.append(data[begin:eind].decode("utf-8"))
        begin, limiet = eind, 74
    return "\r\n ".join(delen)


def agenda_ics_tekst(bijeenkomsten, *, basis_url: str) -> str:
    nu = _ics_tijd(timezone.now())
    regels = [
        "BEGIN:VCALENDAR",
        "VERSION:2.0",
        "PRODID:-//Gemeente Almelo//Programma Stedelijke Ontwikkeling//NL",
        "CALSCALE:GREGORIAN",
        "METHOD:PUBLISH",
        "X-WR-CALNAME:Agenda Programma Stedelijke Ontwikkeling Almelo",
        "X-WR-TIMEZONE:Europe/Amsterdam",
    ]
    for b in bijeenkomsten:
        if b.start is None:
            continue
        einde = b.einde or b.start + datetime.timedelta(hours=1)
        titel = f"[Demo] {b.titel}" if b.is_demo and not b.titel.startswith("Demo") else b.titel
        regels += [
            "BEGIN:VEVENT",
            f"UID:{b.uuid}@programma.almelo.nl",
            f"DTSTAMP:{nu}",
            f"DTSTART:{_ics_tijd(b.start)}",
            f"DTEND:{_ics_tijd(einde)}",
            f"SUMMARY:{_ics_tekst(titel)}",
            f"CATEGORIES:{_ics_tekst(b.get_soort_display())}",
            f"URL:{basis_url}{b.get_absolute_url()}",
        ]
        if b.locatie:
            regels.append(f"LOCATION:{_ics_tekst(b.locatie)}")
        if b.openbare_samenvatting:
            regels.append(f"DESCRIPTION:{_ics_tekst(b.openbare_samenvatting)}")
        regels.append("END:VEVENT")
    regels.append("END:VCALENDAR")
    return "".join(_vouw(r) + "\r\n" for r in regels)


@publiek_gecached
def agenda_ics(request):
    tekst = agenda_ics_tekst(
        selectors.openbare_bijeenkomsten(), basis_url=settings.SITE_URL.rstrip("/")
    )
    return HttpResponse(
        tekst,
        content_type="text/calendar; charset=utf-8",
        headers={"Content-Disposition": 'inline; filename="agenda-stedelijke-ontwikkeling.ics"'},
    )
