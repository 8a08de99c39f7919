"""A question is no occurrence (extract37): an act in a clause opened by "whether" is asked about, not
told (status.yaml ``possible.question_marks``, ``question_examples``; chronicle.events.status._open_question).
Sentences of our own; the two "possible" examples fail on ed63734, the two "occurred" ones guard."""
from __future__ import annotations

import pytest

from chronicle.events.lexicon import status_cues

from _sentences import by_trigger, check_status


@pytest.mark.parametrize("ex", status_cues()["question_examples"], ids=lambda ex: f"{ex['trigger']}:{ex['status']}")
def test_question_example(ex):
    check_status(ex)


def test_a_coordinated_verb_shares_the_question():
    found = by_trigger("Nobody would say whether the guards detained the driver or released him.", "released")
    assert found and all(e.status == "possible" for e in found)
