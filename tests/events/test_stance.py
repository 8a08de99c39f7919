"""A stance verb and the nominal event it judges are two events; a light verb and its noun one
(resources/events/parties.yaml stance_verbs, stance_examples)."""
from __future__ import annotations

import pytest

from chronicle.events.lexicon import load_resource

from _sentences import events


@pytest.mark.parametrize("ex", load_resource("parties.yaml")["stance_examples"], ids=lambda ex: ex["text"][:60])
def test_stance_example_triggers(ex):
    assert [e.trigger.text for e in events(ex["text"])] == ex["triggers"]


def test_judged_bombing_is_its_own_event_with_unknown_actor_span_and_place():
    text = "The US condemned the bombing in Baghdad."
    by_trigger = {e.trigger.text: e for e in events(text)}
    condemn, bombing = by_trigger["condemned"], by_trigger["bombing"]
    assert [a.text for a in condemn.actor] == ["US"]
    assert bombing.type == "ASSAULT" and bombing.actor == []  # the judge is not the bomber
    assert text[bombing.trigger.start:bombing.trigger.end] == "bombing"
    assert bombing.location is not None and bombing.location.name == "Baghdad"


def test_welcomed_agreement_keeps_its_dyad_and_the_welcome_targets_its_sides():
    by_trigger = {e.trigger.text: e for e in events("France welcomed the ceasefire agreement between Israel and Hamas.")}
    agree, welcome = by_trigger["agreement"], by_trigger["welcomed"]
    assert agree.type == "AGREE"
    assert [a.text for a in agree.actor] == ["Israel"] and [r.text for r in agree.recipient] == ["Hamas"]
    assert welcome.type == "SUPPORT" and [a.text for a in welcome.actor] == ["France"]
    assert {r.text for r in welcome.recipient} == {"Israel", "Hamas"}
