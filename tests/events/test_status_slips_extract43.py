"""(extract43) Status and detection slips: a condition never told as met (an inverted "should", a
nominal act that is the subject of a verb of taking place in a condition, an "until" clause still to
come); a nominal act named as the setting of a past act; a noun of a kind ("such") is no act
(status.yaml ``condition_examples``, ``setting_examples``; selection.yaml ``kind_modifiers``;
chronicle.events.status._inverted_condition, _conditional_subject, _until_unmet,
_setting_of_a_past_act; chronicle.events.detect._names_a_kind)."""
from __future__ import annotations

import pytest

from chronicle.events.lexicon import load_resource, status_cues

from _sentences import by_trigger, check_status

_KINDS = load_resource("selection.yaml")["kind_modifiers"]


@pytest.mark.parametrize("ex", status_cues()["condition_examples"] + status_cues()["setting_examples"],
                         ids=lambda ex: f"{ex['trigger']}:{ex['text'][:50]}")
def test_status_example(ex):
    check_status(ex)


@pytest.mark.parametrize("ex", _KINDS["examples"], ids=lambda ex: ex["text"][:60])
def test_an_act_told_is_found(ex):
    assert any(e.type == ex["type"] for e in by_trigger(ex["text"], ex["trigger"]))


@pytest.mark.parametrize("ex", _KINDS["counter_examples"], ids=lambda ex: ex["text"][:60])
def test_a_kind_compared_is_no_act(ex):
    assert not any(e.type == ex["type"] for e in by_trigger(ex["text"], ex["trigger"]))
