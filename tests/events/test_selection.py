"""Selectional restrictions (resources/events/selection.yaml): every example and counter-example
runs through the whole pipeline."""
from __future__ import annotations

import pytest

from chronicle.events.lexicon import load_resource

from _sentences import annotated, by_trigger


def _cases(kind: str):
    return [(r["name"], ex) for r in load_resource("selection.yaml")["restrictions"] for ex in r.get(kind, [])]


def _events(text: str, type_: str):
    return [e for e in annotated(text).events if e.type == type_]


def _covers(fillers, text: str) -> bool:
    return any(text in (f.text or "") or text in (f.name or "") for f in fillers)


@pytest.mark.parametrize("name,ex", _cases("examples"), ids=lambda x: x if isinstance(x, str) else x["text"][:50])
def test_selection_example(name, ex):
    events = _events(ex["text"], ex["type"])
    assert events, f"{name}: no {ex['type']} event in {ex['text']!r}"
    assert any((not ex.get("actor") or _covers(e.actor, ex["actor"]))
               and (not ex.get("recipient") or _covers(e.recipient, ex["recipient"]))
               and (not ex.get("plover") or e.plover == ex["plover"]) for e in events), \
        [([a.text for a in e.actor], [r.text for r in e.recipient], e.plover) for e in events]


@pytest.mark.parametrize("name,ex", _cases("counter_examples"),
                         ids=lambda x: x if isinstance(x, str) else x["text"][:50])
def test_selection_counter_example(name, ex):
    events = _events(ex["text"], ex["type"])
    assert not events, f"{name}: " + repr([(e.trigger.text, e.plover) for e in events])


def test_trigger_inside_a_date_is_no_event():
    text = "Airbus parent EADS wins tanker contract\nMarch 27, 2008\nEADS has won a contract."
    assert not by_trigger(text, "March")


def test_judged_precision_file_is_well_formed():
    """benchmarks/data/meantime_event_judgements.jsonl: one judgement per key, known labels."""
    import json
    from pathlib import Path

    path = Path(__file__).resolve().parents[2] / "benchmarks" / "data" / "meantime_event_judgements.jsonl"
    rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    keys = [(r["doc"], r["start"], r["trigger"], r["plover"]) for r in rows]
    assert rows and len(keys) == len(set(keys))
    assert {r["judgement"] for r in rows} <= {"correct_type", "wrong_type", "not_an_event"}
    assert all(r["roles"] in ("ok", "partial", "wrong") for r in rows if r["judgement"] == "correct_type")
