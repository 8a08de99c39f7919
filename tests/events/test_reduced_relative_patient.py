"""(extract21) A participle with its "by" agent said of a noun is a passive done to that noun
("the bulk carrier attacked by rebels"), and to the name the noun stands in apposition to;
without an agent the participle adds no patient (detect.fillers_for)."""
from __future__ import annotations

from _sentences import events as _events


def test_reduced_relative_with_agent_names_the_one_attacked():
    events = [e for e in _events("The Maersk Dubai, a container ship attacked by pirates off Somalia, "
                                 "docked in Mombasa on Friday.") if e.type == "ASSAULT"]
    assert events, "no ASSAULT for the reduced relative"
    assert any("Maersk Dubai" in r.text for e in events for r in e.recipient), \
        [[r.text for r in e.recipient] for e in events]
    assert any("pirates" in a.text for e in events for a in e.actor)


def test_reduced_relative_with_a_by_phrase_that_is_no_agent_adds_no_patient():
    # (mend9) "attacked by night": a trigger verb whose "by" phrase is a time, no agent; the
    # participle names no patient, so the appositive name is not the one attacked
    events = _events("The Maersk Dubai, a container ship attacked by night off Somalia, "
                     "docked in Mombasa on Friday.")
    assert not any("Maersk Dubai" in r.text for e in events for r in e.recipient), \
        [(e.type, [r.text for r in e.recipient]) for e in events]
