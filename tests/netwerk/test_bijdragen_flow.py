"""A partner proposes a contribution, the line's lead or a programme manager reviews it (ask for
changes + resubmit, decline with a reason, accept into an activity of the line), the partner is
e-mailed each outcome, reports progress on the accepted one, and the lead publishes it."""

import datetime

import pytest
from django.core import mail
from django.urls import reverse

from activiteiten.models import Activiteit, Statusupdate
from netwerk.models import Bijdrage
from netwerk.tasks import bijdrage_beoordeling_mailen

pytestmark = pytest.mark.django_db


def voorstel(b, **anders):
    data = {
        "lijn": b.lijn.pk,
        "titel": "Dertig sociale huurwoningen aan de Wierdensestraat",
        "omschrijving": "Wij bouwen dertig sociale huurwoningen.",
        "gereed_op": "2026-10-01",
        "indicator": b.indicator.pk,
        "opbrengst": "30 extra nieuwbouwwoningen, sociale huur.",
    }
    data.update(anders)
    return data


def voorstellen(client, b, **anders):
    return client.post(reverse("partner:bijdrage_nieuw"), voorstel(b, **anders))


@pytest.fixture
def beoordelen(django_capture_on_commit_callbacks):
    """Post a review; the tasks queued after the commit run (inline) before it returns."""

    def posten(client, bijdrage, **data):
        with django_capture_on_commit_callbacks(execute=True):
            url = reverse("netwerk:bijdrage_beoordelen", args=[bijdrage.uuid])
            return client.post(url, data)

    return posten


def test_a_partner_proposes_and_bad_input_writes_nothing(
    client, bijdragen_basis, django_capture_on_commit_callbacks
):
    b = bijdragen_basis
    client.force_login(b.px)
    fout = voorstellen(client, b, titel="", gereed_op="2031-01-01")
    assert fout.status_code == 400
    assert "Dit veld is vereist." in fout.content.decode()
    buiten = voorstellen(client, b, gereed_op="2031-01-01")
    assert buiten.status_code == 400
    assert "binnen de looptijd van het programma" in buiten.content.decode()
    assert not Bijdrage.objects.exists()

    assert mail.outbox == []
    with django_capture_on_commit_callbacks(execute=True):
        antwoord = voorstellen(client, b)
    bijdrage = Bijdrage.objects.get()
    assert antwoord.status_code == 302
    assert [m.to for m in mail.outbox] == [[b.trekker.email]]  # the lead of line A4
    assert antwoord["Location"] == bijdrage.get_absolute_url()
    assert (bijdrage.partner, bijdrage.lijn, bijdrage.indicator) == (b.x, b.lijn, b.indicator)
    assert bijdrage.status == "ingediend" and bijdrage.ingediend_door == b.px
    pagina = client.get(bijdrage.get_absolute_url()).content.decode()
    assert "wacht op beoordeling" in pagina
    lijst = client.get(reverse("partner:bijdragen")).content.decode()
    assert "Dertig sociale huurwoningen" in lijst


def test_changes_requested_then_resubmitted_then_declined_with_reason(
    client, bijdragen_basis, beoordelen
):
    b = bijdragen_basis
    client.force_login(b.px)
    voorstellen(client, b)
    bijdrage = Bijdrage.objects.get()

    client.force_login(b.trekker)  # the lead of line A4
    leeg = beoordelen(client, bijdrage, uitkomst="wijziging", reactie=" ")
    assert leeg.status_code == 400
    assert "Schrijf welke wijziging u vraagt." in leeg.content.decode()
    bijdrage.refresh_from_db()
    assert bijdrage.status == "ingediend" and mail.outbox == []

    antwoord = beoordelen(
        client,
        bijdrage,
        uitkomst="wijziging",
        reactie="Noem ook het aantal middenhuurwoningen.",
        interne_notitie="Vertrouwelijk: wethouder wil meer middenhuur.",
    )
    assert antwoord.status_code == 302
    bijdrage.refresh_from_db()
    assert bijdrage.status == "wijziging_gevraagd"
    assert len(mail.outbox) == 1
    assert mail.outbox[0].to == [b.px.email]
    assert "wijziging gevraagd" in mail.outbox[0].subject
    assert "Noem ook het aantal middenhuurwoningen." in mail.outbox[0].body
    assert "Vertrouwelijk" not in mail.outbox[0].body
    assert "Trekker Wonen" not in mail.outbox[0].body  # no name of staff

    client.force_login(b.px)
    pagina = client.get(bijdrage.get_absolute_url()).content.decode()
    assert "Noem ook het aantal middenhuurwoningen." in pagina
    assert "Vertrouwelijk" not in pagina and "Trekker Wonen" not in pagina
    bewerken = reverse("partner:bijdrage_bewerken", args=[bijdrage.uuid])
    assert client.get(bewerken).status_code == 200
    antwoord = client.post(bewerken, voorstel(b, titel="Dertig huurwoningen, tien middenhuur"))
    assert antwoord.status_code == 302
    bijdrage.refresh_from_db()
    assert bijdrage.status == "ingediend"
    assert bijdrage.titel == "Dertig huurwoningen, tien middenhuur"

    client.force_login(b.pm)
    zonder_reden = beoordelen(client, bijdrage, uitkomst="afwijzen", reactie="")
    assert zonder_reden.status_code == 400
    assert "Geef de reden van de afwijzing." in zonder_reden.content.decode()
    beoordelen(client, bijdrage, uitkomst="afwijzen", reactie="Past niet in het budget.")
    bijdrage.refresh_from_db()
    assert bijdrage.status == "afgewezen" and bijdrage.activiteit is None
    assert len(mail.outbox) == 2
    assert "afgewezen" in mail.outbox[1].subject
    assert "Past niet in het budget." in mail.outbox[1].body

    client.force_login(b.px)
    pagina = client.get(bijdrage.get_absolute_url()).content.decode()
    assert "De bijdrage is afgewezen" in pagina and "Past niet in het budget." in pagina
    assert client.get(bewerken).status_code == 403  # a decided proposal stays as it is
    assert client.post(bewerken, voorstel(b, titel="Nog eens")).status_code == 403
    # a second review of a decided proposal is refused and sends nothing
    client.force_login(b.pm)
    assert beoordelen(client, bijdrage, uitkomst="accepteren").status_code == 400
    assert len(mail.outbox) == 2


