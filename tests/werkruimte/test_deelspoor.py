"""The sub-track page and its update form."""

import pytest
from django.urls import reverse

from woondeals.models import DeelspoorUpdate

pytestmark = pytest.mark.django_db


def test_lead_posts_a_subtrack_update(werk):
    url = reverse("woondeals:deelspoor", args=[werk.spoor.slug])
    assert url == f"/werkruimte/deelsporen/{werk.spoor.slug}/"
    c = werk.client(werk.trekker_a)
    r = c.post(
        url,
        {
            "status": "aandacht_nodig",
            "voortgang": "20",
            "toelichting": "Provincie vraagt meer onderbouwing.",
            "rapportagedatum": werk.periode.startdatum.isoformat(),
        },
    )
    assert r.status_code == 302
    update = DeelspoorUpdate.objects.get(deelspoor=werk.spoor)
    assert (update.status, update.auteur, update.gepubliceerd) == (
        "aandacht_nodig",
        werk.trekker_a,
        False,
    )
    html = c.get(url).content.decode()
    assert "Provincie vraagt meer onderbouwing." in html


def test_subtrack_bad_input_writes_nothing(werk):
    url = reverse("woondeals:deelspoor", args=[werk.spoor.slug])
    r = werk.client(werk.trekker_a).post(
        url,
        {
            "status": "vertraagd",
            "voortgang": "20",
            "toelichting": "",
            "rapportagedatum": "2026-02-01",
        },
    )
    assert r.status_code == 400
    assert "Licht toe waarom" in r.content.decode()
    assert not DeelspoorUpdate.objects.exists()
