"""(roles7) Who is the actor of a reported event noun.

A verb of reporting or perceiving (resources/events/parties.yaml reporting_verbs,
reporting_examples) tells an event its subject is the source of, no party to: "Residents reported
an air raid" names no attacker. (A pronoun taking up weapons, and people over a place as target:
parties.yaml examples, tests/events/test_resource_examples.py.) Sentences of our own, none a probe's."""
from __future__ import annotations

import pytest

from chronicle.events.lexicon import load_resource

from _sentences import check_parties, events as _events


@pytest.mark.parametrize("ex", load_resource("parties.yaml")["reporting_examples"], ids=lambda ex: ex["text"][:60])
def test_reporting_example(ex):
    events = [e for e in _events(ex["text"]) if e.trigger.text == ex["trigger"]]
    assert events, f"no event of {ex['trigger']!r}"
    e = events[0]
    check_parties(e, ex)
