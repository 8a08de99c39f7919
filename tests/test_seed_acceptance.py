"""Acceptance: `chronicle annotate` on the user's seed article against the analyst's expectations.

This test reads ../shared/seed/ (the one place the suite reads shared/): the article and
seed-article.expected.yaml. Matching is tolerant, as the expectation file describes: an expected
event is found when some extracted event has the same type (or one of type_any), the listed
actor and recipient countries (order-free when symmetric), the listed status, and a date
interval overlapping the expected date.
"""
from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest
import yaml
from typer.testing import CliRunner

from chronicle.cli.main import app
from chronicle.time.intervals import value_to_interval

SHARED_SEED = Path(__file__).resolve().parents[1].parent / "shared" / "seed"
ARTICLE = SHARED_SEED / "seed-article.txt"
EXPECTED = SHARED_SEED / "seed-article.expected.yaml"

pytestmark = pytest.mark.skipif(not EXPECTED.exists(), reason="../shared/seed is not beside the checkout")


@pytest.fixture(scope="module")
def expected() -> dict:
    return yaml.safe_load(EXPECTED.read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def output() -> dict:
    result = CliRunner().invoke(app, ["annotate", str(ARTICLE), "--format", "json"])
    assert result.exit_code == 0, result.output
    return json.loads(result.stdout)


def _as_list(v):
    return v if isinstance(v, list) else [v]


def _countries(fillers) -> list[str]:
    return sorted({f["country"] for f in fillers if f["country"]})


def _overlaps(event_date: dict, values) -> bool:
    if not event_date["start"]:
        return False
    s, e = date.fromisoformat(event_date["start"]), date.fromisoformat(event_date["end"])
    for v in _as_list(values):
        lo, hi = value_to_interval(str(v))
        if s <= hi and lo <= e:
            return True
    return False


def event_matches(exp: dict, got: dict) -> bool:
    types = exp.get("type_any") or [exp["type"]]
    if got["type"] not in types:
        return False
    if exp.get("status") and got["status"] != exp["status"]:
        return False
    if exp.get("mode") and got["mode"] != exp["mode"]:
        return False
    if exp.get("plover") and got["plover"] != exp["plover"]:
        return False
    if exp.get("symmetric"):
        parties = sorted(set(_countries(got["actor"])) | set(_countries(got["recipient"])))
        if parties != sorted(_as_list(exp["actor"])):
            return False
    else:
        if _countries(got["actor"]) != sorted(_as_list(exp["actor"])):
            return False
        if "recipient" in exp and _countries(got["recipient"]) != sorted(_as_list(exp["recipient"])):
            return False
    if "date" in exp and not _overlaps(got["date"], exp["date"]):
        return False
    return True


def _items(section: str, level: str):
    data = yaml.safe_load(EXPECTED.read_text(encoding="utf-8")) if EXPECTED.exists() else {}
    items = (data.get(section) or {}).get(level) or []
    return [pytest.param(x, id=str(x.get("id") or x.get("text"))) for x in items]


def test_article_date(output, expected):
    assert output["article"]["date"] == expected["article"]["date"]


@pytest.mark.parametrize("exp", _items("timexes", "must") + _items("timexes", "should"))
def test_timex(output, exp):
    found = [t for t in output["timexes"] if t["text"].lower() == exp["text"].lower()]
    assert found, f"no timex {exp['text']!r}; got {[t['text'] for t in output['timexes']]}"
    assert any(t["type"] == exp["type"] and t["value"] == exp["value"] for t in found), found


@pytest.mark.parametrize("exp", _items("events", "must") + _items("events", "should"))
def test_event(output, exp):
    matches = [e for e in output["events"] if event_matches(exp, e)]
    assert matches, f"{exp['id']}: no matching event among " + json.dumps(
        [(e["type"], e["status"], _countries(e["actor"]), _countries(e["recipient"]), e["date"]["value"])
         for e in output["events"]])


@pytest.mark.parametrize("exp", _items("actors", "must") + _items("actors", "should"))
def test_actor(output, exp):
    hits = [a for a in output["actors"] if any(m["text"] == exp["text"] for m in a["mentions"])]
    assert hits, f"actor {exp['text']!r} not found"
    assert any(a["country"] == exp["country"] and a["sector"] == exp["sector"] for a in hits), hits


@pytest.mark.parametrize("exp", _items("sources", "should"))
def test_sources(output, exp):
    chains = [e["attribution"] for e in output["events"] if e["attribution"]]
    assert any(c["speaker"] == exp["name"] and set(exp["quotes"]) <= set(c["via"]) for c in chains), chains


def test_every_event_carries_evidence(output):
    text = ARTICLE.read_text(encoding="utf-8").split(None, 2)[2]
    for e in output["events"]:
        t = e["trigger"]
        assert text[t["start"]:t["end"]] == t["text"]
        for f in e["actor"] + e["recipient"]:
            assert text[f["start"]:f["end"]] == f["text"]
    for t in output["timexes"]:
        assert text[t["start"]:t["end"]] == t["text"]
