"""(extract45) A put-off act in headline grammar ("Budget vote postponed", a box line "...; fee cut
deferred") is planned, and a line's other clause is not what was put off; an act called or raised by a
verb of the future is planned ("would call a strike if ...", "will increase patrols": status.yaml
``headline_passive_examples``, ``support_examples``; chronicle.events.status._headline_passive_subject,
_semicolon_before); "call" with an object predicate names the act, does not call it
(``support_naming``)."""
from __future__ import annotations

import pytest

from chronicle.events.lexicon import status_cues
from chronicle.events.status import status_of
from chronicle.nlp import get_nlp


@pytest.mark.parametrize("ex", status_cues()["headline_passive_examples"] + status_cues()["support_naming_examples"],
                         ids=lambda ex: f"{ex['trigger']}:{ex['text'][:50]}")
def test_status_on_the_parse(ex):
    doc = get_nlp()(ex["text"])
    found = [t for t in doc if t.text == ex["trigger"]]
    assert found, ex["trigger"]
    assert status_of(found[0]) == ex["status"], [(t.text, t.dep_, t.head.text) for t in doc]
