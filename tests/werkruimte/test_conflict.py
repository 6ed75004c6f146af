"""Two editors, one activity: the second save is refused, shows the changes, keeps input."""

import pytest
from django.urls import reverse

from activiteiten.models import Activiteit
from tests.factories import UserFactory

pytestmark = pytest.mark.django_db


def _formdata(client, url):
    form = client.get(url).context["form"]
    return {k: ("" if v is None else v) for k, v in form.initial.items()}


def test_second_save_is_refused_with_the_changes_and_the_typed_input(werk):
    url = reverse("activiteiten:activiteit_bewerken", args=[werk.act_a.slug])
    anna = werk.client(werk.trekker_a)
    petra = werk.client(werk.pm)
    data_anna = _formdata(anna, url)
    data_petra = _formdata(petra, url)

    data_petra.update(titel="Titel van Petra", omschrijving="Petra's omschrijving")
    assert petra.post(url, data_petra).status_code == 302

    data_anna.update(titel="Titel van Anna")
    r = anna.post(url, data_anna)
    assert r.status_code == 409
    html = r.content.decode()
    assert "iemand anders heeft deze activiteit intussen gewijzigd" in html
    # what changed meanwhile: who, old → new
    assert "Petra" in html and "Titel van Petra" in html and "Petra&#x27;s omschrijving" in html
    # the typed input is kept
    assert r.context["form"]["titel"].value() == "Titel van Anna"
    assert 'value="Titel van Anna"' in html
    act = Activiteit.objects.get(pk=werk.act_a.pk)
    assert act.titel == "Titel van Petra"  # no silent overwrite
    assert act.versie == 2

    # having seen the changes, Anna saves again on purpose: now it is accepted
    opnieuw = {k: r.context["form"][k].value() or "" for k in r.context["form"].fields}
    assert anna.post(url, opnieuw).status_code == 302
    act.refresh_from_db()
    assert (act.titel, act.versie) == ("Titel van Anna", 3)


def test_edit_with_bad_dates_writes_nothing(werk):
    url = reverse("activiteiten:activiteit_bewerken", args=[werk.act_a.slug])
    c = werk.client(werk.trekker_a)
    data = _formdata(c, url)
    data.update(geplande_start="2026-06-01", geplande_eind="2026-01-01")
    r = c.post(url, data)
    assert r.status_code == 400
    assert "niet voor de start" in r.content.decode()
    data.update(geplande_start="2030-01-01", geplande_eind="2030-02-01")
    r = c.post(url, data)
    assert "looptijd van het programma" in " ".join(r.context["form"].errors["geplande_start"])
    act = Activiteit.objects.get(pk=werk.act_a.pk)
    assert act.geplande_start is None and act.versie == 1


def test_an_admin_edit_in_between_also_counts_as_a_conflict(werk):
    url = reverse("activiteiten:activiteit_bewerken", args=[werk.act_a.slug])
    anna = werk.client(werk.trekker_a)
    data = _formdata(anna, url)
    beheerder = werk.client(UserFactory(username="beheer", is_staff=True, is_superuser=True))
    admin_url = reverse("admin:activiteiten_activiteit_change", args=[werk.act_a.pk])
    form = beheerder.get(admin_url).context["adminform"].form
    admin_data = {k: ("" if v is None else v) for k, v in form.initial.items()}
    admin_data.update(
        {
            "titel": "Titel uit beheer",
            "statusupdates-TOTAL_FORMS": "0",
            "statusupdates-INITIAL_FORMS": "0",
        }
    )
    r = beheerder.post(admin_url, admin_data)
    assert r.status_code == 302, r.context["adminform"].form.errors
    data.update(titel="Titel van Anna")
    r = anna.post(url, data)
    assert r.status_code == 409
    assert "Titel uit beheer" in r.content.decode()
    assert Activiteit.objects.get(pk=werk.act_a.pk).titel == "Titel uit beheer"
