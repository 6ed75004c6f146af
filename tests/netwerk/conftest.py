import random

import pytest
from django.contrib.auth import get_user_model


@pytest.fixture
def netwerk_demo(demo):
    """The demo data plus the netwerk demo (contact persons, actions, lobby log, surveys)."""
    from netwerk.demo import laad_netwerk_demo

    laad_netwerk_demo(random.Random(2026), 1)
    return demo


@pytest.fixture
def gebruikers(demo):
    return {u.username: u for u in get_user_model().objects.all()}


@pytest.fixture
def als(client, gebruikers):
    """``als("trekker.netwerk")`` logs the test client in as that demo user."""

    def inloggen(username):
        client.force_login(gebruikers[username])
        return client

    return inloggen
