"""Helpers shared by the API tests."""

from rest_framework.authtoken.models import Token


def met_token(api_client, user):
    """The client, authenticated as `user` with a fresh API token."""
    token = Token.objects.create(user=user)
    api_client.credentials(HTTP_AUTHORIZATION=f"Token {token.key}")
    return api_client
