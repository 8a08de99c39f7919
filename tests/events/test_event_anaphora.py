"""The examples of resources/events/anaphora.yaml: "the country" as an event's recipient."""
from __future__ import annotations

import pytest

from chronicle.events.anaphora import anaphora_rules

from _sentences import annotated, with_trigger

RULES = anaphora_rules()


@pytest.mark.parametrize("ex", RULES["examples"] + RULES["counter_examples"], ids=lambda ex: ex["text"][:50])
def test_anaphora_example(ex):
    events = annotated(ex["text"]).events
    got = with_trigger(events, ex["trigger"])
    assert got, [(e.trigger.text, e.type) for e in events]
    countries = [[f.country for f in e.recipient] for e in got]
    if ex["recipient"] is None:
        assert not any(c for cs in countries for c in cs), countries
    else:
        assert any(ex["recipient"] in c for c in countries), countries
        filler = next(f for e in got for f in e.recipient if f.country == ex["recipient"])
        assert ex["text"][filler.start:filler.end] == filler.text  # evidence: the anaphor itself
