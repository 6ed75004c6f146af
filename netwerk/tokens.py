"""Survey link tokens: a link carries a random token; the database holds only its hash."""

import hashlib


def token_hash(token: str) -> str:
    """Survey links carry a random token; the database holds only its SHA-256 hash."""
    return hashlib.sha256(token.encode()).hexdigest()
