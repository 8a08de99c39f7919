"""A timeline box's line is read on its own words (status.yaml ``timeline_examples``;
chronicle.events.status.mention_status): a cue of another line of the box does not reach it."""
from __future__ import annotations

import pytest

from chronicle.events.lexicon import status_cues

from _sentences import check_status


@pytest.mark.parametrize("ex", status_cues()["timeline_examples"], ids=lambda ex: f"{ex['trigger']}:{ex['status']}")
def test_timeline_example(ex):
    check_status(ex)
