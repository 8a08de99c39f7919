"""(extract25) "turned back" / "pushed back" are parsed with "back" as an adverb, not a particle
(as "turned away" was): detect_events reads an advmod "back" as the particle of a phrasal lemma,
so the boat entry of "turn back" / "push back" (REJECT 120, a refused entry) applies; a deadline
pushed back, a boat that turns back by itself, and a verb with no "X back" entry are unchanged."""
from __future__ import annotations

from _sentences import by_trigger


def _types(text: str, word: str):
    return {e.type for e in by_trigger(text, word)}


def test_a_boat_turned_back_by_a_navy_is_a_refused_entry():
    assert "REJECT" in _types("The Greek coast guard turned back a rubber boat near Lesbos on Sunday.", "turned")


def test_a_boat_pushed_back_in_the_passive():
    assert "REJECT" in _types("The boat was pushed back towards Libya by the coast guard on Friday.", "pushed")


def test_a_deadline_pushed_back_is_no_event():
    assert _types("The committee pushed back the deadline for submissions by a week.", "pushed") == set()


def test_a_boat_that_turns_back_by_itself_is_no_event():
    assert _types("The ferry turned back halfway because of engine trouble.", "turned") == set()


def test_a_boat_turned_back_by_the_weather_is_no_event():
    assert _types("High winds turned back the supply boat on Tuesday.", "turned") == set()
