"""TempEval-3 timex scoring on a tiny hand-checked gold/prediction pair."""
import datetime as dt

import pytest

from chronicle.eval.timex import score_dirs
from chronicle.time.timeml import write_timeml

DOC1 = "On Monday, sales rose 5% in the third quarter, up from a year ago."
DOC2 = "Prices fell yesterday."


def span(text, s, **attrs):
    i = text.index(s)
    return dict(start=i, end=i + len(s), **attrs)


@pytest.fixture
def dirs(tmp_path):
    gold, pred = tmp_path / "gold", tmp_path / "pred"
    d = dt.date(2025, 3, 28)
    write_timeml(gold / "a.tml", "a", d, DOC1, [
        span(DOC1, "Monday", tid="t1", type="DATE", value="2025-03-24"),
        span(DOC1, "the third quarter", tid="t2", type="DATE", value="2025-Q3"),
        span(DOC1, "a year ago", tid="t3", type="DATE", value="2024"),
    ])
    write_timeml(pred / "a.tml", "a", d, DOC1, [
        span(DOC1, "Monday", tid="t1", type="DATE", value="2025-03-24"),      # strict, value right
        span(DOC1, "third quarter", tid="t2", type="DATE", value="2025-Q2"),  # relaxed only, value wrong
        span(DOC1, "5%", tid="t3", type="DURATION", value="P5D"),             # false positive
    ])                                                                         # "a year ago" missed
    write_timeml(gold / "b.tml", "b", d, DOC2, [span(DOC2, "yesterday", tid="t1", type="DATE", value="2025-03-27")])
    write_timeml(pred / "b.tml", "b", d, DOC2, [span(DOC2, "yesterday", tid="t1", type="TIME", value="2025-03-27")])
    return gold, pred


def test_scores_by_hand(dirs):
    r = score_dirs(*dirs)
    # 4 gold, 4 system. strict: Monday + yesterday = 2/4. relaxed: + third quarter = 3/4.
    assert r["documents"] == 2
    assert r["strict"] == {"precision": 50.0, "recall": 50.0, "f1": 50.0}
    assert r["relaxed"] == {"precision": 75.0, "recall": 75.0, "f1": 75.0}
    # 3 relaxed pairs: values right for Monday and yesterday (2/3); types right for Monday and quarter (2/3)
    assert r["value"] == {"accuracy": 66.67, "f1": 50.0}
    assert r["type"] == {"accuracy": 66.67, "f1": 50.0}
    assert r["per_document"]["a.tml"]["relaxed_gold"] == 2
    assert r["per_document"]["b.tml"]["strict_system"] == 1
    assert r["missing_predictions"] == [] and r["text_mismatch"] == []


def test_dct_not_scored_and_missing_prediction(dirs, tmp_path):
    gold, pred = dirs
    (pred / "b.tml").unlink()
    r = score_dirs(gold, pred)
    assert r["missing_predictions"] == ["b.tml"]
    assert r["counts"]["gold"] == 4 and r["counts"]["system"] == 3
    assert r["relaxed"]["recall"] == 50.0 and r["relaxed"]["precision"] == 66.67


def test_perfect_prediction(dirs):
    gold, _ = dirs
    r = score_dirs(gold, gold)
    assert r["strict"]["f1"] == r["relaxed"]["f1"] == r["value"]["f1"] == r["type"]["f1"] == 100.0
