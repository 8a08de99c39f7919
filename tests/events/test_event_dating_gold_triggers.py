"""The ``gold_examples`` of resources/events/dating.yaml: dating rules run on given event triggers
(each of the example's ``events`` words a trigger of type unknown with no actors, status from
status.py), as ``chronicle eval dating`` dates the gold triggers of TimeBank / AQUAINT / MEANTIME.
Rules whose cue is a verb the news extraction does not make a mention of ("scheduled", "rose")
are tested so."""
from __future__ import annotations

import re
from datetime import date

import pytest

from chronicle.eval.dating import GoldDoc, GoldEvent, parse, predict
from chronicle.events.dating import dating_rules
from chronicle.time.calendar import value_to_interval

DCT = date(2025, 3, 28)


def _cases():
    out = []
    for kind, entry in dating_rules().items():
        if isinstance(entry, dict):
            out += [(kind, ex) for ex in entry.get("gold_examples", []) + entry.get("gold_counter_examples", [])]
    return out


def test_there_are_gold_examples():
    kinds = {k for k, _ in _cases()}
    assert {"participant_dates", "scheduling_verbs", "own_clause", "named_as", "present_relative"} <= kinds


@pytest.mark.parametrize("kind,ex", _cases(), ids=lambda x: x if isinstance(x, str) else x["text"][:50])
def test_gold_trigger_example(kind, ex):
    text, events = ex["text"], []
    pos = 0
    for n, word in enumerate(ex["events"]):
        m = re.compile(r"\b%s\b" % re.escape(word)).search(text, pos)
        assert m, word
        events.append(GoldEvent(f"e{n}", m.start(), m.end(), word))
        pos = m.end()
    gold = GoldDoc("example", DCT, text, events)
    pred = predict(gold, parse(text))["chronicle"]
    got = pred[next(e.eid for e in events if e.text == ex["trigger"])]
    if "source" in ex:
        assert got.source == ex["source"], (got, ex)
    if "value" in ex:
        assert (got.start, got.end) == value_to_interval(ex["value"]), (got, ex)
