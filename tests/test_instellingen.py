"""settings.env(): typed by its default, and strict: an unexpected value stops start-up."""

import pytest
from django.core.exceptions import ImproperlyConfigured

from almelo_programma.settings import env

NAAM = "ALMELO_TEST_INSTELLING"


def test_unset_gives_the_default(monkeypatch):
    monkeypatch.delenv(NAAM, raising=False)
    assert env(NAAM, True) is True
    assert env(NAAM, 7) == 7
    assert env(NAAM, ["a"]) == ["a"]
    assert env(NAAM) is None


@pytest.mark.parametrize("tekst", ["true", "True", "TRUE", "1", "yes", "on", "ja", "Ja", " ja "])
def test_yes_values(monkeypatch, tekst):
    monkeypatch.setenv(NAAM, tekst)
    assert env(NAAM, False) is True


@pytest.mark.parametrize("tekst", ["false", "False", "0", "no", "off", "nee", "NEE"])
def test_no_values(monkeypatch, tekst):
    monkeypatch.setenv(NAAM, tekst)
    assert env(NAAM, True) is False


@pytest.mark.parametrize("tekst", ["flase", "2", "y", "", "waar"])
def test_unexpected_yes_no_value_stops_with_a_clear_message(monkeypatch, tekst):
    monkeypatch.setenv(NAAM, tekst)
    with pytest.raises(ImproperlyConfigured) as fout:
        env(NAAM, True)
    bericht = str(fout.value)
    assert NAAM in bericht
    assert repr(tekst) in bericht
    for toegestaan in ("true/false", "1/0", "yes/no", "on/off", "ja/nee"):
        assert toegestaan in bericht


def test_numbers(monkeypatch):
    monkeypatch.setenv(NAAM, "42")
    assert env(NAAM, 7) == 42
    monkeypatch.setenv(NAAM, "0.25")
    assert env(NAAM, 1.5) == 0.25


@pytest.mark.parametrize("tekst", ["zeven", "7.5", ""])
def test_bad_integer_stops_with_a_clear_message(monkeypatch, tekst):
    monkeypatch.setenv(NAAM, tekst)
    with pytest.raises(ImproperlyConfigured, match=f"{NAAM}=.* is geen geheel getal"):
        env(NAAM, 7)


def test_bad_float_stops_with_a_clear_message(monkeypatch):
    monkeypatch.setenv(NAAM, "0,5")
    with pytest.raises(ImproperlyConfigured, match=f"{NAAM}='0,5' is geen getal"):
        env(NAAM, 1.5)


def test_lists_are_comma_separated_and_trimmed(monkeypatch):
    monkeypatch.setenv(NAAM, " programma.almelo.nl, ,localhost ,")
    assert env(NAAM, []) == ["programma.almelo.nl", "localhost"]
    monkeypatch.setenv(NAAM, "")
    assert env(NAAM, ["127.0.0.1"]) == []


def test_text_is_returned_as_is(monkeypatch):
    monkeypatch.setenv(NAAM, "redis://127.0.0.1:6379/1")
    assert env(NAAM, "") == "redis://127.0.0.1:6379/1"
