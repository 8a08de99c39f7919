"""Every `examples:` entry of every rule file under resources/time is a test case."""
import datetime as dt

import pytest

from chronicle.time import tag_timexes
from chronicle.time.rules import load_ruleset


def _params():
    out = []
    for rule in load_ruleset().rules:
        for i, ex in enumerate(rule.examples):
            out.append(pytest.param(ex, id=f"{rule.source}:{rule.name}:{i + 1}"))
    return out


def _date(v):
    if v is None or isinstance(v, dt.date):
        return v
    return dt.date.fromisoformat(str(v))


def test_every_rule_has_an_example():
    missing = [r.name for r in load_ruleset().rules if not r.examples]
    assert not missing, f"rules without examples: {missing}"


@pytest.mark.parametrize("example", _params())
def test_rule_example(example):
    text = example["text"]
    got = tag_timexes(text, _date(example.get("dct")))
    for t in got:
        assert text[t.start:t.end] == t.text
    expect = example.get("expect") or []
    if not expect and "absent" not in example:
        assert got == [], f"expected no timex, got {[(t.text, t.value) for t in got]}"
    for want in expect:
        hits = [t for t in got if t.text == want["text"]]
        assert hits, f"{want['text']!r} not tagged; got {[(t.text, t.type, t.value) for t in got]}"
        t = hits[0]
        assert t.type == want["type"], (t.text, t.type, t.value)
        assert t.value == (None if want["value"] is None else str(want["value"])), (t.text, t.value)
        if "mod" in want:
            assert t.mod == want["mod"], (t.text, t.mod)
    for text_absent in example.get("absent") or []:
        assert not [t for t in got if t.text == text_absent], f"{text_absent!r} must not be tagged"
