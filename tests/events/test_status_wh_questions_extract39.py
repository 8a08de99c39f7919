"""A question word of the act's own clause (who, whose, which, how many, where, ...) asks about a
participant, a place or a time of an act it takes as done (extract39): the act is not `possible` as a
yes/no question's is, but has the status the rest of the sentence gives (status.yaml
``possible.question_words``, ``wh_question_examples``). Sentences of our own; the first six are read
possible on bb4faec, the others guard (a place asked, granted before; a yes/no question, a modal, a
governing verb's question word, a noun under "will")."""
from __future__ import annotations

import pytest

from chronicle.events.lexicon import status_cues

from _sentences import check_status


@pytest.mark.parametrize("ex", status_cues()["wh_question_examples"],
                         ids=lambda ex: f"{ex['trigger']}:{ex['status']}:{ex['text'][:30]}")
def test_wh_question_example(ex):
    check_status(ex)
