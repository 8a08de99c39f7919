"""A timeline box's line is read on its own words (status.yaml ``timeline_examples``;
chronicle.events.status.mention_status): a cue of another line of the box does not reach it."""
from __future__ import annotations

import pytest

from chronicle.events.lexicon import status_cues

from _sentences import by_trigger


@pytest.mark.parametrize("ex", status_cues()["timeline_examples"], ids=lambda ex: f"{ex['trigger']}:{ex['status']}")
def test_timeline_example(ex):
    events = by_trigger(ex["text"], ex["trigger"])
    assert events, f"no event triggered by {ex['trigger']!r}"
    assert all(e.status == ex["status"] for e in events), [(e.trigger.text, e.status, e.date.start) for e in events]
