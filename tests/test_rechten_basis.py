"""The edit-rights rules shared by the werkruimte, the API and imports."""

import datetime

import pytest
from django.contrib.auth import get_user_model
from django.core.exceptions import ValidationError

from activiteiten.models import Activiteit
from activiteiten.rechten import mag_activiteit_bewerken
from activiteiten.services import statusupdate_create
from woondeals.models import Deelspoor
from woondeals.rechten import mag_deelspoor_bewerken

pytestmark = pytest.mark.django_db


def test_rights_per_role(demo):
    users = {u.username: u for u in get_user_model().objects.all()}
    a4_act = Activiteit.objects.filter(lijn__code="A4").first()
    b1_act = Activiteit.objects.get(slug="2023-b1-stadscafe")
    assert mag_activiteit_bewerken(users["programmamanager"], b1_act)
    assert mag_activiteit_bewerken(users["trekker.wonen"], a4_act)
    assert not mag_activiteit_bewerken(users["trekker.wonen"], b1_act)
    assert mag_activiteit_bewerken(users["trekker.netwerk"], b1_act)
    assert not mag_activiteit_bewerken(users["wethouder"], b1_act)
    assert not mag_activiteit_bewerken(users["partner"], b1_act)
    spoor = Deelspoor.objects.first()
    assert mag_deelspoor_bewerken(users["trekker.wonen"], spoor)
    assert not mag_deelspoor_bewerken(users["trekker.kennis"], spoor)


def test_reporting_date_outside_the_programme_is_refused(programma):
    act = Activiteit.objects.first()
    with pytest.raises(ValidationError) as exc:
        statusupdate_create(
            activiteit=act,
            status="op_schema",
            voortgang=10,
            rapportagedatum=datetime.date(2031, 1, 1),
        )
    assert "looptijd van het programma" in exc.value.message_dict["rapportagedatum"][0]
    assert not act.statusupdates.exists()
