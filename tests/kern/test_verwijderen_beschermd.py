"""No cascade loss by one click: programme data is protected against deletes, and what a
superuser deletes comes back from the audit history."""

import pytest
from django.apps import apps
from django.contrib.auth import get_user_model
from django.core.exceptions import ValidationError
from django.db.models import ProtectedError
from django.urls import reverse

from almelo_programma.kern.historie import herstellen
from almelo_programma.kern.rechten import DOMEIN_APPS
from almelo_programma.kern.services import model_verwijderen
from tests.factories import UserFactory
from woondeals.models import Deelspoor, DeelspoorUpdate, Woondeal, Woondealafspraak
from woondeals.services import deelspoorupdate_create

pytestmark = pytest.mark.django_db


def _kinderen(woondeal):
    return (
        Deelspoor.objects.filter(woondeal=woondeal).count(),
        DeelspoorUpdate.objects.filter(deelspoor__woondeal=woondeal).count(),
        Woondealafspraak.objects.filter(woondeal=woondeal).count(),
    )


def stand(spoor):
    return {
        u.pk: (u.status, u.voortgang, u.toelichting, u.auteur_id) for u in spoor.statusupdates.all()
    }


@pytest.fixture
def woondeal(demo):
    woondeal = Woondeal.objects.get()
    trekker = get_user_model().objects.get(username="trekker.wonen")
    for i, spoor in enumerate(woondeal.deelsporen.order_by("nummer")):
        for voortgang in (10 + i, 20 + i):
            deelspoorupdate_create(
                deelspoor=spoor, status="op_schema", voortgang=voortgang, door=trekker,
                toelichting=f"Stand {voortgang}", is_demo=True,
            )  # fmt: skip
    sporen, updates, afspraken = _kinderen(woondeal)
    assert sporen == 5 and updates > 0 and afspraken > 0  # the situation of the finding
    return woondeal


def test_no_role_holds_a_delete_permission_on_programme_data(demo):
    manager = get_user_model().objects.get(username="programmamanager")
    # (a role in a programme is given and taken back: not programme data)
    modellen = [
        m
        for m in apps.get_models()
        if m._meta.app_label in DOMEIN_APPS and m._meta.label != "doelen.Programmarol"
    ]
    assert len(modellen) > 20
    for model in modellen:
        opts = model._meta
        assert manager.has_perm(f"{opts.app_label}.change_{opts.model_name}"), opts.label
        assert not manager.has_perm(f"{opts.app_label}.delete_{opts.model_name}"), opts.label
    assert manager.has_perm("doelen.delete_programmarol")


def test_programme_manager_cannot_delete_the_woondeal_in_the_admin(woondeal, client):
    client.force_login(get_user_model().objects.get(username="programmamanager"))
    voor = _kinderen(woondeal)
    url = reverse("admin:woondeals_woondeal_delete", args=[woondeal.pk])
    assert client.get(url).status_code == 403
    assert client.post(url, {"post": "yes"}).status_code == 403
    lijst = client.get(reverse("admin:woondeals_woondeal_changelist"))
    assert lijst.status_code == 200
    assert 'value="delete_selected"' not in lijst.content.decode()
    wijzig = client.get(reverse("admin:woondeals_woondeal_change", args=[woondeal.pk]))
    assert wijzig.status_code == 200
    assert 'class="deletelink"' not in wijzig.content.decode()
    # nor the sub-tracks through the inline's delete boxes
    assert all(
        not inline.has_delete_permission for inline in wijzig.context["inline_admin_formsets"]
    )
    assert Woondeal.objects.filter(pk=woondeal.pk).exists()
    assert _kinderen(woondeal) == voor


def test_superuser_delete_of_a_parent_with_children_is_refused(woondeal, client):
    beheerder = UserFactory(username="beheerder-test", is_staff=True, is_superuser=True)
    client.force_login(beheerder)
    voor = _kinderen(woondeal)
    url = reverse("admin:woondeals_woondeal_delete", args=[woondeal.pk])
    pagina = client.get(url)
    assert pagina.status_code == 200
    html = pagina.content.decode()
    # Django's Dutch refusal, listing what hangs from it
    assert "<title>woondeal kan niet worden verwijderd" in html
    assert "vereist het verwijderen van de volgende gerelateerde objecten" in html
    assert "deelspoor" in html.lower()
    client.post(url, {"post": "yes"})
    assert Woondeal.objects.filter(pk=woondeal.pk).exists()
    assert _kinderen(woondeal) == voor
    with pytest.raises(ProtectedError):
        woondeal.delete()


def test_service_delete_refuses_with_a_dutch_message(woondeal):
    with pytest.raises(ValidationError) as fout:
        model_verwijderen(instance=woondeal)
    melding = fout.value.messages[0]
    assert melding.startswith(f"Woondeal “{woondeal}” kan niet worden verwijderd")
    assert "5 deelsporen" in melding
    assert Woondeal.objects.filter(pk=woondeal.pk).exists()


def test_a_deleted_sub_track_comes_back_from_history_with_its_updates(woondeal):
    beheerder = UserFactory(username="beheerder-test", is_staff=True, is_superuser=True)
    spoor = (
        Deelspoor.objects.filter(woondeal=woondeal, statusupdates__isnull=False).distinct().first()
    )

    updates = stand(spoor)
    assert updates
    velden = (spoor.naam, spoor.slug, spoor.nummer, spoor.trekker_id, spoor.openbaar)
    pk = spoor.pk
    # a superuser deletes the children first (PROTECT), then the sub-track
    for update in spoor.statusupdates.all():
        model_verwijderen(instance=update)
    model_verwijderen(instance=spoor)
    assert not Deelspoor.objects.filter(pk=pk).exists()
    assert not DeelspoorUpdate.objects.filter(pk__in=updates).exists()

    herstellen(Deelspoor, pk, door=beheerder)

    terug = Deelspoor.objects.get(pk=pk)
    assert (terug.naam, terug.slug, terug.nummer, terug.trekker_id, terug.openbaar) == velden
    assert stand(terug) == updates
    assert terug.history.latest().history_type == "+"
    assert terug.history.latest().history_user == beheerder


def test_restoring_what_was_not_deleted_is_refused(woondeal):
    spoor = Deelspoor.objects.filter(woondeal=woondeal).first()
    with pytest.raises(ValidationError, match="geen verwijderde deelspoor"):
        herstellen(Deelspoor, spoor.pk)
