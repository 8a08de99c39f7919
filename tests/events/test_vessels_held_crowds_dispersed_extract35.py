"""extract35: acts PLOVER codes that recur unextracted across the news probes, as data in
resources/events/triggers.yaml (entries marked extract35): a ship or boat detained, impounded or held
by a state or its agency is property seized (COERCE seize 171, not the people's arrest 173), also in
the agentless passive; a crowd dispersed with tear gas or water cannon whatever the object calls the
people (a pronoun, "drivers") is crowd control (ASSAULT 175); a crowd holding a picket, or a vigil
outside a seat of power, demonstrates (PROTEST demo 141). Sentences of our own, none a probe's;
each with a look-alike that must stay out."""
from __future__ import annotations

from _sentences import events


def _typed(text, type_, mode=None):
    return [e for e in events(text) if e.type == type_ and (mode is None or e.mode == mode)]


def test_a_vessel_detained_is_seized_property_and_its_captain_detained_is_an_arrest():
    found = _typed("Senegalese navy patrols detained two Russian trawlers off Dakar on Sunday.", "COERCE", "seize")
    assert found and found[0].cameo == "171" and found[0].trigger.text == "detained", found
    assert not _typed("Port police detained the tanker's first officer on Friday.", "COERCE", "seize")


def test_a_vessel_detained_in_the_agentless_passive_is_its_own_participant():
    found = _typed("The fishing boat was detained on Thursday after an inspection in port.", "COERCE", "seize")
    assert found and found[0].date is not None and found[0].date.value == "2025-03-27", found


def test_a_vessel_held_by_a_state_is_seized_and_one_held_up_by_weather_is_not():
    found = _typed("Last year Argentina held a Spanish trawler for a month before releasing it.", "COERCE", "seize")
    assert found and found[0].actor and "Argentina" in found[0].actor[0].text, found
    assert not _typed("The ferry was held up by heavy seas outside the harbour on Monday.", "COERCE")
    assert not _typed("The yacht was held at its mooring by the storm for two days.", "COERCE")


def test_people_dispersed_with_tear_gas_by_a_pronoun_are_crowd_control_and_smoke_is_not():
    found = [e for e in _typed("Police used tear gas to disperse them near the stadium on Saturday.", "ASSAULT")
             if e.trigger.text == "disperse"]
    assert found and found[0].mode == "crowd-control" and found[0].cameo == "175", found
    assert not _typed("Engineers used large fans to disperse the fumes from the mine shaft.", "ASSAULT")


def test_a_crowd_holding_a_picket_or_a_vigil_at_a_seat_of_power_demonstrates_and_a_church_vigil_does_not():
    found = _typed("Some fifty dockers held a picket outside the port authority on Wednesday.", "PROTEST", "demo")
    assert found and found[0].cameo == "141" and found[0].trigger.text == "held", found
    found = _typed("Hundreds of residents held a vigil outside the governor's residence on Friday night.", "PROTEST")
    assert found and found[0].trigger.text == "held", found
    assert not _typed("Hundreds of residents held a vigil at the cathedral for the miners who died.", "PROTEST")
