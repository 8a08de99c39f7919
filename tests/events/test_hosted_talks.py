"""(roles16) Talks with no party of their own take the parties of the verb of settling they hang on
(parties.yaml hosted_talks: its examples, and look-alikes that stay without those parties)."""
from __future__ import annotations

import pytest

from chronicle.events.lexicon import load_resource

from _sentences import events as _events


def _covers(fillers, text: str) -> bool:
    return any(text in (f.text or "") or (f.name and (text in f.name or f.name in text)) for f in fillers)


def _examples():
    return load_resource("parties.yaml")["hosted_talks"]["examples"]


@pytest.mark.parametrize("ex", _examples(), ids=lambda ex: ex["text"][:60])
def test_hosted_talks_example(ex):
    nouns = set(load_resource("parties.yaml")["hosted_talks"]["nouns"])
    talks = [e for e in _events(ex["text"]) if e.type == ex["type"] and e.trigger.text.lower() in nouns]
    got = [([a.text for a in e.actor], [r.text for r in e.recipient]) for e in talks]
    if ex.get("absent"):
        assert not talks, got
        return
    if ex.get("absent_recipient"):
        assert not any(_covers(e.recipient, ex["absent_recipient"]) or _covers(e.actor, ex["absent_recipient"])
                       for e in talks), got
        return
    assert any(_covers(e.actor, ex["actor"]) and _covers(e.recipient, ex["recipient"]) for e in talks), got
