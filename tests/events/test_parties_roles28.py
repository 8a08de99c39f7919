"""(roles28) A town named only as where an act happens is no party (parties.yaml place_not_party;
events/detect.py _where_not_whom). Own sentences."""
from __future__ import annotations

import pytest

from chronicle.events.lexicon import load_resource

from _sentences import check_parties_of_type, events

DATA = load_resource("parties.yaml")


@pytest.mark.parametrize("ex", DATA["place_not_party"]["examples"], ids=lambda ex: f"{ex['type']} {ex['text'][:50]}")
def test_a_town_where_an_act_happens_is_no_party(ex):
    check_parties_of_type(ex)


@pytest.mark.parametrize("ex", DATA["counted_people"]["examples"], ids=lambda ex: ex["text"][:50])
def test_a_bare_number_as_subject_is_the_people_counted(ex):
    check_parties_of_type(ex)


@pytest.mark.parametrize("ex", DATA["counted_people"]["counter_examples"], ids=lambda ex: ex["text"][:50])
def test_no_one_is_no_count(ex):
    found = [(e.trigger.text, [r.text for r in e.recipient]) for e in events(ex["text"]) if e.type == ex["type"]]
    assert not found, found
