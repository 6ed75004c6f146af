"""Timelines show one page, newest first, with a plain "Oudere updates" link: the werkruimte
activity and sub-track pages (updates and audit history), the public activity page and the
dashboard drill-downs. A page costs the same queries with 50 updates as with 5,000."""

import datetime
import re

import pytest
from django.core.cache import cache
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from activiteiten.models import Statusupdate
from activiteiten.services import activiteit_update
from almelo_programma.kern.tijdlijn import PER_PAGINA
from woondeals.models import DeelspoorUpdate

pytestmark = pytest.mark.django_db
BEGIN = datetime.date(2010, 1, 1)


def _veel(model, n, *, start=0, **velden):
    """``n`` updates numbered ``start`` … ``start + n - 1``: a higher number is a later date."""
    model.objects.bulk_create(
        [
            model(
                rapportagedatum=BEGIN + datetime.timedelta(days=i),
                status="op_schema",
                voortgang=i % 100,
                toelichting=f"Bulk-update {i}.",
                gepubliceerd=True,
                **velden,
            )
            for i in range(start, start + n)
        ],
        batch_size=1000,
    )


def _nummers(html: str) -> list[int]:
    return [int(n) for n in re.findall(r"Bulk-update (\d+)\.", html)]


def _oudere_link(html: str, tekst: str = "Oudere updates") -> str | None:
    gevonden = re.search(rf'<a href="([^"]*)" rel="next">{tekst}</a>', html)
    return gevonden.group(1).replace("&amp;", "&") if gevonden else None


def _doorloop(client, url: str, n: int) -> None:
    """Page 1 holds the newest ``PER_PAGINA``; following "Oudere updates" reaches every update
    exactly once, newest first, and the last page has no such link."""
    gezien, volgende, paginas = [], url, 0
    while volgende:
        response = client.get(volgende if volgende.startswith("/") else url + volgende)
        assert response.status_code == 200
        html = response.content.decode()
        nummers = _nummers(html)
        assert 0 < len(nummers) <= PER_PAGINA
        gezien += nummers
        paginas += 1
        oudere = _oudere_link(html)
        volgende = url.split("?")[0] + oudere if oudere else None
    assert gezien == list(range(n - 1, -1, -1))
    assert paginas == -(-n // PER_PAGINA)


def _queries(client, url) -> int:
    with CaptureQueriesContext(connection) as ctx:
        assert client.get(url).status_code == 200
    return len(ctx.captured_queries)


def _vast_bij_50_en_5000(client, url, model, **velden) -> None:
    """The page renders at most one page of 5,000 updates, with a fixed number of queries."""
    _veel(model, 50, **velden)
    client.get(url)  # warm up (session, content types)
    bij_50 = _queries(client, url)
    _veel(model, 4950, start=50, **velden)
    bij_5000 = _queries(client, url)
    html = client.get(url).content.decode()
    assert _nummers(html) == list(range(4999, 4999 - PER_PAGINA, -1))
    assert _oudere_link(html)
    assert bij_5000 == bij_50


def test_werkruimte_activity_page_shows_one_page_of_5000_updates(werk):
    url = reverse("activiteiten:activiteit", args=[werk.act_a.slug])
    _vast_bij_50_en_5000(werk.client(werk.pm), url, Statusupdate, activiteit=werk.act_a)


def test_werkruimte_activity_older_updates_link_walks_every_update_once(werk):
    _veel(Statusupdate, 2 * PER_PAGINA + 5, activiteit=werk.act_a)
    url = reverse("activiteiten:activiteit", args=[werk.act_a.slug])
    _doorloop(werk.client(werk.pm), url, 2 * PER_PAGINA + 5)


def test_update_form_starts_from_the_latest_update_on_older_pages(werk):
    _veel(Statusupdate, PER_PAGINA + 1, activiteit=werk.act_a)
    url = reverse("activiteiten:activiteit", args=[werk.act_a.slug])
    form = werk.client(werk.pm).get(url, {"updates_pagina": 2}).context["form"]
    assert form.initial["voortgang"] == PER_PAGINA % 100  # the newest: number PER_PAGINA
    # a page number that is not one shows the first page
    html = werk.client(werk.pm).get(url, {"updates_pagina": "x"}).content.decode()
    assert _nummers(html)[0] == PER_PAGINA


def test_subtrack_page_is_paginated_with_fixed_queries(werk):
    url = reverse("woondeals:deelspoor", args=[werk.spoor.slug])
    _vast_bij_50_en_5000(werk.client(werk.trekker_a), url, DeelspoorUpdate, deelspoor=werk.spoor)


def test_audit_history_is_paginated_and_its_oldest_line_still_shows_its_change(werk):
    act = werk.act_a
    for i in range(PER_PAGINA + 3):  # 1 creation + 23 changes of the title
        act = activiteit_update(activiteit=act, door=werk.pm, titel=f"Titel {i}", versie=act.versie)
    url = reverse("activiteiten:activiteit", args=[act.slug])
    c = werk.client(werk.pm)
    eerste = c.get(url)
    assert len(eerste.context["historie"]) == PER_PAGINA
    html = eerste.content.decode()
    oudere = _oudere_link(html, "Oudere wijzigingen")
    assert oudere == "?historie_pagina=2"
    # the oldest line on page 1 compares against the record before it (on page 2)
    oudste = eerste.context["historie"][PER_PAGINA - 1]
    assert [(w.oud, w.nieuw) for w in oudste.wijzigingen if w.veld == "titel"] == [
        ("Titel 2", "Titel 3")
    ]
    tweede = c.get(url + oudere)
    assert [r.soort for r in tweede.context["historie"]][-1] == "aangemaakt"
    assert len(tweede.context["historie"]) == PER_PAGINA + 3 + 1 - PER_PAGINA
    assert _oudere_link(tweede.content.decode(), "Oudere wijzigingen") is None
    assert "Nieuwere wijzigingen" in tweede.content.decode()


def test_public_activity_page_is_paginated_and_shows_only_published_updates(werk, settings):
    settings.PUBLIEK_CACHE_SECONDEN = 0
    cache.clear()
    url = werk.act_a.get_absolute_url()
    Statusupdate.objects.create(
        activiteit=werk.act_a,
        rapportagedatum=BEGIN + datetime.timedelta(days=9000),
        status="op_schema",
        voortgang=1,
        toelichting="Intern concept.",
        gepubliceerd=False,
    )
    _vast_bij_50_en_5000(Client(), url, Statusupdate, activiteit=werk.act_a)
    html = Client().get(url, {"updates_pagina": 250}).content.decode()
    assert _nummers(html) == list(range(19, -1, -1))
    assert _oudere_link(html) is None and "Intern concept." not in html


def test_dashboard_drilldowns_are_paginated_and_keep_the_stand(werk):
    c = werk.client(werk.bestuurder)
    url = reverse("dashboard:activiteit", args=[werk.act_a.slug])
    _vast_bij_50_en_5000(c, url, Statusupdate, activiteit=werk.act_a)
    html = c.get(url, {"stand": "2024"}).content.decode()
    assert _oudere_link(html) == "?stand=2024&updates_pagina=2"
    assert c.get(url + "?stand=2024&updates_pagina=2").status_code == 200
    _veel(DeelspoorUpdate, PER_PAGINA + 1, deelspoor=werk.spoor)
    url = reverse("dashboard:deelspoor", args=[werk.spoor.slug])
    _doorloop(c, url, PER_PAGINA + 1)
