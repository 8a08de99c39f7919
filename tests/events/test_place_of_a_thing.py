"""(roles13) A place named only as where the act's object stands ("attacked the consulate in
Lubumbashi") is no target (resources/events/parties.yaml place_of_a_thing.examples, sentences of
our own with look-alikes: an owner named, people as the object, the place itself attacked, a
country's name)."""
from __future__ import annotations

import pytest

from chronicle.events.lexicon import load_resource

from _sentences import events as _events

EXAMPLES = load_resource("parties.yaml")["place_of_a_thing"]["examples"]


def _covers(fillers, words: str) -> bool:
    return any(words in f.text or (f.name and words in f.name) for f in fillers)


@pytest.mark.parametrize("ex", EXAMPLES, ids=lambda ex: ex["text"][:60])
def test_place_of_a_thing_example(ex):
    found = [e for e in _events(ex["text"]) if e.type == ex["type"]]
    assert found, f"no {ex['type']} event in {ex['text']!r}"
    got = [[r.text for r in e.recipient] for e in found]
    if ex.get("recipient"):
        assert any(_covers(e.recipient, ex["recipient"]) for e in found), got
    if ex.get("absent_recipient"):
        assert not any(_covers(e.recipient, ex["absent_recipient"]) for e in found), got
