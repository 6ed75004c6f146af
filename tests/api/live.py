"""Helpers for the API tests against a live server (``live_server``): the demo programme and a
programme manager's API token."""

from tests.api.helpers import nieuwe_token


def schrijftoken() -> str:
    """A fresh API token of the demo programme manager (may write every activity and track)."""
    from django.contrib.auth import get_user_model

    manager = get_user_model().objects.get(username="programmamanager")
    return nieuwe_token(manager, naam="schrijftoken")