def test_accepted_it_becomes_an_activity_and_the_partner_reports_progress(
    client, bijdragen_basis, beoordelen
):
    b = bijdragen_basis
    client.force_login(b.px)
    voorstellen(client, b)
    bijdrage = Bijdrage.objects.get()
    client.force_login(b.trekker)
    antwoord = beoordelen(client, bijdrage, uitkomst="accepteren", reactie="Welkom!", openbaar="on")
    assert antwoord.status_code == 302
    bijdrage.refresh_from_db()
    act = bijdrage.activiteit
    assert bijdrage.status == "geaccepteerd"
    assert (act.lijn, act.jaar, act.titel, act.openbaar) == (b.lijn, 2026, bijdrage.titel, True)
    assert act.geplande_eind == datetime.date(2026, 10, 1)
    assert act.bijdrage.partner == b.x  # the organisation is the executor
    assert Activiteit.objects.filter(bijdrage__partner=b.x).count() == 1
    assert len(mail.outbox) == 1 and "geaccepteerd" in mail.outbox[0].subject
    assert "Woonstichting X als uitvoerder" in mail.outbox[0].body

    client.force_login(b.px)
    update_url = reverse("partner:bijdrage_update", args=[bijdrage.uuid])
    fout = client.post(update_url, {"status": "vertraagd", "voortgang": "120"})
    assert fout.status_code == 400 and not Statusupdate.objects.exists()
    antwoord = client.post(
        update_url,
        {"status": "op_schema", "voortgang": "25", "toelichting": "Heipalen staan.",
         "rapportagedatum": "2026-03-01", "gepubliceerd": "on"},
    )  # fmt: skip
    assert antwoord.status_code == 302
    update = Statusupdate.objects.get()
    assert (update.activiteit, update.auteur, update.gepubliceerd) == (act, b.px, False)
    pagina = client.get(bijdrage.get_absolute_url()).content.decode()
    assert "Heipalen staan." in pagina and "Wacht op publicatie" in pagina

    publiek = act.get_absolute_url()
    client.logout()
    assert "Heipalen staan." not in client.get(publiek).content.decode()

    client.force_login(b.trekker)
    activiteitpagina = client.get(act.get_werkruimte_url()).content.decode()
    assert "Uitvoerder" in activiteitpagina and "Woonstichting X" in activiteitpagina
    assert bijdrage.get_werkruimte_url() in activiteitpagina
    werkpagina = client.get(bijdrage.get_werkruimte_url()).content.decode()
    assert "Heipalen staan." in werkpagina and "wacht op publicatie" in werkpagina
    publiceren = reverse("netwerk:bijdrage_update_publiceren", args=[bijdrage.uuid, update.uuid])
    assert client.post(publiceren, {"actie": "publiceren"}).status_code == 302
    update.refresh_from_db()
    assert update.gepubliceerd
    assert update.history.first().history_user == b.trekker
    client.logout()
    pagina = client.get(publiek).content.decode()
    assert "Heipalen staan." in pagina and "Woonstichting X" in pagina

    client.force_login(b.trekker)
    client.post(publiceren, {"actie": "intrekken"})
    client.logout()
    assert "Heipalen staan." not in client.get(publiek).content.decode()


def test_the_outcome_e_mail_goes_out_once(bijdragen_basis, django_capture_on_commit_callbacks):
    from netwerk.services import bijdrage_beoordelen, bijdrage_create

    b = bijdragen_basis
    bijdrage = bijdrage_create(
        partner=b.x, lijn=b.lijn, indicator=b.indicator, titel="T", omschrijving="O",
        opbrengst="P", gereed_op=datetime.date(2026, 5, 1), door=b.px,
    )  # fmt: skip
    with django_capture_on_commit_callbacks(execute=True):
        bijdrage_beoordelen(bijdrage=bijdrage, uitkomst="afwijzen", reactie="Nee.", door=b.pm)
    assert len(mail.outbox) == 1
    assert bijdrage_beoordeling_mailen(bijdrage.pk, 1) == 0  # a rerun sends nothing
    assert len(mail.outbox) == 1
