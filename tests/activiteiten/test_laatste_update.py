"""What an activity stores of its latest update (``laatste_update_*``) and of its latest
published update (``laatste_openbare_*``) stays right through every write of status updates:
the service, the bulk service of the Excel import, the API, the admin (edit, move, publish,
delete, bulk delete, inline), the demo loader and the migration that fills them. And the
overviews that read them give what a lookup per activity gives, also at a reference date in the
past or before an update dated in the future."""

import datetime
import importlib

import pytest
from django.apps import apps
from django.urls import reverse

from activiteiten.models import (
    AFGELEID_UIT_UPDATE,
    AFGELEIDE_VELDEN,
    LAATSTE_EERST,
    Activiteit,
    Activiteitenlijn,
    Statusupdate,
)
from activiteiten.selectors import activiteit_rijen, met_laatste_status
from activiteiten.services import statusupdate_create, statusupdates_bulk_create
from tests.api.helpers import met_token
from tests.factories import ActiviteitFactory, UserFactory

pytestmark = pytest.mark.django_db

D = datetime.date


KOLOMMEN = ("status", "voortgang", "rapportagedatum", "is_demo")


def _waarden(update) -> tuple | None:
    return None if update is None else tuple(getattr(update, k) for k in KOLOMMEN)


def verwacht(act: Activiteit) -> tuple:
    """(latest, latest published) by a lookup over the activity's updates."""
    updates = Statusupdate.objects.filter(activiteit=act).order_by(*LAATSTE_EERST)
    return _waarden(updates.first()), _waarden(updates.filter(gepubliceerd=True).first())


def opgeslagen(act: Activiteit) -> tuple:
    """(latest, latest published) as the activity stores them."""
    act.refresh_from_db()
    uit = []
    for prefix in ("laatste_update_", "laatste_openbare_"):
        waarden = tuple(getattr(act, f"{prefix}{s}") for s in AFGELEID_UIT_UPDATE)
        uit.append(None if waarden == (None,) * 4 else waarden)
    return tuple(uit)


def klopt(*acts: Activiteit) -> None:
    for act in acts:
        assert opgeslagen(act) == verwacht(act), act


@pytest.fixture
def lijn(programma):
    return Activiteitenlijn.objects.get(code="A1")


@pytest.fixture
def act(lijn):
    return ActiviteitFactory(lijn=lijn, jaar=2024, slug="a1-laatste")


@pytest.fixture
def ander(lijn):
    return ActiviteitFactory(lijn=lijn, jaar=2024, slug="a1-ander")


def _maak(act, datum, *, gepubliceerd=True, status="op_schema", voortgang=10):
    return statusupdate_create(
        activiteit=act,
        status=status,
        voortgang=voortgang,
        rapportagedatum=datum,
        gepubliceerd=gepubliceerd,
        toelichting="t",
    )


def test_the_service_keeps_the_latest_and_the_latest_published(act):
    assert opgeslagen(act) == (None, None)
    eerste = _maak(act, D(2024, 4, 30))
    assert opgeslagen(act) == (_waarden(eerste), _waarden(eerste))
    concept = _maak(act, D(2024, 8, 31), gepubliceerd=False)
    assert opgeslagen(act) == (_waarden(concept), _waarden(eerste))  # unpublished: not public
    _maak(act, D(2024, 1, 31))  # an older report date replaces nothing
    assert opgeslagen(act) == (_waarden(concept), _waarden(eerste))
    zelfde_dag = _maak(act, D(2024, 8, 31))  # same date, created later: the latest
    assert opgeslagen(act) == (_waarden(zelfde_dag), _waarden(zelfde_dag))
    klopt(act)


def test_the_bulk_service_of_the_excel_import(act, ander):
    _maak(act, D(2024, 8, 31))
    statusupdates_bulk_create(
        regels=[
            {"activiteit": act, "status": "op_schema", "voortgang": 20,
             "rapportagedatum": D(2024, 4, 30), "gepubliceerd": True},
            {"activiteit": ander, "status": "vertraagd", "voortgang": 30, "toelichting": "x",
             "rapportagedatum": D(2024, 12, 31), "gepubliceerd": False},
        ]
    )  # fmt: skip
    klopt(act, ander)
    assert ander.laatste_update_status == "vertraagd" and ander.laatste_openbare_status is None


def test_the_api(api_client, act):
    manager = UserFactory(rol="programmamanager")
    antwoord = met_token(api_client, manager).post(
        "/api/v1/statusupdates/",
        {"activiteit": act.slug, "status": "op_schema", "voortgang": 40,
         "rapportagedatum": "2024-04-30", "gepubliceerd": True},
        format="json",
    )  # fmt: skip
    assert antwoord.status_code == 201, antwoord.content
    update = Statusupdate.objects.get(uuid=antwoord.json()["uuid"])
    assert opgeslagen(act) == (_waarden(update), _waarden(update))


@pytest.fixture
def beheerder(client):
    client.force_login(UserFactory(username="admin", is_staff=True, is_superuser=True))
    return client


def _admin_formulier(update, **wijziging):
    data = {
        "activiteit": update.activiteit_id,
        "rapportagedatum": update.rapportagedatum.isoformat(),
        "status": update.status,
        "voortgang": update.voortgang,
        "toelichting": update.toelichting,
        "gepubliceerd": "on" if update.gepubliceerd else "",
    }
    data.update(wijziging)
    return {k: v for k, v in data.items() if v != ""}


