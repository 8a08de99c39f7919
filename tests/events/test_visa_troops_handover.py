"""extract32: PLOVER acts told with no party (resources/events/triggers.yaml, entries marked
extract32): a visa or accreditation refused is entry barred (REJECT 120), forces deployed in the
passive are a mobilization (MOBILIZE troops), people handed to their envoy or the Red Cross are
released (RETREAT 080), a settlement signed is a signing (SUPPORT 057). Sentences of our own,
none a probe's; each with a look-alike that must stay out."""
from __future__ import annotations

import pytest

from _sentences import events  # articles dated Friday 28 March 2025


def _typed(text, type_):
    return [e for e in events(text) if e.type == type_]


def test_a_visa_refused_in_the_passive_is_a_rejection_dated_by_its_own_day():
    found = _typed("The correspondent's press visa was refused on Tuesday, her editor said.", "REJECT")
    assert found and found[0].cameo == "120"
    assert found[0].date is not None and found[0].date.value == "2025-03-25", found[0].date


@pytest.mark.parametrize("text", [
    "The minister refused to answer questions about the visa.",
    "The proposal was rejected by a narrow margin on Monday.",
    "Her application for a research grant was turned down last week.",
])
def test_no_visa_no_rejection_without_a_party(text):
    assert not [e for e in _typed(text, "REJECT") if not e.actor], text


def test_a_force_deployed_in_the_passive_is_a_mobilization_and_software_is_not():
    assert _typed("The regional mission was deployed in 2019 after the coup.", "MOBILIZE")
    # (the general active entry still takes "deployed to all servers": its "to" object is a party)
    assert not _typed("The software update was deployed in 2019.", "MOBILIZE")


def test_hostages_handed_to_the_red_cross_are_released_and_a_letter_is_not():
    assert _typed("Two detainees were handed to the Red Cross on Wednesday.", "RETREAT")
    assert not _typed("The activists handed a letter to the Red Cross on Wednesday.", "RETREAT")
    assert not _typed("The two detainees were handed to prosecutors on Wednesday.", "RETREAT")
