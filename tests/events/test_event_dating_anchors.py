"""The examples of resources/events/dating.yaml: dates taken from a more precise mention of the
same event, from the event another one happened during, from the governing event and the
narrative context, and the date attachments read by word order or through an adverb that only
places the date ("late on Saturday")."""
from __future__ import annotations

from datetime import date

import pytest

from chronicle.events.dating import dating_rules
from chronicle.model import Article
from chronicle.pipeline import annotate

DCT = date(2025, 3, 28)


def _cases():
    rules = dating_rules()
    out = []
    for entry in rules["same_time"]:
        out += [("during", ex) for ex in entry.get("examples", []) + entry.get("counter_examples", [])]
    other = rules["other_time"]
    out += [("other", ex) for ex in other.get("examples", []) + other.get("counter_examples", [])]
    for kind in ("coreferent_refinement", "word_order", "planned_under_occurred", "governing_event", "narrative",
                 "placing_adverb", "definite_antecedent", "comment_verbs", "scheduled_by", "duration_host", "offset",
                 "reduced_relative", "participant_dates", "own_clause", "present_relative"):
        ref = rules[kind]
        out += [(kind, ex) for ex in ref.get("examples", []) + ref.get("counter_examples", [])]
    return out


@pytest.mark.parametrize("kind,ex", _cases(), ids=lambda x: x if isinstance(x, str) else x["text"][:50])
def test_dating_example(kind, ex):
    events = annotate(Article(id="example", date=DCT, text=ex["text"])).events
    got = [(e.trigger.text, e.date.value) for e in events if e.trigger.text == ex["trigger"]]
    assert got, f"no event triggered by {ex['trigger']!r}: {[(e.trigger.text, e.type) for e in events]}"
    if "values" in ex:
        assert sorted(v for _, v in got) == sorted(ex["values"]), got
    else:
        assert any(v == ex["value"] for _, v in got), got
    if "source" in ex:
        assert all(e.date.source == ex["source"] for e in events if e.trigger.text == ex["trigger"])
