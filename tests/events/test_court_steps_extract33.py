"""extract33: court acts that PLOVER codes, as data in resources/events/triggers.yaml (entries marked
extract33): a lawsuit or a court petition filed is bringing a case to court (ACCUSE allege, CAMEO
115), a court throwing out a case dismisses it (REJECT 120), a court or tribunal upholding a fine, a
sentence or a conviction confirms the court-ordered sanction (SANCTION convict, 172); an arbitration
committee or panel is a tribunal (resources/actors/sectors.yaml, JUD). Sentences of our own, none a
probe's; each with a look-alike that must stay out."""
from __future__ import annotations

import pytest

from _sentences import events  # articles dated Friday 28 March 2025


def _typed(text, type_):
    return [e for e in events(text) if e.type == type_]


def test_a_lawsuit_filed_is_an_accusation_against_its_defendant():
    found = _typed("A farmers' cooperative filed a lawsuit against the Ministry of Agriculture on Tuesday.", "ACCUSE")
    assert found and found[0].cameo == "115" and found[0].mode == "allege"
    assert found[0].trigger.text == "filed"  # the verb: "filed" is the act, the lawsuit what it brings
    assert any("Ministry of Agriculture" in r.text for r in found[0].recipient), found[0].recipient
    assert found[0].date is not None and found[0].date.value == "2025-03-25", found[0].date


def test_a_petition_before_a_court_is_a_lawsuit_and_one_to_a_council_is_not():
    found = _typed("The opposition Democratic Alliance filed a petition in the High Court on Wednesday.", "ACCUSE")
    assert found and found[0].cameo == "115"
    assert not _typed("Parents filed a petition with the school board asking for a later start.", "ACCUSE")
    found = _typed("The shipowner filed a claim with a court in Rotterdam on Monday to recover the cargo.", "ACCUSE")
    assert found and found[0].cameo == "115"
    assert not _typed("The shipowner filed an insurance claim on Monday.", "ACCUSE")


@pytest.mark.parametrize("text", [
    "The agency filed its quarterly report on Thursday.",
    "The company filed for bankruptcy protection on Thursday.",
    "She wore a dark suit to the ceremony on Thursday.",
])
def test_no_lawsuit_without_a_case(text):
    assert not [e for e in _typed(text, "ACCUSE") if e.cameo == "115"], text


def test_a_case_thrown_out_is_dismissed_and_rubbish_thrown_out_is_not():
    found = _typed("A magistrate in Kampala threw out the charges against the two reporters on Monday.", "REJECT")
    assert found and found[0].cameo == "120"
    assert not _typed("The caretakers threw out the broken chairs on Monday.", "REJECT")


def test_a_sentence_or_fine_upheld_by_a_court_or_tribunal_is_a_sanction():
    found = _typed("The court of appeal upheld the ten-year sentence of the former mayor on Thursday.", "SANCTION")
    assert found and found[0].mode == "convict" and found[0].cameo == "172"
    found = _typed("The Mining Arbitration Panel upheld the penalties against the two quarry owners on Monday.",
                   "SANCTION")
    assert found and found[0].actor and found[0].actor[0].sector == "JUD", found


@pytest.mark.parametrize("text", [
    "The constitutional court upheld the right to peaceful assembly on Thursday.",
    "The league's disciplinary body upheld the fine on the striker on Thursday.",
])
def test_no_sanction_for_a_principle_or_a_sports_body(text):
    assert not _typed(text, "SANCTION"), text
