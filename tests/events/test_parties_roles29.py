"""(roles29) A thing an intransitive act is said of is no actor, "the two governments" further back, a court
as the setting, a passive participle clause, a relative clause after "among them" (parties.yaml
agentless_thing, pair_anaphora.reach_examples, court_setting, participle_clause, picked_from;
events/detect.py). Own sentences."""
from __future__ import annotations

import pytest

from chronicle.events.lexicon import load_resource

from _sentences import check_parties_of_type, events, names

DATA = load_resource("parties.yaml")


@pytest.mark.parametrize("ex", DATA["agentless_thing"]["examples"], ids=lambda ex: ex["text"][:50])
def test_a_thing_an_act_is_said_of_is_no_actor(ex):
    check_parties_of_type(ex)


@pytest.mark.parametrize("ex", DATA["pair_anaphora"]["reach_examples"], ids=lambda ex: ex["text"][-60:])
def test_the_two_governments_named_further_back(ex):
    check_parties_of_type(ex)


@pytest.mark.parametrize("ex", DATA["court_setting"]["examples"], ids=lambda ex: ex["text"][:50])
def test_a_court_where_people_are_charged_is_the_setting(ex):
    check_parties_of_type(ex)


@pytest.mark.parametrize("ex", DATA["participle_clause"]["examples"], ids=lambda ex: ex["text"][:50])
def test_a_passive_participle_clause_is_done_to_the_subject(ex):
    check_parties_of_type(ex)


@pytest.mark.parametrize("ex", DATA["picked_from"]["examples"], ids=lambda ex: ex["text"][:50])
def test_a_relative_clause_after_among_them_is_said_of_the_group(ex):
    check_parties_of_type(ex)


@pytest.mark.parametrize("ex", DATA["refer_back_kind"]["examples"], ids=lambda ex: ex["text"][:50])
def test_a_definite_act_noun_refers_back_to_its_own_kind(ex):
    found = [e for e in events(ex["text"]) if e.type == ex["type"] and e.trigger.text == ex["trigger"]]
    assert found, f"no {ex['type']} {ex['trigger']!r} in {ex['text']!r}"
    got = [([a.text for a in e.actor], [r.text for r in e.recipient]) for e in found]
    wanted = [ex["recipient"]] if isinstance(ex["recipient"], str) else ex["recipient"]
    absent = [ex["absent_recipient"]] if isinstance(ex["absent_recipient"], str) else ex["absent_recipient"]
    assert any(all(names(e.recipient, w) for w in wanted) for e in found), got
    assert not any(names(e.recipient, w) for e in found for w in absent), got