def test_admin_edits_move_publish_and_delete(beheerder, act, ander):
    oud = _maak(act, D(2024, 4, 30))
    nieuw = _maak(act, D(2024, 8, 31), gepubliceerd=False, voortgang=70)
    wijzig = reverse("admin:activiteiten_statusupdate_change", args=[nieuw.pk])
    # publish it
    r = beheerder.post(wijzig, _admin_formulier(nieuw, gepubliceerd="on"))
    assert r.status_code == 302, r.content.decode()[:2000]
    assert opgeslagen(act)[1][1] == nieuw.voortgang
    klopt(act)
    # date it before the other one
    nieuw.refresh_from_db()
    r = beheerder.post(wijzig, _admin_formulier(nieuw, rapportagedatum="2024-01-31"))
    assert r.status_code == 302
    assert opgeslagen(act)[0] == _waarden(oud)
    klopt(act)
    # move it to the other activity: both are stored again
    nieuw.refresh_from_db()
    r = beheerder.post(wijzig, _admin_formulier(nieuw, activiteit=ander.pk))
    assert r.status_code == 302
    assert opgeslagen(ander)[0][1] == nieuw.voortgang
    klopt(ander)
    klopt(act, ander)
    # delete one, then the rest with the list's bulk action
    r = beheerder.post(
        reverse("admin:activiteiten_statusupdate_delete", args=[oud.pk]), {"post": "yes"}
    )
    assert r.status_code == 302
    assert opgeslagen(act) == (None, None)
    derde = _maak(ander, D(2024, 12, 31))
    r = beheerder.post(
        reverse("admin:activiteiten_statusupdate_changelist"),
        {"action": "delete_selected", "_selected_action": [derde.pk], "post": "yes"},
    )
    assert r.status_code == 302
    assert not Statusupdate.objects.filter(pk=derde.pk).exists()
    assert opgeslagen(ander)[0][1] == nieuw.voortgang
    klopt(ander)


def test_admin_inline_on_the_activity(beheerder, act):
    update = _maak(act, D(2024, 4, 30))
    r = beheerder.get(reverse("admin:activiteiten_activiteit_change", args=[act.pk]))
    formulier = r.context["adminform"].form
    data = {
        k: v
        for k, v in formulier.initial.items()
        if v is not None and k in formulier.fields and not isinstance(v, list)
    }
    data.update(
        {
            "lijn": act.lijn_id,
            "jaar": act.jaar,
            "gewicht": 1,
            "titel_herkomst": act.titel_herkomst,
            "jaar_herkomst": act.jaar_herkomst,
            "statusupdates-TOTAL_FORMS": 1,
            "statusupdates-INITIAL_FORMS": 1,
            "statusupdates-0-id": update.pk,
            "statusupdates-0-activiteit": act.pk,
            "statusupdates-0-rapportagedatum": "2024-04-30",
            "statusupdates-0-status": "op_schema",
            "statusupdates-0-voortgang": 10,
            "statusupdates-0-toelichting": "t",
            "statusupdates-0-DELETE": "on",
        }
    )
    r = beheerder.post(reverse("admin:activiteiten_activiteit_change", args=[act.pk]), data)
    assert r.status_code == 302
    assert not Statusupdate.objects.filter(pk=update.pk).exists()
    assert opgeslagen(act) == (None, None)


def test_the_demo_loader_and_the_migration_fill_them(demo):
    acts = list(Activiteit.objects.filter(statusupdates__isnull=False).distinct())
    assert len(acts) > 20
    klopt(*acts)
    # the migration's fill step, run again after wiping the stored values, restores them
    Activiteit.objects.update(**dict.fromkeys(AFGELEIDE_VELDEN))
    migratie = importlib.import_module("activiteiten.migrations.0007_activiteit_laatste_update")
    migratie.laatste_updates_vullen(apps, None)
    klopt(*acts)


@pytest.mark.parametrize(
    "peildatum", [None, D(2024, 3, 1), D(2024, 6, 30), D(2024, 9, 30), D(2026, 12, 31)]
)
@pytest.mark.parametrize("alleen_gepubliceerd", [False, True])
def test_overviews_read_what_a_lookup_per_activity_reads(
    act, ander, peildatum, alleen_gepubliceerd
):
    _maak(act, D(2024, 4, 30), voortgang=20)
    _maak(act, D(2024, 8, 31), voortgang=60, gepubliceerd=False)
    _maak(act, D(2026, 12, 1), voortgang=90)  # dated after most reference dates
    _maak(ander, D(2024, 5, 31), status="vertraagd", voortgang=5)
    leeg = ActiviteitFactory(lijn=act.lijn, jaar=2024, slug="a1-leeg")

    def per_activiteit(a):
        qs = Statusupdate.objects.filter(activiteit=a).order_by(*LAATSTE_EERST)
        if peildatum is not None:
            qs = qs.filter(rapportagedatum__lte=peildatum)
        if alleen_gepubliceerd:
            qs = qs.filter(gepubliceerd=True)
        rij = qs.values_list("status", "voortgang", "rapportagedatum", "is_demo").first()
        return rij or (None, None, None, None)

    gelezen = {
        a.pk: (a.laatste_status, a.laatste_voortgang, a.laatste_datum, a.laatste_is_demo)
        for a in met_laatste_status(
            Activiteit.objects.filter(pk__in=[act.pk, ander.pk, leeg.pk]),
            peildatum=peildatum,
            alleen_gepubliceerd=alleen_gepubliceerd,
        )
    }
    assert gelezen == {a.pk: per_activiteit(a) for a in (act, ander, leeg)}
    rijen = {
        r.pk: r.laatste_voortgang
        for r in activiteit_rijen(peildatum=peildatum, alleen_gepubliceerd=alleen_gepubliceerd)
    }
    assert rijen[act.pk] == per_activiteit(act)[1]
