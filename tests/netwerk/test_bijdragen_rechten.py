"""Rights of every role on every contribution URL: a partner of organisation X never reaches
organisation Y's proposals, nor any activity through the werkruimte, the API or the Excel sheet;
internal users do not use the partner area; only programme managers and the line's lead review,
only whoever may update the activity publishes."""

import datetime

import pytest
from django.urls import reverse

from activiteiten.models import Statusupdate
from netwerk import services
from netwerk.models import Bijdrage

pytestmark = pytest.mark.django_db


@pytest.fixture
def bijdragen(bijdragen_basis):
    """Per organisation an accepted contribution (with a held update) and one under review."""
    b = bijdragen_basis
    rij = {}
    for naam, partner, lid in (("x", b.x, b.px), ("y", b.y, b.py)):
        geaccepteerd = services.bijdrage_create(
            partner=partner, lijn=b.lijn, indicator=b.indicator, titel=f"Geaccepteerd {naam}",
            omschrijving="O", opbrengst="P", gereed_op=datetime.date(2026, 6, 1), door=lid,
        )  # fmt: skip
        services.bijdrage_beoordelen(
            bijdrage=geaccepteerd, uitkomst="accepteren", door=b.pm, openbaar=True,
            interne_notitie=f"Interne notitie {naam}",
        )  # fmt: skip
        geaccepteerd.refresh_from_db()
        update = services.bijdrage_statusupdate_create(
            bijdrage=geaccepteerd, status="op_schema", voortgang=10,
            toelichting=f"Vastgehouden update {naam}", door=lid,
        )  # fmt: skip
        open_ = services.bijdrage_create(
            partner=partner, lijn=b.lijn, indicator=b.indicator, titel=f"Voorstel {naam}",
            omschrijving="O", opbrengst="P", gereed_op=datetime.date(2026, 6, 1), door=lid,
        )  # fmt: skip
        rij[naam] = {"geaccepteerd": geaccepteerd, "open": open_, "update": update}
    return rij


def partner_urls(bijdrage) -> dict[str, str]:
    return {
        "detail": reverse("partner:bijdrage", args=[bijdrage.uuid]),
        "bewerken": reverse("partner:bijdrage_bewerken", args=[bijdrage.uuid]),
        "update": reverse("partner:bijdrage_update", args=[bijdrage.uuid]),
    }


def werkruimte_urls(bijdrage, update) -> dict[str, str]:
    return {
        "lijst": reverse("netwerk:bijdragen"),
        "detail": bijdrage.get_werkruimte_url(),
        "beoordelen": reverse("netwerk:bijdrage_beoordelen", args=[bijdrage.uuid]),
        "publiceren": reverse(
            "netwerk:bijdrage_update_publiceren", args=[bijdrage.uuid, update.uuid]
        ),
    }


def test_anonymous_visitors_go_to_the_login_page(client, bijdragen):
    x = bijdragen["x"]
    urls = [reverse("partner:bijdragen"), reverse("partner:bijdrage_nieuw")]
    urls += partner_urls(x["open"]).values()
    urls += werkruimte_urls(x["geaccepteerd"], x["update"]).values()
    for url in urls:
        antwoord = (
            client.post(url)
            if url.endswith(("/update/", "/beoordelen/", "/publiceren/"))
            else client.get(url)
        )
        assert antwoord.status_code == 302, url
        assert antwoord["Location"].startswith("/inloggen/"), url


def test_a_partner_of_x_never_reaches_the_proposals_of_y(client, bijdragen_basis, bijdragen):
    b, y = bijdragen_basis, bijdragen["y"]
    client.force_login(b.px)
    lijst = client.get(reverse("partner:bijdragen")).content.decode()
    assert "Voorstel x" in lijst and "Geaccepteerd x" in lijst
    assert "Voorstel y" not in lijst and "Geaccepteerd y" not in lijst
    for bijdrage in (y["open"], y["geaccepteerd"]):
        urls = partner_urls(bijdrage)
        assert client.get(urls["detail"]).status_code == 404
        assert client.get(urls["bewerken"]).status_code == 404
        assert client.post(urls["bewerken"], {"titel": "Gekaapt"}).status_code == 404
        antwoord = client.post(urls["update"], {"status": "op_schema", "voortgang": "90"})
        assert antwoord.status_code == 404
    assert Bijdrage.objects.filter(titel="Gekaapt").count() == 0
    assert Statusupdate.objects.filter(voortgang=90).count() == 0
    # nor Y's held update through its own accepted contribution's page
    eigen = client.get(partner_urls(bijdragen["x"]["geaccepteerd"])["detail"]).content.decode()
    assert "Vastgehouden update x" in eigen and "Vastgehouden update y" not in eigen


