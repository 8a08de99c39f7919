"""(extract24) A date in an event noun's "on" phrase is no target: "an air raid on Sunday hit the
market" is done to the market, the thing its verb hits (detect._targets), as "an air raid hit
the market" was; before, "Sunday" took the phrase's place and was then dropped as a time, so
the raid had no participant and was lost."""
from __future__ import annotations

from _sentences import by_trigger


def _raids(text: str):
    return [e for e in by_trigger(text, "raid") if e.type == "ASSAULT"]


def test_a_dated_air_raid_hits_the_place_its_verb_names():
    raids = _raids("An air raid on Friday hit a crowded market in the town, killing five people.")
    assert raids and any("market" in (r.text or "") for r in raids[0].recipient)


def test_the_place_in_the_on_phrase_still_counts():
    raids = _raids("An air raid on the main market killed 17 people on Friday.")
    assert raids and any("market" in (r.text or "") for r in raids[0].recipient)

