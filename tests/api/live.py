"""Helpers for the API tests against a live server (``live_server``): the demo programme and a
programme manager's API token."""

from rest_framework.authtoken.models import Token


def schrijftoken() -> str:
    """A fresh API token of the demo programme manager (may write every activity and track)."""
    from django.contrib.auth import get_user_model

    manager = get_user_model().objects.get(username="programmamanager")
    return Token.objects.create(user=manager).key
