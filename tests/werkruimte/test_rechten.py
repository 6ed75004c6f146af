"""Each role's rights on every werkruimte URL: allowed and refused.

anonymous → login page; partner and users without a role → 403 everywhere; bestuurder reads
(and may follow) but every edit is 403; a lijntrekker edits only what they lead.
"""

import pytest
from django.urls import reverse

from activiteiten.models import Activiteit, Statusupdate
from woondeals.models import DeelspoorUpdate

pytestmark = pytest.mark.django_db

UPDATE = {
    "status": "op_schema",
    "voortgang": "10",
    "toelichting": "x",
    "rapportagedatum": "2026-01-15",
}

# (URL name, method, object, data) — object: act_a / act_b / lijn_a / lijn_b / spoor / None
URLS = [
    ("werkruimte:lijst", "get", None, None),
    ("activiteiten:activiteit", "get", "act_a", None),
    ("activiteiten:activiteit_bewerken", "get", "act_a", None),
    ("activiteiten:activiteit_bewerken", "post", "act_a", {"titel": "Nieuw", "versie": "1"}),
    ("activiteiten:activiteit_update", "post", "act_a", UPDATE),
    ("activiteiten:activiteit_volgen", "post", "act_a", {"actie": "volgen"}),
    ("activiteiten:lijn", "get", "lijn_a", None),
    ("activiteiten:lijn_volgen", "post", "lijn_a", {"actie": "volgen"}),
    ("activiteiten:lijn_doorzetten", "post", "lijn_a", {"van_jaar": "2025"}),
    ("woondeals:deelspoor", "get", "spoor", None),
    ("woondeals:deelspoor", "post", "spoor", UPDATE),
    ("werkruimte:excel_export", "get", None, None),
    ("werkruimte:excel_import", "get", None, None),
    ("werkruimte:excel_import", "post", None, {}),
]
LEZEN = {
    ("werkruimte:lijst", "get"),
    ("activiteiten:activiteit", "get"),
    ("activiteiten:lijn", "get"),
    ("woondeals:deelspoor", "get"),
}
VOLGEN = {("activiteiten:activiteit_volgen", "post"), ("activiteiten:lijn_volgen", "post")}


def _vraag(werk, user, naam, methode, obj, data):
    kwargs = {}
    if obj:
        kwargs = {"slug": getattr(werk, obj).slug}
    url = reverse(naam, kwargs=kwargs)
    client = werk.client(user)
    return url, (client.get(url) if methode == "get" else client.post(url, data))


@pytest.mark.parametrize(("naam", "methode", "obj", "data"), URLS)
def test_anonymous_goes_to_the_login_page(werk, naam, methode, obj, data):
    url, r = _vraag(werk, None, naam, methode, obj, data)
    assert r.status_code == 302
    assert r["Location"].startswith(reverse("login") + "?next=")


@pytest.mark.parametrize("wie", ["partner", "geen_rol"])
@pytest.mark.parametrize(("naam", "methode", "obj", "data"), URLS)
def test_partners_and_users_without_a_role_are_refused(werk, wie, naam, methode, obj, data):
    _, r = _vraag(werk, getattr(werk, wie), naam, methode, obj, data)
    assert r.status_code == 403


@pytest.mark.parametrize(("naam", "methode", "obj", "data"), URLS)
def test_bestuurder_reads_and_follows_but_edits_nothing(werk, naam, methode, obj, data):
    _, r = _vraag(werk, werk.bestuurder, naam, methode, obj, data)
    if (naam, methode) in LEZEN:
        assert r.status_code == 200
    elif (naam, methode) in VOLGEN:
        assert r.status_code == 302
    else:
        assert r.status_code == 403
    assert not Statusupdate.objects.exists() and not DeelspoorUpdate.objects.exists()


@pytest.mark.parametrize(("naam", "methode", "obj", "data"), URLS)
def test_programme_manager_may_do_everything(werk, naam, methode, obj, data):
    _, r = _vraag(werk, werk.pm, naam, methode, obj, data)
    assert r.status_code in (200, 302, 400)  # 400: the (deliberately empty) import form


@pytest.mark.parametrize(("naam", "methode", "obj", "data"), URLS)
def test_lijntrekker_edits_what_they_lead(werk, naam, methode, obj, data):
    _, r = _vraag(werk, werk.trekker_a, naam, methode, obj, data)
    assert r.status_code in (200, 302, 400)


@pytest.mark.parametrize(
    ("naam", "methode", "obj", "data"),
    [
        ("activiteiten:activiteit_bewerken", "get", "act_a", None),
        ("activiteiten:activiteit_bewerken", "post", "act_a", {"titel": "Nieuw", "versie": "1"}),
        ("activiteiten:activiteit_update", "post", "act_a", UPDATE),
        ("activiteiten:lijn_doorzetten", "post", "lijn_a", {"van_jaar": "2025"}),
        ("woondeals:deelspoor", "post", "spoor", UPDATE),
    ],
)
def test_lijntrekker_is_refused_on_what_others_lead(werk, naam, methode, obj, data):
    _, r = _vraag(werk, werk.trekker_b, naam, methode, obj, data)
    assert r.status_code == 403
    assert Activiteit.objects.get(pk=werk.act_a.pk).titel == "Woondeal uitwerken"
    assert not Statusupdate.objects.exists() and not DeelspoorUpdate.objects.exists()


def test_lijntrekker_sees_no_edit_form_on_others_activities(werk):
    r = werk.client(werk.trekker_b).get(reverse("activiteiten:activiteit", args=[werk.act_a.slug]))
    assert r.status_code == 200
    assert "Nieuwe statusupdate" not in r.content.decode()
    assert "Activiteit bewerken" not in r.content.decode()
