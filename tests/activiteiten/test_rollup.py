"""The progress roll-up rule of activiteiten/selectors.py, on its edge cases."""

from collections import Counter
from types import SimpleNamespace

from activiteiten.constants import Status
from activiteiten.selectors import Samenvatting, samenvatting_activiteiten, samenvatting_lijnen


def act(status=None, voortgang=None, gewicht=1):
    return SimpleNamespace(laatste_status=status, laatste_voortgang=voortgang, gewicht=gewicht)


def test_no_activities_has_no_progress():
    s = samenvatting_activiteiten([])
    assert s.voortgang is None and s.totaal == 0


def test_activity_without_update_counts_as_not_started_at_zero():
    s = samenvatting_activiteiten([act(), act(Status.OP_SCHEMA, 50)])
    assert s.voortgang == 25
    assert s.aantallen == Counter({Status.NIET_GESTART: 1, Status.OP_SCHEMA: 1})


def test_weighted_average():
    s = samenvatting_activiteiten([act(Status.OP_SCHEMA, 20, 3), act(Status.OP_SCHEMA, 100, 1)])
    assert s.voortgang == 40  # (20*3 + 100) / 4


def test_stopped_activities_do_not_count_but_are_counted():
    s = samenvatting_activiteiten([act(Status.GESTOPT, 10), act(Status.OP_SCHEMA, 60)])
    assert s.voortgang == 60
    assert s.aantallen[Status.GESTOPT] == 1 and s.totaal == 2


def test_only_stopped_activities_has_no_progress():
    s = samenvatting_activiteiten([act(Status.GESTOPT, 10), act(Status.GESTOPT, 0)])
    assert s.voortgang is None
    assert s.aantallen[Status.GESTOPT] == 2


def test_all_finished_is_100():
    s = samenvatting_activiteiten([act(Status.AFGEROND, 100, 2), act(Status.AFGEROND, 100)])
    assert s.voortgang == 100
    assert dict(s.aantallen) == {Status.AFGEROND: 2}


def test_goal_averages_lines_that_have_progress():
    lijnen = [
        Samenvatting(voortgang=40, aantallen=Counter({Status.OP_SCHEMA: 2})),
        Samenvatting(voortgang=None, aantallen=Counter({Status.GESTOPT: 1})),
        Samenvatting(voortgang=80, aantallen=Counter({Status.VERTRAAGD: 1})),
    ]
    s = samenvatting_lijnen(lijnen)
    assert s.voortgang == 60
    assert s.totaal == 4


def test_goal_without_lines_or_progress_has_none():
    assert samenvatting_lijnen([]).voortgang is None
    assert samenvatting_lijnen([Samenvatting()]).voortgang is None


def test_per_status_lists_every_status_in_order_with_zeros():
    rijen = samenvatting_activiteiten([act(Status.VERTRAAGD, 5)]).per_status()
    assert [r[0] for r in rijen] == list(Status.values)
    assert {r[0]: r[2] for r in rijen}[Status.VERTRAAGD] == 1
