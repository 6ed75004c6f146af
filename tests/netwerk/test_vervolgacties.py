"""Follow-up actions appear in their owner's werkruimte until done."""

import datetime

import pytest
from django.template.loader import render_to_string
from django.utils import timezone

from netwerk.models import Vervolgactie
from netwerk.selectors import vervolgacties_open_voor

pytestmark = pytest.mark.django_db


def test_open_actions_are_listed_for_their_owner_only(als, netwerk_basis, gebruikers):
    html = als("trekker.netwerk").get("/werkruimte/netwerk/acties/").content.decode()
    assert "Geheime vervolgactie uitwerken" in html
    html = als("programmamanager").get("/werkruimte/netwerk/acties/").content.decode()
    assert "Geheime vervolgactie uitwerken" not in html
    assert "U heeft geen open vervolgacties." in html
    assert list(vervolgacties_open_voor(gebruikers["trekker.netwerk"])) == [netwerk_basis["actie"]]


def test_the_owner_marks_an_action_done_and_it_leaves_the_list(als, netwerk_basis):
    client = als("trekker.netwerk")
    actie = netwerk_basis["actie"]
    response = client.post(
        f"/werkruimte/netwerk/acties/{actie.pk}/afronden/", {"volgende": "acties"}
    )
    assert response.status_code == 302
    assert response["Location"] == "/werkruimte/netwerk/acties/"
    actie.refresh_from_db()
    assert actie.afgerond and actie.afgerond_op is not None
    html = client.get("/werkruimte/netwerk/acties/").content.decode()
    assert "U heeft geen open vervolgacties." in html
    assert not vervolgacties_open_voor(netwerk_basis["gebruikers"]["trekker.netwerk"]).exists()


def test_an_owner_without_edit_rights_may_finish_their_own_action_only(als, netwerk_basis):
    from netwerk import services

    wethouder_actie = services.vervolgactie_create(
        bijeenkomst=netwerk_basis["bijeenkomst"],
        omschrijving="Wethouder belt de gedeputeerde",
        eigenaar=netwerk_basis["gebruikers"]["wethouder"],
        deadline=timezone.localdate(),
    )
    client = als("wethouder")
    assert (
        client.post(f"/werkruimte/netwerk/acties/{netwerk_basis['actie'].pk}/afronden/").status_code
        == 403
    )
    assert (
        client.post(f"/werkruimte/netwerk/acties/{wethouder_actie.pk}/afronden/").status_code == 302
    )
    wethouder_actie.refresh_from_db()
    assert wethouder_actie.afgerond
    assert (
        client.get(f"/werkruimte/netwerk/acties/{wethouder_actie.pk}/afronden/").status_code == 405
    )


def test_adding_an_action_on_the_event_page(als, netwerk_basis, gebruikers):
    client = als("trekker.netwerk")
    b = netwerk_basis["bijeenkomst"]
    url = f"/werkruimte/netwerk/bijeenkomsten/{b.slug}/acties/nieuw/"
    fout = client.post(url, {"omschrijving": "Verslag sturen", "deadline": "2026-12-01"})
    assert "Kies wie de actie uitvoert." in fout.content.decode()
    assert Vervolgactie.objects.count() == 1
    partner_user = gebruikers["partner"]
    fout = client.post(
        url, {"omschrijving": "X", "eigenaar": partner_user.pk, "deadline": "2026-12-01"}
    )
    assert fout.status_code == 200  # a partner is not a valid owner
    assert Vervolgactie.objects.count() == 1
    ok = client.post(
        url,
        {
            "omschrijving": "Verslag sturen",
            "eigenaar": gebruikers["programmamanager"].pk,
            "deadline": "2026-12-01",
        },
    )
    assert ok.status_code == 302
    actie = Vervolgactie.objects.get(omschrijving="Verslag sturen")
    assert actie.eigenaar == gebruikers["programmamanager"]
    assert actie.deadline == datetime.date(2026, 12, 1)


def test_include_template_for_the_werkruimte(netwerk_basis, gebruikers, rf):
    request = rf.get("/werkruimte/")
    request.user = gebruikers["trekker.netwerk"]
    html = render_to_string(
        "netwerk/includes/mijn_acties.html",
        {"acties": vervolgacties_open_voor(request.user)},
        request=request,
    )
    assert "Mijn vervolgacties" in html
    assert "Geheime vervolgactie uitwerken" in html
    assert f"/werkruimte/netwerk/acties/{netwerk_basis['actie'].pk}/afronden/" in html


def test_overdue_actions_are_marked(als, netwerk_basis):
    Vervolgactie.objects.update(deadline=timezone.localdate() - datetime.timedelta(days=1))
    html = als("trekker.netwerk").get("/werkruimte/netwerk/acties/").content.decode()
    assert "Te laat" in html
