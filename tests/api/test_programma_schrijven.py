"""Writing through the API with two programmes: a role counts only in its own programme, and an
archived programme refuses every write with the Dutch message of ``ProgrammaGearchiveerd``,
writing nothing."""

import pytest
from django.utils import timezone

from activiteiten.models import Statusupdate
from almelo_programma.kern.programmas import GEARCHIVEERD
from tests.api.helpers import met_token
from tests.factories import UserFactory
from woondeals.models import DeelspoorUpdate

pytestmark = pytest.mark.django_db

URL = "/api/v1/statusupdates/"


def _update(activiteit, datum) -> dict:
    return {
        "activiteit": activiteit.slug,
        "status": "op_schema",
        "voortgang": 40,
        "toelichting": "Via de API",
        "rapportagedatum": datum,
    }


def _archiveren(programma):
    programma.gearchiveerd_op = timezone.now()
    programma.save()


def test_a_programme_manager_of_the_programme_writes(api_client, twee_programmas):
    """The control: with the role in the activity's programme the write succeeds."""
    p1 = twee_programmas.p1
    manager = UserFactory(rol="programmamanager", rol__programmas=[p1.programma])
    response = met_token(api_client, manager).post(
        URL, _update(p1.activiteit, "2024-04-30"), format="json"
    )
    assert response.status_code == 201, response.content
    assert response.json()["programma"] == p1.programma.slug


def test_a_role_in_the_other_programme_only_is_refused(api_client, twee_programmas):
    p1, p2 = twee_programmas.p1, twee_programmas.p2
    manager_elders = UserFactory(rol="programmamanager", rol__programmas=[p2.programma])
    voor = Statusupdate.objects.count()
    response = met_token(api_client, manager_elders).post(
        URL, _update(p1.activiteit, "2024-04-30"), format="json"
    )
    assert response.status_code == 403
    assert response.json() == {"detail": "U mag de voortgang van deze activiteit niet bijwerken."}
    assert Statusupdate.objects.count() == voor


def test_a_line_lead_of_the_other_programme_is_nobody_here_even_as_the_lines_lead(
    api_client, twee_programmas
):
    p1, p2 = twee_programmas.p1, twee_programmas.p2
    trekker = UserFactory(rol="lijntrekker", rol__programmas=[p2.programma])
    p1.lijn.trekker = trekker
    p1.lijn.save()
    voor = Statusupdate.objects.count()
    response = met_token(api_client, trekker).post(
        URL, _update(p1.activiteit, "2024-04-30"), format="json"
    )
    assert response.status_code == 403
    assert Statusupdate.objects.count() == voor


def test_an_activity_of_an_archived_programme_is_refused_and_nothing_is_written(
    api_client, twee_programmas
):
    p2 = twee_programmas.p2
    _archiveren(p2.programma)
    manager = UserFactory(rol="programmamanager", rol__programmas=[p2.programma])
    voor = Statusupdate.objects.count()
    response = met_token(api_client, manager).post(
        URL, _update(p2.activiteit, "2027-04-30"), format="json"
    )
    assert response.status_code == 403
    assert response.json() == {"detail": GEARCHIVEERD}
    assert Statusupdate.objects.count() == voor
    assert not p2.activiteit.statusupdates.exclude(pk=p2.update.pk).exists()


def test_a_sub_track_of_an_archived_programme_is_refused_and_nothing_is_written(
    api_client, twee_programmas
):
    p2 = twee_programmas.p2
    _archiveren(p2.programma)
    manager = UserFactory(rol="programmamanager", rol__programmas=[p2.programma])
    response = met_token(api_client, manager).post(
        f"/api/v1/deelsporen/{p2.deelspoor.slug}/statusupdates/",
        {"status": "op_schema", "voortgang": 10, "rapportagedatum": "2027-04-30"},
        format="json",
    )
    assert response.status_code == 403
    assert response.json() == {"detail": GEARCHIVEERD}
    assert not DeelspoorUpdate.objects.filter(deelspoor=p2.deelspoor).exists()


def test_a_sub_track_of_the_other_programme_is_refused(api_client, twee_programmas):
    p1, p2 = twee_programmas.p1, twee_programmas.p2
    manager_elders = UserFactory(rol="programmamanager", rol__programmas=[p2.programma])
    response = met_token(api_client, manager_elders).post(
        f"/api/v1/deelsporen/{p1.deelspoor.slug}/statusupdates/",
        {"status": "op_schema", "voortgang": 10, "rapportagedatum": "2024-04-30"},
        format="json",
    )
    assert response.status_code == 403
    assert not DeelspoorUpdate.objects.filter(deelspoor=p1.deelspoor).exists()
    # and with the role in this programme it works
    manager = UserFactory(rol="programmamanager", rol__programmas=[p1.programma])
    response = met_token(api_client, manager).post(
        f"/api/v1/deelsporen/{p1.deelspoor.slug}/statusupdates/",
        {"status": "op_schema", "voortgang": 10, "rapportagedatum": "2024-04-30"},
        format="json",
    )
    assert response.status_code == 201, response.content
