"""extract34: acts PLOVER codes that the twenty-sixth probe showed unextracted or mistyped, as data in
resources/events/{triggers,selection,anaphora}.yaml (entries marked extract34): a blockade or siege
lifted (RETREAT 0872 for a state's blockade or any siege, CONCEDE 082 for protesters' own blockade,
as ending it already was), a deal declared void by a government or legislature (REJECT 120), a
summons of an envoy told by the noun the parser lemmatizes "summon" (ACCUSE 111), a bulk carrier
boarded (COERCE seize 171), a cable cut (no SANCTION), "the reopening" of a crossing reopened before.
Sentences of our own, none a probe's; each with a look-alike that must stay out."""
from __future__ import annotations

import pytest

from _sentences import events, with_trigger  # articles dated Friday 28 March 2025


def _typed(text, type_):
    return [e for e in events(text) if e.type == type_]


def test_a_state_lifting_its_blockade_eases_a_military_blockade():
    found = _typed("Eritrea lifted its blockade of the coastal highway on Wednesday.", "RETREAT")
    assert found and found[0].cameo == "0872" and found[0].mode == "withdraw", found
    assert found[0].actor and "Eritrea" in found[0].actor[0].text


def test_protesters_lifting_their_blockade_ease_dissent_and_a_roadblock_lifted_onto_a_quay_is_nothing():
    found = _typed("Miners lifted their blockade of the smelter road on Tuesday after a deal.", "CONCEDE")
    assert found and found[0].cameo == "082", found
    assert found[0].date is not None and found[0].date.value == "2025-03-25", found[0].date
    text = "A heavy roadblock was lifted onto the quay on Tuesday."
    assert not _typed(text, "CONCEDE") and not _typed(text, "RETREAT")


def test_a_deal_declared_void_by_a_cabinet_is_rejected_and_a_void_race_is_not():
    found = _typed("Bolivia's cabinet declared the lithium contract void on Monday.", "REJECT")
    assert found and found[0].cameo == "120" and found[0].trigger.text == "declared", found
    assert not _typed("The judges declared the final jump void after a fault in the timing.", "REJECT")


def test_the_noun_summons_of_an_ambassador_is_the_protest_and_a_court_summons_is_not():
    found = with_trigger(events("Ghana's summons of the Togolese ambassador on Tuesday surprised few in Lome."), "summons")
    assert found and found[0].type == "ACCUSE" and found[0].cameo == "111", found
    assert not with_trigger(events("The summons from the magistrate arrived on Tuesday."), "summons")


@pytest.mark.parametrize("text", [
    "A subsea power cable to the island was cut by a dragging anchor on Sunday.",
    "Vandals cut the telephone wires outside the depot overnight.",
])
def test_a_cable_or_wire_cut_is_no_sanction(text):
    assert not _typed(text, "SANCTION"), text


def test_supplies_cut_remain_a_sanction():
    assert _typed("Ukraine cut electricity supplies to the breakaway region on Monday.", "SANCTION")


def test_a_bulk_carrier_boarded_by_a_coast_guard_is_seized_and_a_carrier_visit_is_not():
    found = _typed("Danish coast guard officers boarded a Panama-flagged bulk carrier in the strait on Monday.", "COERCE")
    assert found and found[0].mode == "seize" and found[0].cameo == "171", found
    assert not _typed("The prime minister boarded the aircraft carrier off Naples on Monday.", "COERCE")
