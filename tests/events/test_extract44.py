"""(extract44) Misses and slips of the thirty-third and thirty-fourth probes as classes, in sentences of
our own: a walkout from a sitting or talks (PROTEST boycott) and a strike told by its act (stopped work,
downed tools, walked off the job: PROTEST strike); a vessel released (RETREAT return, 0842);
"persona non grata" hung by the parser on the verb above "decided to declare"; a patrol noun naming the
unit that does something else (no MOBILIZE); the outlet's own framing "speaks with our correspondent"
(no CONSULT); a past counterfactual by inversion ("Had the police ...": possible).
Data: triggers.yaml, selection.yaml (own-staff-talk), status.yaml (condition_inverted_aux); code:
chronicle.events.detect (_left_from, _names_a_unit, _stray_complements, out_adverb, not_object_prep,
recipient_not_own)."""
from __future__ import annotations

import pytest

from _sentences import by_trigger, events


def _types(text, trigger):
    return {(e.type, e.mode) for e in by_trigger(text, trigger)}


@pytest.mark.parametrize("text, trigger, mode", [
    ("Twenty opposition legislators walked out of the regional council on Thursday.", "walked", "boycott"),
    ("The Georgian delegation walked out of the negotiations in Geneva late on Tuesday.", "walked", "boycott"),
    ("Opposition senators walked out in protest when the speaker cut off the debate.", "walked", "boycott"),
    ("Bus drivers in Kampala downed tools on Wednesday over late salaries.", "downed", "strike"),
    ("Dock workers at the port of Tema stopped work on Monday to demand a pay rise.", "stopped", "strike"),
    ("Hundreds of miners walked off the job at the Kolwezi pit on Friday.", "walked", "strike"),
    ("Members of the Malawi Teachers Union walked off the job on Tuesday over housing allowances.", "walked", "strike"),
])
def test_a_walkout_or_a_strike_told_by_its_act(text, trigger, mode):
    assert ("PROTEST", mode) in _types(text, trigger)


@pytest.mark.parametrize("text, trigger", [
    ("The injured climber walked out of the clinic on Sunday.", "walked"),
    ("Two prisoners walked out of the remand centre after a judge ordered their release.", "walked"),
    ("The defender walked off the field with a knee injury.", "walked"),
    ("The ministry stopped work on the new motorway after the audit.", "stopped"),
    ("The pump stopped working at noon.", "stopped"),
])
def test_leaving_a_place_or_halting_a_project_is_no_protest(text, trigger):
    assert not any(t == "PROTEST" for t, _ in _types(text, trigger))


def test_a_vessel_released_is_property_returned():
    found = by_trigger("A court in Freetown released the Chinese trawler on Wednesday.", "released")
    assert [(e.type, e.mode, e.status) for e in found] == [("RETREAT", "return", "occurred")]
    # a crew released stays a release of people
    assert all(e.mode != "return" for e in by_trigger("The navy released the trawler's crew on Monday.", "released"))


def test_persona_non_grata_hung_on_the_verb_above():
    found = by_trigger("The ministry has decided to declare Mr. Juan P. Ortiz, counsellor of the Embassy, persona non grata.",
                       "declare")
    assert any(e.type == "SANCTION" and e.mode == "expel" for e in found)


@pytest.mark.parametrize("text", [
    "A Ghanaian navy patrol seized two canoes off Keta on Sunday.",
    "The herder was shot by soldiers of a Malian army patrol, the village chief said.",
])
def test_a_patrol_naming_the_unit_is_no_mobilization(text):
    assert not any(e.type == "MOBILIZE" for e in events(text))


def test_a_patrol_carried_out_is_still_one():
    assert any(e.type == "MOBILIZE" for e in by_trigger("Joint Ghanaian army patrols along the border resumed on Monday.", "patrols"))


def test_the_outlet_talking_to_its_own_correspondent_is_no_meeting():
    assert not by_trigger("Presenter Ines Duarte talks with our Maputo correspondent about the fuel protests.", "talks")
    assert any(e.type == "CONSULT" for e in by_trigger("Mozambique's president talked with the Malawian president on Friday.", "talked"))


@pytest.mark.parametrize("text, trigger", [
    ("Had the navy stormed the ferry at dawn, the smugglers would have been caught.", "stormed"),
    ("Had the army attacked the camp a week earlier, the hostages would be alive.", "attacked"),
])
def test_a_past_counterfactual_did_not_take_place(text, trigger):
    found = by_trigger(text, trigger)
    assert found and all(e.status == "possible" for e in found)
