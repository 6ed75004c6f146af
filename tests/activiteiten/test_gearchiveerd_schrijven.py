"""Every service that writes programme data in the werkruimte refuses an archived programme
(``ProgrammaGearchiveerd``, a 403 with a Dutch message) and writes nothing; the other programme
is untouched by the archive of this one."""

import datetime

import pytest
from django.utils import timezone

from activiteiten.models import Activiteit, Statusupdate
from activiteiten.services import (
    activiteit_update,
    activiteiten_doorzetten,
    statusupdate_create,
    statusupdates_bulk_create,
)
from almelo_programma.kern.programmas import ProgrammaGearchiveerd
from besluiten.services import besluit_create, besluit_update
from tests.werkruimte.programmas import twee_programmas
from woondeals.models import DeelspoorUpdate
from woondeals.services import deelspoorupdate_create, woondeal_update

pytestmark = pytest.mark.django_db


@pytest.fixture
def twee(programma):
    twee = twee_programmas(programma)
    type(twee.p2).objects.filter(pk=twee.p2.pk).update(gearchiveerd_op=timezone.now())
    twee.p2.refresh_from_db()
    return twee


def _update(twee):
    return {"status": "op_schema", "voortgang": 10, "rapportagedatum": twee.periode.startdatum}


def test_status_updates_of_an_archived_programme_are_refused(twee):
    with pytest.raises(ProgrammaGearchiveerd):
        statusupdate_create(activiteit=twee.act2, door=twee.pm_beide, **_update(twee))
    with pytest.raises(ProgrammaGearchiveerd):
        statusupdates_bulk_create(regels=[{"activiteit": twee.act2, **_update(twee)}])
    with pytest.raises(ProgrammaGearchiveerd):
        deelspoorupdate_create(deelspoor=twee.spoor2, door=twee.pm_beide, **_update(twee))
    assert not Statusupdate.objects.exists() and not DeelspoorUpdate.objects.exists()
    # the programme that is not archived takes them
    statusupdate_create(activiteit=twee.act1, door=twee.pm_beide, **_update(twee))
    assert Statusupdate.objects.count() == 1


def test_a_bulk_of_rows_of_two_programmes_is_refused(programma):
    twee = twee_programmas(programma)
    from django.core.exceptions import ValidationError

    with pytest.raises(ValidationError):
        statusupdates_bulk_create(
            regels=[
                {"activiteit": twee.act1, **_update(twee)},
                {"activiteit": twee.act2, **_update(twee)},
            ]
        )
    assert not Statusupdate.objects.exists()


def test_editing_and_carrying_forward_in_an_archived_programme_are_refused(twee):
    with pytest.raises(ProgrammaGearchiveerd):
        activiteit_update(activiteit=twee.act2, versie=twee.act2.versie, titel="Nieuw")
    with pytest.raises(ProgrammaGearchiveerd):
        activiteiten_doorzetten(lijn=twee.lijn2, van_jaar=twee.p2.startjaar)
    twee.act2.refresh_from_db()
    assert twee.act2.titel == "MARKER-P2 activiteit"
    assert Activiteit.objects.filter(lijn=twee.lijn2).count() == 1


def test_decisions_and_the_woondeal_of_an_archived_programme_are_refused(twee):
    with pytest.raises(ProgrammaGearchiveerd):
        besluit_create(
            programma=twee.p2,
            soort="collegebesluit",
            kenmerk="CB A-9",
            datum=datetime.date(2025, 1, 1),
            titel="Te laat",
        )
    with pytest.raises(ProgrammaGearchiveerd):
        besluit_update(besluit=twee.besluit2, data={"titel": "Gewijzigd"})
    deal = twee.spoor2.woondeal
    with pytest.raises(ProgrammaGearchiveerd):
        woondeal_update(
            woondeal=deal,
            doel_woningen=1,
            eindjaar=None,
            aandeel_sociale_huur=30,
            aandeel_betaalbaar=60,
        )
    twee.besluit2.refresh_from_db()
    assert twee.besluit2.titel == "MARKER-P2 besluit"


def test_carrying_forward_stays_within_the_programmes_years(programma):
    from django.core.exceptions import ValidationError

    twee = twee_programmas(programma)
    with pytest.raises(ValidationError, match="loopt tot en met"):
        activiteiten_doorzetten(lijn=twee.lijn2, van_jaar=twee.p2.eindjaar)
    with pytest.raises(ValidationError, match="begint in"):
        activiteiten_doorzetten(lijn=twee.lijn2, van_jaar=twee.p2.startjaar - 1)
