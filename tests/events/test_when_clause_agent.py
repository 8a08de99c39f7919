"""roles18: a death or a wound with no actor of its own, told with a "when" / "as" clause whose verb
uses force, is the act of the clause's subject (parties.yaml when_clause_agent, detect._when_clause_agent);
a ship's or boat's people ("the skipper", "the crew") are parties (parties.yaml person_nouns). Sentences of
our own; each class with look-alikes that must stay out."""
from __future__ import annotations

import pytest

from _sentences import events, names

from chronicle.events.lexicon import load_resource


_DEATHS = {"killed", "shot", "wounded", "injured"}


def _when_examples():
    return load_resource("parties.yaml")["when_clause_agent"]["examples"]


@pytest.mark.parametrize("ex", _when_examples(), ids=lambda ex: ex["text"][:60])
def test_when_clause_example(ex):
    # the death or the wound itself, not the act of the clause ("fired", "ambushed" have their own subject)
    found = [e for e in events(ex["text"]) if e.type == ex["type"] and e.trigger.text in _DEATHS]
    if ex.get("actor"):
        assert any(names(e.actor, ex["actor"]) for e in found), [[a.text for a in e.actor] for e in found]
    if ex.get("recipient"):
        assert any(names(e.recipient, ex["recipient"]) for e in found), [[r.text for r in e.recipient] for e in found]
    if ex.get("absent_actor"):
        # the killing may be no event at all; where it is one, the clause's subject is not its actor
        assert not any(names(e.actor, ex["absent_actor"]) for e in found), [[a.text for a in e.actor] for e in found]


def test_the_killing_itself_takes_the_clause_subject():
    found = [e for e in events("Two guards were killed when bandits stormed the depot on Sunday.")
             if e.trigger.text == "killed"]
    assert found and names(found[0].actor, "bandits"), [[a.text for a in e.actor] for e in found]


def test_a_clause_of_no_force_gives_no_actor():
    found = [e for e in events("Two porters were killed when a landslide buried the camp.") if e.trigger.text == "killed"]
    assert not any(e.actor for e in found), [[a.text for a in e.actor] for e in found]


@pytest.mark.parametrize("text,word", [
    ("Harbour police questioned the skipper of the trawler on Tuesday.", "skipper"),
    ("Naval officers detained the captain after the ship docked.", "captain"),
    ("The crew were detained by the navy off the cape.", "crew"),
])
def test_a_ships_people_are_parties(text, word):
    found = [e for e in events(text) if e.type == "COERCE"]
    assert any(names(e.recipient, word) for e in found), [[r.text for r in e.recipient] for e in found]
