"""(roles29) A thing an intransitive act is said of is no actor, "the two governments" further back, a court
as the setting, a passive participle clause, a relative clause after "among them" (parties.yaml
agentless_thing, pair_anaphora.reach_examples, court_setting, participle_clause, picked_from;
events/detect.py). Own sentences."""
from __future__ import annotations

import pytest

from chronicle.events.lexicon import load_resource

from _sentences import events, names

DATA = load_resource("parties.yaml")


def _all(fillers, words) -> bool:
    return all(names(fillers, w) for w in ([words] if isinstance(words, str) else words))


def _any(fillers, words) -> bool:
    return any(names(fillers, w) for w in ([words] if isinstance(words, str) else words))


def _check(ex):
    found = [e for e in events(ex["text"]) if e.type == ex["type"]]
    assert found, f"no {ex['type']} event in {ex['text']!r}"
    got = [(e.trigger.text, [a.text for a in e.actor], [r.text for r in e.recipient]) for e in found]
    if ex.get("actor"):
        assert any(_all(e.actor, ex["actor"]) for e in found), got
    if ex.get("absent_actor"):
        assert not any(_any(e.actor, ex["absent_actor"]) for e in found), got
    if ex.get("recipient"):
        assert any(_all(e.recipient, ex["recipient"]) for e in found), got
    if ex.get("absent_recipient"):
        assert not any(_any(e.recipient, ex["absent_recipient"]) for e in found), got


@pytest.mark.parametrize("ex", DATA["agentless_thing"]["examples"], ids=lambda ex: ex["text"][:50])
def test_a_thing_an_act_is_said_of_is_no_actor(ex):
    _check(ex)


@pytest.mark.parametrize("ex", DATA["pair_anaphora"]["reach_examples"], ids=lambda ex: ex["text"][-60:])
def test_the_two_governments_named_further_back(ex):
    _check(ex)


@pytest.mark.parametrize("ex", DATA["court_setting"]["examples"], ids=lambda ex: ex["text"][:50])
def test_a_court_where_people_are_charged_is_the_setting(ex):
    _check(ex)


@pytest.mark.parametrize("ex", DATA["participle_clause"]["examples"], ids=lambda ex: ex["text"][:50])
def test_a_passive_participle_clause_is_done_to_the_subject(ex):
    _check(ex)


@pytest.mark.parametrize("ex", DATA["picked_from"]["examples"], ids=lambda ex: ex["text"][:50])
def test_a_relative_clause_after_among_them_is_said_of_the_group(ex):
    _check(ex)


@pytest.mark.parametrize("ex", DATA["refer_back_kind"]["examples"], ids=lambda ex: ex["text"][:50])
def test_a_definite_act_noun_refers_back_to_its_own_kind(ex):
    found = [e for e in events(ex["text"]) if e.type == ex["type"] and e.trigger.text == ex["trigger"]]
    assert found, f"no {ex['type']} {ex['trigger']!r} in {ex['text']!r}"
    got = [([a.text for a in e.actor], [r.text for r in e.recipient]) for e in found]
    assert any(_all(e.recipient, ex["recipient"]) for e in found), got
    assert not any(_any(e.recipient, ex["absent_recipient"]) for e in found), got
