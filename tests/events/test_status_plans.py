"""Plans put off, past plans ("had been due to travel"), plans told by a clause of the event noun
("a strike that was due to begin"), and a finite verb coordinated with an infinitive
(status.yaml ``plan_examples``; chronicle.events.status)."""
from __future__ import annotations

import pytest

from chronicle.events.lexicon import status_cues
from chronicle.events.status import _up, lemmas
from chronicle.nlp import get_nlp

from _sentences import check_status


@pytest.mark.parametrize("ex", status_cues()["plan_examples"], ids=lambda ex: f"{ex['trigger']}:{ex['text'][:50]}")
def test_plan_example(ex):
    check_status(ex)


def test_finite_conjunct_is_not_in_the_infinitive():
    doc = get_nlp()("Serbia and Kosovo agreed to open talks on normalising their relations and signed a deal on energy.")
    signed = next(t for t in doc if t.text == "signed")
    dep, head = _up(signed)
    assert signed.head.text == "open" and (dep, head.text) == ("conj", "agreed")  # the parse repaired
    # an infinitive coordinated with an infinitive stays in it
    doc = get_nlp()("Russia plans to visit Pyongyang and meet Kim.")
    meet = next(t for t in doc if t.text == "meet")
    assert _up(meet)[1].text == meet.head.text


def test_phrasal_lemmas():
    doc = get_nlp()("The unions called off the strike.")
    assert "call off" in lemmas(next(t for t in doc if t.text == "called"))
