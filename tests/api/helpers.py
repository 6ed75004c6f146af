"""Helpers shared by the API tests."""


def nieuwe_token(user, naam="test") -> str:
    """A fresh API token of ``user`` (as made at /werkruimte/tokens/): the plaintext, shown once."""
    from almelo_programma.werkruimte.services import apitoken_create

    return apitoken_create(user=user, naam=naam)[1]


def met_token(api_client, user):
    """The client, authenticated as `user` with a fresh API token."""
    api_client.credentials(HTTP_AUTHORIZATION=f"Token {nieuwe_token(user)}")
    return api_client
