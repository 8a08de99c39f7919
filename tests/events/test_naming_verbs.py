"""A verb that names or describes its object with a predicate judges the event the object names
(roles5: resources/events/parties.yaml naming_verbs, naming_examples): the judge is no party of
it, and a definite noun with no party of its own refers back to the act told before, taking its
parties and its date. Sentences of our own, none a probe's."""
from __future__ import annotations

import pytest

from chronicle.events.lexicon import load_resource

from _sentences import by_trigger, check_parties, events, names as _has  # articles dated Friday 28 March 2025


@pytest.mark.parametrize("ex", load_resource("parties.yaml")["naming_examples"], ids=lambda ex: ex["text"][:60])
def test_naming_example(ex):
    events = by_trigger(ex["text"], ex["trigger"])
    if ex.get("absent"):
        assert not events, [(e.type, [a.text for a in e.actor]) for e in events]
        return
    assert events, f"no event of {ex['trigger']!r}"
    e = events[0]
    if ex.get("type"):
        assert e.type == ex["type"]
    check_parties(e, ex)


def test_the_judged_noun_takes_the_date_of_the_act_it_refers_back_to():
    # the naming has no date of its own: the ban is Monday's, not the article's day
    ev = events("Kenya banned imports of Ugandan sugar on Monday. Uganda's trade minister called the ban "
                "an act of aggression and said Kampala would respond.")
    ban = [e for e in ev if e.trigger.text == "ban"]
    assert ban and ban[0].date is not None and ban[0].date.value == "2025-03-24", ban and ban[0].date
    assert _has(ban[0].actor, "Kenya")


def test_the_judged_noun_is_its_own_words_act_not_a_later_one_of_the_same_parties():
    # "seized ... on Tuesday" has the ban's type and countries; the judged ban is Monday's ban
    ev = events("Kenya banned imports of Ugandan sugar on Monday. Kenyan police seized Ugandan lorries at the "
                "border on Tuesday. Uganda's trade minister called the ban an act of aggression.")
    ban = [e for e in ev if e.trigger.text == "ban"]
    assert ban and ban[0].date is not None and ban[0].date.value == "2025-03-24", ban and ban[0].date
