"""Status slips (extract38): a direct question is no occurrence (status.yaml ``possible.question_punct``,
``question_examples``); a nominal act under "no" or a clause with a negative pronoun as subject did not
take place (``denied.negative_subjects``, ``none_examples``); a "due" plan whose infinitive the parser
hangs on the copula is a plan (``due_examples``). Sentences of our own; the first ones of each list fail
on 251f0ee, the last ones guard."""
from __future__ import annotations

import pytest

from chronicle.events.lexicon import status_cues

from _sentences import check_status

_EXAMPLES = [ex for ex in status_cues()["question_examples"] if "?" in ex["text"]] + \
    status_cues()["none_examples"] + status_cues()["due_examples"]


@pytest.mark.parametrize("ex", _EXAMPLES, ids=lambda ex: f"{ex['trigger']}:{ex['status']}:{ex['text'][:30]}")
def test_status_slip_example(ex):
    check_status(ex)
