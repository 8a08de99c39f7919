"""A past clause of the trigger's own under a plan ("the minister, who met Putin on Monday, is
expected to visit Beijing") and a past act that a planned reaction or talk is about ("vowed to
avenge the killing") keep their status (status.yaml ``past_clauses``, ``past_topic``,
``past_examples``; chronicle.events.status)."""
from __future__ import annotations

import pytest

from chronicle.events.lexicon import status_cues

from _sentences import check_status


@pytest.mark.parametrize("ex", status_cues()["past_examples"], ids=lambda ex: f"{ex['trigger']}:{ex['text'][:50]}")
def test_past_example(ex):
    check_status(ex)
