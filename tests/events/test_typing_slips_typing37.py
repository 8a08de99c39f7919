"""Typing slips among found mentions (typing37): a labour strike typed as an armed one, a state
blocking deliveries typed as a protest, troops sent to a ground of one's own typed as aid.
Sentences of our own; each slip test fails on cde8932, the guards keep the look-alike typed as it was."""
from __future__ import annotations

from _sentences import events


def _types(text: str, word: str) -> set[str]:
    return {e.type for e in events(text) if e.trigger.text == word}


def test_a_strike_of_a_trade_is_a_labour_strike_not_an_attack():
    assert _types("The bakers' strike in the northern towns entered its third week on Friday.", "strike") == {"PROTEST"}
    assert _types("A strike by ferry crews stopped all sailings on Thursday.", "strike") == {"PROTEST"}


def test_an_armed_party_s_strike_stays_an_attack():
    assert "ASSAULT" in _types("The insurgents' strike on the army post killed four soldiers.", "strike")
    assert "ASSAULT" in _types("Turkey's strike on the village killed three people.", "strike")


def test_a_state_blocking_deliveries_restricts_movement():
    assert _types("Serbia blocked grain shipments to the breakaway region on Monday.", "blocked") == {"COERCE"}


def test_a_crowd_blocking_deliveries_stays_a_protest():
    assert _types("Striking miners blocked coal deliveries to the power station.", "blocked") == {"PROTEST"}


def test_troops_sent_to_a_region_of_one_s_own_are_deployed():
    assert _types("The defence ministry sent 250 more troops to the northern province on Sunday.", "sent") == {"MOBILIZE"}


def test_troops_sent_to_another_country_stay_aid():
    assert _types("Rwanda sent 1,000 troops to Mozambique last year.", "sent") == {"AID"}
