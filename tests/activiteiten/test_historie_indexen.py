"""The audit history of status updates keeps only the indexes its reads use (its key, the
update's id for the admin's history page, the user), and that history page still works."""

import pytest
from django.urls import reverse

from activiteiten.models import Statusupdate
from tests.factories import StatusupdateFactory, UserFactory


def test_only_the_indexes_that_reads_use():
    historie = Statusupdate.history.model._meta
    geindexeerd = {f.name for f in historie.fields if f.db_index or f.primary_key or f.unique}
    assert geindexeerd == {"history_id", "id", "history_user"}
    assert not historie.indexes


@pytest.mark.django_db
def test_the_admin_history_of_an_update_still_lists_its_changes(client):
    update = StatusupdateFactory(toelichting="eerst")
    update.toelichting = "daarna"
    update.save()
    client.force_login(UserFactory(username="admin", is_staff=True, is_superuser=True))
    r = client.get(reverse("admin:activiteiten_statusupdate_history", args=[update.pk]))
    assert r.status_code == 200
    assert update.history.count() == 2
    assert r.content.decode().count("/history/") >= 2
