"""The examples of resources/events/anaphora.yaml: "the country" as an event's recipient."""
from __future__ import annotations

from datetime import date

import pytest

from chronicle.events.anaphora import anaphora_rules
from chronicle.model import Article
from chronicle.pipeline import annotate

RULES = anaphora_rules()


@pytest.mark.parametrize("ex", RULES["examples"] + RULES["counter_examples"], ids=lambda ex: ex["text"][:50])
def test_anaphora_example(ex):
    events = annotate(Article(id="example", date=date(2025, 3, 28), text=ex["text"])).events
    got = [e for e in events if e.trigger.text == ex["trigger"]]
    assert got, [(e.trigger.text, e.type) for e in events]
    countries = [[f.country for f in e.recipient] for e in got]
    if ex["recipient"] is None:
        assert not any(c for cs in countries for c in cs), countries
    else:
        assert any(ex["recipient"] in c for c in countries), countries
        filler = next(f for e in got for f in e.recipient if f.country == ex["recipient"])
        assert ex["text"][filler.start:filler.end] == filler.text  # evidence: the anaphor itself
