"""The activity page: timeline, audit history, the status-update form and its bad input."""

import datetime

import pytest
from django.urls import reverse

from activiteiten.models import Statusupdate
from tests.factories import StatusupdateFactory

pytestmark = pytest.mark.django_db


def _update_url(act):
    return reverse("activiteiten:activiteit_update", kwargs={"slug": act.slug})


def _geldig(werk, **anders):
    data = {
        "status": "op_schema",
        "voortgang": "35",
        "toelichting": "Eerste gesprekken gevoerd.",
        "rapportagedatum": werk.periode.startdatum.isoformat(),
        "gepubliceerd": "on",
    }
    data.update(anders)
    return data


def test_page_shows_description_lead_year_timeline_newest_first(werk):
    StatusupdateFactory(
        activiteit=werk.act_a, rapportagedatum=datetime.date(2026, 1, 31), toelichting="Oudste"
    )
    StatusupdateFactory(
        activiteit=werk.act_a,
        rapportagedatum=datetime.date(2026, 4, 30),
        toelichting="Nieuwste",
        auteur=werk.trekker_a,
    )
    r = werk.client(werk.bestuurder).get(reverse("activiteiten:activiteit", args=[werk.act_a.slug]))
    assert r.status_code == 200
    html = r.content.decode()
    assert "Woondeal uitwerken" in html and str(werk.act_a.jaar) in html
    assert html.index("Nieuwste") < html.index("Oudste")
    assert "door Anna" in html
    assert "Nieuwe statusupdate" not in html  # bestuurders read only


def test_lijntrekker_posts_an_update_and_sees_it_on_the_timeline(werk):
    c = werk.client(werk.trekker_a)
    r = c.post(_update_url(werk.act_a), _geldig(werk))
    assert r.status_code == 302
    update = Statusupdate.objects.get(activiteit=werk.act_a)
    assert (update.status, update.voortgang, update.auteur, update.gepubliceerd) == (
        "op_schema",
        35,
        werk.trekker_a,
        True,
    )
    html = c.get(r["Location"]).content.decode()
    assert "Uw statusupdate is opgeslagen." in html
    assert "Eerste gesprekken gevoerd." in html


def test_form_starts_from_today_and_the_latest_update(werk):
    url = reverse("activiteiten:activiteit", args=[werk.act_a.slug])
    r = werk.client(werk.trekker_a).get(url)
    assert r.context["form"].initial["rapportagedatum"] == datetime.date.today()
    StatusupdateFactory(activiteit=werk.act_a, status="aandacht_nodig", voortgang=70)
    initial = werk.client(werk.trekker_a).get(url).context["form"].initial
    assert (initial["status"], initial["voortgang"]) == ("aandacht_nodig", 70)


@pytest.mark.parametrize(
    ("anders", "veld", "bericht"),
    [
        ({"voortgang": "120"}, "voortgang", "0 tot en met 100"),
        ({"status": "vertraagd", "toelichting": "  "}, "toelichting", "Licht toe waarom"),
        ({"rapportagedatum": "2031-03-01"}, "rapportagedatum", "looptijd van het programma"),
        ({"status": "afgerond", "voortgang": "80"}, "voortgang", "afgeronde activiteit"),
        ({"status": "bestaat-niet"}, "status", "Selecteer een geldige keuze"),
    ],
)
def test_bad_input_gets_a_dutch_error_next_to_the_field_and_writes_nothing(
    werk, anders, veld, bericht
):
    r = werk.client(werk.trekker_a).post(_update_url(werk.act_a), _geldig(werk, **anders))
    assert r.status_code == 400
    fouten = " ".join(r.context["form"].errors[veld])
    assert bericht in fouten
    assert f'id="id_{veld}_error"' in r.content.decode()
    assert not Statusupdate.objects.exists()


def test_audit_history_shows_who_when_old_and_new(werk):
    c = werk.client(werk.trekker_a)
    url = reverse("activiteiten:activiteit_bewerken", args=[werk.act_a.slug])
    form = c.get(url).context["form"]
    data = {k: v for k, v in form.initial.items() if v is not None}
    data.update(titel="Woondeal uitwerken met corporaties", trekker="")
    assert c.post(url, data).status_code == 302
    r = c.get(reverse("activiteiten:activiteit", args=[werk.act_a.slug]))
    regel = r.context["historie"][0]
    assert regel.wie.startswith("Anna")
    wijziging = next(w for w in regel.wijzigingen if w.veld == "titel")
    assert (wijziging.oud, wijziging.nieuw) == (
        "Woondeal uitwerken",
        "Woondeal uitwerken met corporaties",
    )
    assert "Woondeal uitwerken met corporaties" in r.content.decode()
