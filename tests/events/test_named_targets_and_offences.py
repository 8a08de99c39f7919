"""Acts their word attests with the place they are done to as participant (triggers.yaml
``named_target``), a noun said to hit or kill (``subject_of``), the offence a verb of the law
charges (parties.yaml offence_verbs), and what a protest strike may refer back to."""
from __future__ import annotations

import pytest

from chronicle.events.lexicon import load_resource

from _sentences import events


@pytest.mark.parametrize("ex", load_resource("parties.yaml")["offence_examples"], ids=lambda ex: ex["trigger"])
def test_the_offence_charged_is_no_event(ex):
    assert ex["trigger"] not in [e.trigger.text for e in events(ex["text"])]


def test_an_accusation_still_tells_the_act():
    # a party's accusation is not a charge: "accused Hezbollah of violating" keeps the violation
    assert "violating" in [e.trigger.text for e in events("Israel accused Hezbollah of violating the ceasefire on Monday.")]


def test_air_strike_with_unnamed_attacker_is_done_to_the_place_it_names():
    ev = {e.trigger.text: e for e in events("An air strike on a crowded market killed at least 17 people on Monday.")}
    strike = ev["strike"]
    assert (strike.type, strike.mode, strike.cameo) == ("ASSAULT", "aerial", "195")
    assert strike.actor == [] and [r.text for r in strike.recipient] == ["people"]  # the victims, when named
    ev = {e.trigger.text: e for e in events("Residents said an air strike on the crowded market destroyed dozens of stalls.")}
    assert [r.text for r in ev["strike"].recipient] == ["crowded market"]


def test_bombing_that_killed_is_not_what_a_later_strike_refers_back_to_as_a_protest():
    # "the bombing that killed 31": the relative clause's head did the killing, nothing was done
    # to it, so a later "strike" is not a labour strike taking the killing's parties
    text = ("Warplanes struck the town again on Monday, a week after the market bombing that killed 31 people. "
            "The second strike hit the town's water station and killed four people.")
    types = {(e.trigger.text, e.type) for e in events(text)}
    assert ("strike", "PROTEST") not in types and ("strike", "ASSAULT") in types


def test_a_named_place_is_no_party_when_the_actor_is_named():
    ev = {e.trigger.text: e for e in events("Israel launched an air strike on a building in Gaza City on Tuesday.")}
    assert [a.text for a in ev["strike"].actor] == ["Israel"]
