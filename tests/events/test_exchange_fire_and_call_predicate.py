"""Third news probe error classes: "exchanged fire" is fighting (not cooperation) and mutual;
"called X baseless" is a statement (not a phone call). The triggers.yaml examples test the
entries one by one; these check the codes and both sides of the exchange together."""
from __future__ import annotations

from datetime import date

from _sentences import events as _events

DCT = date(2025, 5, 12)


def events(text):
    return _events(text, DCT)


def test_exchange_of_fire_is_mutual_small_arms_fighting():
    found = events("Indian and Pakistani troops exchanged fire across the Line of Control on Sunday.")
    assert [(e.type, e.mode, e.cameo) for e in found] == [("ASSAULT", "firearms", "193")]
    assert {a.country for a in found[0].actor} == {"IND", "PAK"}  # both sides act


def test_exchange_of_views_and_prisoners_is_not_fighting():
    for text in ("The two foreign ministers exchanged views on regional security in Geneva.",
                 "Russia and Ukraine exchanged prisoners on Friday."):
        assert not [e for e in events(text) if e.type == "ASSAULT"], text


def test_calling_an_accusation_baseless_is_criticism_not_a_phone_call():
    found = events("Pakistan's foreign ministry rejected the statement, calling India's accusation baseless.")
    by_trigger = {e.trigger.text: e for e in found}
    assert by_trigger["calling"].type == "ACCUSE" and by_trigger["calling"].cameo == "111"
    assert [r.country for r in by_trigger["calling"].recipient] == ["IND"]
    assert not [e for e in found if e.type == "CONSULT"]


def test_a_phone_call_on_a_weekday_stays_a_phone_call():
    found = events("The Turkish president called Vladimir Putin on Friday.")
    assert [(e.type, e.mode) for e in found] == [("CONSULT", "phone")]
