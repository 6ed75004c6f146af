"""Rights per role on every werkruimte URL of the housing pipeline.

Read: programme manager, line leads, aldermen. Edit: programme manager and the A4 lead.
Partners get 403; anonymous visitors are sent to the login page.
"""

import random

import pytest
from django.contrib.auth import get_user_model
from django.urls import reverse

from woondeals.demo import laad_woondeal_demo
from woondeals.models import Gebiedsontwikkeling, Mijlpaal, Subsidieaanvraag, SubsidieVoorwaarde

pytestmark = pytest.mark.django_db


def _urls():
    gebied = Gebiedsontwikkeling.objects.first()
    mijlpaal = Mijlpaal.objects.filter(gebiedsontwikkeling=gebied).first()
    aanvraag = Subsidieaanvraag.objects.first()
    lezen = [
        reverse("woondeals:woondeal"),
        reverse("woondeals:cijfers"),
        reverse("woondeals:projecten"),
        reverse("woondeals:export", args=["xlsx"]),
        reverse("woondeals:export", args=["csv"]),
        reverse("woondeals:project", args=["demo-project-1"]),
        reverse("woondeals:gebieden"),
        reverse("woondeals:gebied", args=[gebied.slug]),
        reverse("woondeals:subsidies"),
        reverse("woondeals:subsidie", args=[aanvraag.pk]),
    ]
    bewerken = [
        reverse("woondeals:woondeal_bewerken"),
        reverse("woondeals:afspraken"),
        reverse("woondeals:project_nieuw"),
        reverse("woondeals:import"),
        reverse("woondeals:project_bewerken", args=["demo-project-1"]),
        reverse("woondeals:gebied_nieuw"),
        reverse("woondeals:gebied_bewerken", args=[gebied.slug]),
        reverse("woondeals:mijlpaal_nieuw", args=[gebied.slug]),
        reverse("woondeals:mijlpaal_bereikt", args=[gebied.slug, mijlpaal.pk]),
        reverse("woondeals:rol_nieuw", args=[gebied.slug]),
        reverse("woondeals:subsidie_nieuw"),
        reverse("woondeals:subsidie_bewerken", args=[aanvraag.pk]),
        reverse("woondeals:voorwaarde_nieuw", args=[aanvraag.pk]),
    ]
    voorwaarde = SubsidieVoorwaarde.objects.filter(aanvraag=aanvraag).first()
    alleen_post = [
        reverse("woondeals:koopprijsgrens"),
        reverse("woondeals:realisatie", args=["demo-project-1"]),
        reverse("woondeals:voorwaarde_verwijderen", args=[aanvraag.pk, voorwaarde.pk]),
    ]
    return lezen, bewerken, alleen_post


def test_rights_per_role_on_every_url(client, demo):
    laad_woondeal_demo(random.Random(1), 1)
    lezen, bewerken, alleen_post = _urls()
    users = {u.username: u for u in get_user_model().objects.all()}
    # trekker.wonen leads A1–A4 in the demo, so the woondeal's line A4
    verwacht = {
        "programmamanager": (200, 200),
        "trekker.wonen": (200, 200),
        "trekker.netwerk": (200, 403),
        "wethouder": (200, 403),
        "partner": (403, 403),
    }
    for username, (lees_code, bewerk_code) in verwacht.items():
        client.force_login(users[username])
        for url in lezen:
            assert client.get(url).status_code == lees_code, (username, url)
        for url in bewerken:
            assert client.get(url).status_code == bewerk_code, (username, url)
        for url in alleen_post:
            # refused roles get 403 before anything is read; editors get 405 on GET
            assert client.get(url).status_code == (405 if bewerk_code == 200 else 403), url
            if bewerk_code == 403:
                assert client.post(url, {}).status_code == 403, (username, url)
        client.logout()
    for url in lezen + bewerken + alleen_post:
        response = client.get(url)
        assert response.status_code == 302 and response.url.startswith("/inloggen/"), url
    assert SubsidieVoorwaarde.objects.count() == 4  # the refused POSTs deleted nothing


def test_edit_buttons_only_for_editors(client, demo):
    users = {u.username: u for u in get_user_model().objects.all()}
    client.force_login(users["wethouder"])
    html = client.get(reverse("woondeals:projecten")).content.decode()
    assert "Project toevoegen" not in html
    client.force_login(users["trekker.wonen"])
    html = client.get(reverse("woondeals:projecten")).content.decode()
    assert "Project toevoegen" in html


def test_menu_item_for_internal_users_only(client, demo):
    users = {u.username: u for u in get_user_model().objects.all()}
    client.force_login(users["wethouder"])
    assert 'href="/werkruimte/woningbouw/"' in client.get("/").content.decode()
    client.force_login(users["partner"])
    assert 'href="/werkruimte/woningbouw/"' not in client.get("/").content.decode()
