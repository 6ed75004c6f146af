"""The one Dutch number format of the portal: 4.100 and 33,3 and 30%."""

from decimal import Decimal

Getal = int | float | Decimal | None


def nl_getal(waarde: Getal, decimalen: int = 0, *, leeg: str = "onbekend") -> str:
    """Dutch number format: thousands with a dot, decimals with a comma (4.100; 33,3).

    ``decimalen`` is the number of decimals shown; ``leeg`` is what ``None`` becomes.
    """
    if waarde is None:
        return leeg
    tekst = f"{float(waarde):,.{decimalen}f}"
    return tekst.replace(",", "\x00").replace(".", ",").replace("\x00", ".")


def nl_kort(waarde: Getal, *, leeg: str = "onbekend") -> str:
    """One decimal, without a trailing ",0" (7,5 but 8): for averages and scores."""
    if waarde is None:
        return leeg
    return nl_getal(waarde, 1).removesuffix(",0")


def nl_procent(waarde: Getal, decimalen: int = 0, *, leeg: str = "–") -> str:
    """A percentage in Dutch format: 30% and 33,3%."""
    if waarde is None:
        return leeg
    return f"{nl_getal(waarde, decimalen)}%"
