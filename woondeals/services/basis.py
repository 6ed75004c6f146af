"""What the woondeals services share: the years they accept."""

JAAR_MIN = 2000
JAAR_MAX = 2060


def jaar_fout(jaar) -> str | None:
    """The Dutch error for a year outside ``JAAR_MIN``–``JAAR_MAX``; None for a good year (or
    none at all)."""
    if jaar is not None and not JAAR_MIN <= jaar <= JAAR_MAX:
        return f"Vul een jaartal tussen {JAAR_MIN} en {JAAR_MAX} in."
    return None
