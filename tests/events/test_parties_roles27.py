"""(roles27) The country one is put out of is no recipient (parties.yaml put_out_of; events/detect.py
_put_out_of), nor is the place a called act goes to (called_act; _called_act_places). The country
words of two or three tokens in a title run with pair_anaphora.country_word_examples
(test_parties_roles26.py). Own sentences."""
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
    if ex.get("recipient"):
        assert any(names(e.recipient, ex["recipient"]) for e in found), got
    if ex.get("absent_actor"):  # (roles28) "Niger's expulsion from the regional bloc": Niger does not act
        assert not any(names(e.actor, ex["absent_actor"]) for e in found), got
    if ex.get("absent_recipient"):
        assert not any(names(e.recipient, ex["absent_recipient"]) for e in found), got


@pytest.mark.parametrize("ex", DATA["put_out_of"]["examples"], ids=lambda ex: ex["text"][:60])
def test_the_country_one_is_put_out_of_is_no_recipient(ex):
    _check(ex)


@pytest.mark.parametrize("ex", DATA["called_act"]["examples"], ids=lambda ex: f"{ex['type']} {ex['text'][:50]}")
def test_where_a_called_act_goes_is_not_asked(ex):
    _check(ex)
