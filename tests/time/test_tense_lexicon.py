"""Every group of resources/time/tense.yaml (the word lists of chronicle.time.tense) has a reason and
examples, and every example holds: the tense tense_at gives the expression `at` in `text` (with the
parse where `parse: true`), and the TIMEX3 value the tagger gives it where `value` is set."""
import datetime as dt

import pytest

from chronicle.time import tag_timexes
from chronicle.time.tense import lexicon, narrated_past, tense_at


def _params():
    return [pytest.param(name, ex, id=f"{name}:{i + 1}")
            for name, group in lexicon().items() for i, ex in enumerate(group.get("examples") or [])]


def test_every_group_has_a_reason_and_an_example():
    for name, group in lexicon().items():
        assert str(group.get("why") or "").strip(), f"{name}: no `why`"
        assert group.get("examples"), f"{name}: no examples"


def test_no_group_repeats_an_entry():
    for name, group in lexicon().items():
        entries = group.get("words") or group.get("patterns")
        assert len(entries) == len(set(entries)), f"{name}: {entries}"


@pytest.mark.parametrize("name,example", _params())
def test_tense_example(name, example):
    text, at = example["text"], example["at"]
    start = text.index(at)
    doc = None
    if example.get("parse"):
        from chronicle.nlp import get_nlp
        doc = get_nlp()(text)
    assert tense_at(text, start, start + len(at), doc=doc) == example["tense"], (name, text)
    if "narrated" in example:
        assert narrated_past(text, start) is example["narrated"], (name, text)
    if "value" in example:
        dct = example["dct"] if isinstance(example["dct"], dt.date) else dt.date.fromisoformat(str(example["dct"]))
        hits = [t for t in tag_timexes(text, dct) if t.text == at]
        assert hits and hits[0].value == str(example["value"]), (name, [(t.text, t.value) for t in hits])
