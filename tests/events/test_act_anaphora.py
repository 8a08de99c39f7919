"""The `acts` examples of resources/events/anaphora.yaml: a definite event noun ("the seizure") as a
mention of the one earlier act it names (chronicle.events.event_anaphora)."""
from __future__ import annotations

import pytest

from chronicle.events.anaphora import anaphora_rules

from _sentences import annotated, with_trigger

ACTS = anaphora_rules()["acts"]


@pytest.mark.parametrize("ex", ACTS["examples"], ids=lambda ex: ex["text"][:60])
def test_definite_noun_is_a_mention_of_the_act(ex):
    result = annotated(ex["text"])
    got = with_trigger(result.events, ex["trigger"])
    assert got, [(e.trigger.text, e.type) for e in result.events]
    m = got[0]
    assert m.type == ex["type"] and m.status == "occurred"
    assert any(ex["actor"] in f.text for f in m.actor), [f.text for f in m.actor]
    # evidence: the trigger is the noun; every party filler is a span of the article before it
    assert ex["text"][m.trigger.start:m.trigger.end] == ex["trigger"]
    if "date" in ex:  # the act's date, not another verb's of the noun's sentence
        assert str(m.date.start) == ex["date"], m.date
    for f in m.actor + m.recipient:
        assert ex["text"][f.start:f.end] == f.text and f.end <= m.trigger.start


@pytest.mark.parametrize("ex", ACTS["counter_examples"], ids=lambda ex: ex["text"][:60])
def test_look_alike_stays_out(ex):
    got = with_trigger(annotated(ex["text"]).events, ex["trigger"])
    if "actor" in ex:
        assert not any(ex["actor"] in f.text for m in got for f in m.actor), [(m.type, m.actor) for m in got]
    else:
        assert not got, [(m.type, m.actor) for m in got]
