"""Typing slips among found mentions (typing36): a death in an accident, a deployment that is
stopped, a crowd that pushes. Sentences of our own; each slip test fails on 89e4189, the guards
keep the look-alike that stays typed."""
from __future__ import annotations

from _sentences import events


def _types(text: str, word: str) -> set[str]:
    return {e.type for e in events(text) if e.trigger.text == word}


def test_killed_when_a_structure_collapsed_is_no_assault():
    assert "ASSAULT" not in _types("Three bridge workers were killed when the span collapsed into the river on Friday.",
                                   "killed")


def test_killed_in_a_stampede_or_a_crash_is_no_assault():
    assert "ASSAULT" not in _types("Seven spectators were killed in a stampede at the gates of the ground.", "killed")
    assert "ASSAULT" not in _types("The navigator was killed in the crash of the survey aircraft.", "killed")


def test_killed_when_attackers_acted_stays_an_assault():
    assert "ASSAULT" in _types("Two nightwatchmen were killed when gunmen raided the warehouse at dawn.", "killed")
    assert "ASSAULT" in _types("Four police officers were killed when a car bomb exploded outside the station.",
                               "killed")


def test_a_fire_set_by_attackers_stays_an_assault():
    assert "ASSAULT" in _types("Two children were killed in a fire set by militants in the village.", "killed")


def test_a_stopped_deployment_is_no_mobilization_the_stop_is_the_act():
    found = events("Nepal suspended the deployment of first-time migrant cleaners to Qatar on Tuesday.")
    assert not [e for e in found if e.type == "MOBILIZE"]
    # the hyphenated "first-time" names a kind of worker, no economic "time": the suspension is typed
    assert [e for e in found if e.type == "SANCTION" and e.trigger.text == "suspended"]


def test_a_deployment_sent_stays_a_mobilization():
    assert "MOBILIZE" in _types("The court approved the deployment of Kenyan police officers to Haiti.", "deployment")


def test_a_crowd_pushing_against_a_gate_is_no_request():
    assert "REQUEST" not in _types("Thousands of ticket holders pushed against a locked turnstile before kick-off.",
                                   "pushed")


def test_pushed_for_stays_a_request():
    assert "REQUEST" in _types("Fishermen's cooperatives pushed for compensation from the port authority.", "pushed")
