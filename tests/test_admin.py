"""Every model has a Dutch admin page; admin changes leave an audit record."""

import pytest
from django.apps import apps
from django.urls import reverse

from activiteiten.models import Activiteit
from tests.factories import UserFactory

pytestmark = pytest.mark.django_db

DOMEIN_APPS = {"doelen", "activiteiten", "woondeals", "netwerk", "besluiten"}


def domein_models():
    return [
        m
        for m in apps.get_models()
        if m._meta.app_label in DOMEIN_APPS and not m.__name__.startswith("Historical")
    ]


@pytest.fixture
def beheerder(client):
    user = UserFactory(username="admin", is_staff=True, is_superuser=True)
    client.force_login(user)
    return user


def test_every_domain_model_is_registered():
    from django.contrib import admin

    missing = [m.__name__ for m in domein_models() if m not in admin.site._registry]
    assert not missing


def test_every_admin_page_answers_in_dutch(demo, client, beheerder):
    for model in domein_models():
        opts = model._meta
        url = reverse(f"admin:{opts.app_label}_{opts.model_name}_changelist")
        response = client.get(url)
        assert response.status_code == 200, url
        assert f"Selecteer {opts.verbose_name} om te wijzigen" in response.content.decode()
        add = client.get(reverse(f"admin:{opts.app_label}_{opts.model_name}_add"))
        assert add.status_code == 200
        assert "Opslaan" in add.content.decode()


def test_programmamanager_can_use_the_admin(demo, client):
    from django.contrib.auth import get_user_model

    client.force_login(get_user_model().objects.get(username="programmamanager"))
    response = client.get(reverse("admin:activiteiten_activiteit_changelist"))
    assert response.status_code == 200


def test_admin_change_leaves_an_audit_record(programma, client, beheerder):
    activiteit = Activiteit.objects.get(slug="2023-b1-stadscafe")
    url = reverse("admin:activiteiten_activiteit_change", args=[activiteit.pk])
    form = client.get(url).context["adminform"].form
    data = {k: v for k, v in form.initial.items() if v is not None}
    data.update(
        {
            "titel": "Stadscafé (gewijzigd)",
            "lijn": activiteit.lijn_id,
            "statusupdates-TOTAL_FORMS": 0,
            "statusupdates-INITIAL_FORMS": 0,
        }
    )
    data.pop("trekker", None)
    data.pop("vorige", None)
    response = client.post(url, data)
    assert response.status_code == 302, response.context["adminform"].form.errors
    laatste = activiteit.history.latest()
    assert laatste.titel == "Stadscafé (gewijzigd)"
    assert laatste.history_user == beheerder
    assert laatste.prev_record.titel == "Stadscafé"
    delta = laatste.diff_against(laatste.prev_record)
    # the title is the programme team's choice: the edit records who set it and when
    assert sorted(c.field for c in delta.changes) == ["titel", "vastgesteld_door", "vastgesteld_op"]
    assert laatste.vastgesteld_door_id == beheerder.pk