def test_the_partner_page_shows_no_internal_notes_or_staff_names(
    client, bijdragen_basis, bijdragen
):
    b, x = bijdragen_basis, bijdragen["x"]
    pm_naam = b.pm.get_full_name()
    # a published update written by staff shows on the partner's page, without the author
    Statusupdate.objects.create(
        activiteit=x["geaccepteerd"].activiteit, rapportagedatum=datetime.date(2026, 2, 1),
        status="op_schema", voortgang=15, toelichting="Gepubliceerd door staf",
        auteur=b.trekker, gepubliceerd=True,
    )  # fmt: skip
    Statusupdate.objects.create(
        activiteit=x["geaccepteerd"].activiteit, rapportagedatum=datetime.date(2026, 2, 2),
        status="op_schema", voortgang=16, toelichting="Interne staf-update",
        auteur=b.trekker, gepubliceerd=False,
    )  # fmt: skip
    client.force_login(b.px)
    pagina = client.get(partner_urls(x["geaccepteerd"])["detail"]).content.decode()
    assert "Gepubliceerd door staf" in pagina
    assert "Interne staf-update" not in pagina
    assert "Interne notitie x" not in pagina
    assert pm_naam not in pagina and b.trekker.get_full_name() not in pagina


def test_a_partner_reaches_no_internal_page_api_write_or_excel(
    client, api_client, bijdragen_basis, bijdragen
):
    b, x = bijdragen_basis, bijdragen["x"]
    act = x["geaccepteerd"].activiteit
    client.force_login(b.px)
    for url in werkruimte_urls(x["geaccepteerd"], x["update"]).values():
        assert client.get(url).status_code in (403, 405), url
        assert (
            client.post(url, {"uitkomst": "accepteren", "actie": "publiceren"}).status_code == 403
        ), url
    for url in (
        act.get_werkruimte_url(),
        reverse("activiteiten:activiteit_bewerken", args=[act.slug]),
        "/werkruimte/",
        "/werkruimte/excel/export/",
        "/werkruimte/excel/import/",
        "/dashboard/",
        "/werkruimte/netwerk/partners/",
    ):
        assert client.get(url).status_code == 403, url
    antwoord = client.post(
        reverse("activiteiten:activiteit_update", args=[act.slug]),
        {"status": "op_schema", "voortgang": "50", "gepubliceerd": "on"},
    )
    assert antwoord.status_code == 403
    x["update"].refresh_from_db()
    assert not x["update"].gepubliceerd
    # the API: a partner may not write (not even on its own contribution's activity) ...
    api_client.force_authenticate(b.px)
    antwoord = api_client.post(
        "/api/v1/statusupdates/",
        {"activiteit": act.slug, "status": "op_schema", "voortgang": 40,
         "rapportagedatum": "2026-04-30", "gepubliceerd": True},
        format="json",
    )  # fmt: skip
    assert antwoord.status_code == 403
    # ... and reads only what is published, like everybody
    updates = api_client.get("/api/v1/statusupdates/", {"activiteit": act.slug}).json()
    assert "Vastgehouden update" not in str(updates)
    assert Statusupdate.objects.filter(gepubliceerd=True).count() == 0


def test_internal_users_do_not_use_the_partner_area_and_a_partner_needs_an_organisation(
    client, bijdragen_basis, bijdragen
):
    b = bijdragen_basis
    for gebruiker in (b.pm, b.trekker, b.bestuurder, b.zonder):
        client.force_login(gebruiker)
        assert client.get(reverse("partner:bijdragen")).status_code == 403, gebruiker
        assert client.get(reverse("partner:bijdrage_nieuw")).status_code == 403, gebruiker
        detail = partner_urls(bijdragen["x"]["open"])["detail"]
        assert client.get(detail).status_code == 403, gebruiker


@pytest.mark.parametrize(
    "wie,lezen,beoordelen,publiceren",
    [
        ("pm", True, True, True),
        ("trekker", True, True, True),  # the lead of the contribution's line
        ("ander", True, False, False),  # another line's lead reads only
        ("bestuurder", True, False, False),
    ],
)
def test_internal_rights_on_the_werkruimte_pages(
    client, bijdragen_basis, bijdragen, wie, lezen, beoordelen, publiceren
):
    b, x = bijdragen_basis, bijdragen["x"]
    client.force_login(getattr(b, wie))
    urls = werkruimte_urls(x["open"], x["update"])
    assert client.get(urls["lijst"]).status_code == 200
    pagina = client.get(urls["detail"])
    assert pagina.status_code == 200
    assert ("Beoordeling opslaan" in pagina.content.decode()) == beoordelen
    antwoord = client.post(urls["beoordelen"], {"uitkomst": "afwijzen", "reactie": "Nee."})
    assert antwoord.status_code == (302 if beoordelen else 403)
    publiceer = werkruimte_urls(x["geaccepteerd"], x["update"])["publiceren"]
    antwoord = client.post(publiceer, {"actie": "publiceren"})
    assert antwoord.status_code == (302 if publiceren else 403)
    x["update"].refresh_from_db()
    assert x["update"].gepubliceerd == publiceren


def test_an_update_of_another_contribution_cannot_be_published_through_this_one(
    client, bijdragen_basis, bijdragen
):
    b = bijdragen_basis
    client.force_login(b.pm)
    url = reverse(
        "netwerk:bijdrage_update_publiceren",
        args=[bijdragen["x"]["geaccepteerd"].uuid, bijdragen["y"]["update"].uuid],
    )
    assert client.post(url, {"actie": "publiceren"}).status_code == 404
    bijdragen["y"]["update"].refresh_from_db()
    assert not bijdragen["y"]["update"].gepubliceerd
