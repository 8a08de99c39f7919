"""(roles28) A town named only as where an act happens is no party (parties.yaml place_not_party;
events/detect.py _where_not_whom). Own sentences."""
from __future__ import annotations

import pytest

from chronicle.events.lexicon import load_resource

from _sentences import events, names

DATA = load_resource("parties.yaml")


def _check(ex):
    found = [e for e in events(ex["text"]) if e.type == ex["type"]]
    assert found, f"no {ex['type']} event in {ex['text']!r}"
    got = [([a.text for a in e.actor], [r.text for r in e.recipient]) for e in found]
    if ex.get("actor"):
        assert any(names(e.actor, ex["actor"]) for e in found), got
    if ex.get("absent_actor"):
        assert not any(names(e.actor, ex["absent_actor"]) for e in found), got
    if ex.get("recipient"):
        assert any(names(e.recipient, ex["recipient"]) for e in found), got
    if ex.get("absent_recipient"):
        assert not any(names(e.recipient, ex["absent_recipient"]) for e in found), got


@pytest.mark.parametrize("ex", DATA["place_not_party"]["examples"], ids=lambda ex: f"{ex['type']} {ex['text'][:50]}")
def test_a_town_where_an_act_happens_is_no_party(ex):
    _check(ex)


@pytest.mark.parametrize("ex", DATA["counted_people"]["examples"], ids=lambda ex: ex["text"][:50])
def test_a_bare_number_as_subject_is_the_people_counted(ex):
    _check(ex)


@pytest.mark.parametrize("ex", DATA["counted_people"]["counter_examples"], ids=lambda ex: ex["text"][:50])
def test_no_one_is_no_count(ex):
    found = [(e.trigger.text, [r.text for r in e.recipient]) for e in events(ex["text"]) if e.type == ex["type"]]
    assert not found, found
