"""'Fired on' is an event: the trigger's preposition list once held True for a bare `on` (YAML 1.1;
tests/test_resource_files.py now rejects booleans in every resource file)."""
from __future__ import annotations


def test_fired_on_is_an_assault():
    from datetime import date

    from chronicle.model import Article
    from chronicle.pipeline import annotate

    text = "The ministry said Azerbaijani troops had also fired on an Armenian border post late on Saturday."
    events = annotate(Article(id="t", date=date(2025, 5, 12), text=text)).events
    assert any(e.type == "ASSAULT" and e.trigger.text == "fired" and e.recipient[0].country == "ARM" for e in events)
