"""'Fired on' is an event: the trigger's preposition list once held True for a bare `on` (YAML 1.1;
tests/test_resource_files.py now rejects booleans in every resource file)."""
from __future__ import annotations

from datetime import date

from _sentences import annotated


def test_fired_on_is_an_assault():
    text = "The ministry said Azerbaijani troops had also fired on an Armenian border post late on Saturday."
    events = annotated(text, date(2025, 5, 12)).events
    assert any(e.type == "ASSAULT" and e.trigger.text == "fired" and e.recipient[0].country == "ARM" for e in events)


def test_summoned_to_a_ministry_the_ministry_is_no_party():
    """"summoned the envoy to the foreign ministry": the envoy is summoned; the ministry is the place
    (a ministry as recipient put the same summoning, told with and without "Estonian", in two
    linking blocks)."""
    for text in ("Poland summoned the Belarusian ambassador to the Polish foreign ministry on Monday.",
                 "The Belarusian ambassador was summoned to the Polish foreign ministry on Monday."):
        events = annotated(text, date(2025, 5, 12)).events
        summons = [e for e in events if e.trigger.text == "summoned"]
        assert summons and all(e.type == "ACCUSE" for e in summons)  # an envoy summoned: a protest (typeConsist)
        assert all(r.country == "BLR" for e in summons for r in e.recipient), [
            (r.text, r.country) for e in summons for r in e.recipient]
