import pytest


@pytest.fixture
def twee_programmas(programma):
    """The Almelo programme (P1, current) and an archived one (P2, ``/binnenstad/``), each with
    a marker in every kind of item (``tests/dashboard/programmas.py``)."""
    from tests.dashboard.programmas import twee_programmas_maken

    return twee_programmas_maken(programma)
