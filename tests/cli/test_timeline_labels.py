"""Timeline date labels: a raw TIMEX3 value ("2025-07-07TNI") is shown as a reader writes it
("2025-07-07 night") in the text, HTML and API labels; the JSON keeps the raw value."""
from __future__ import annotations

import json
import re
import shutil
import subprocess
from pathlib import Path

import pytest

from chronicle.timeline import date_label, readable_value, render_html

CASES = [
    ("2025-07-07TNI", "2025-07-07 night"),
    ("2025-07-07TMO", "2025-07-07 morning"),
    ("2025-07-07T14:00", "2025-07-07 14:00"),
    ("2025-07-07T14", "2025-07-07 14:00"),
    ("2009-12-15T18:00Z", "2009-12-15 18:00 UTC"),
    ("2009-12-15T18:00:30-05:00", "2009-12-15 18:00 UTC-05:00"),
    ("2008-W38-WE", "2008-W38 weekend"),
    ("2025-SU", "2025 summer"),
    ("2025-H1", "2025 first half"),
    ("2025-Q1", "2025 Q1"),
    ("202", "2020s"),
    ("19", "1900s"),
    # days, months, years and weeks read as they are
    ("2025-07-07", "2025-07-07"), ("2025-07", "2025-07"), ("2025", "2025"), ("2025-W12", "2025-W12"),
]


@pytest.mark.parametrize("value,label", CASES)
def test_readable_value(value, label):
    assert readable_value(value) == label


def test_date_label_reads_the_value_and_keeps_the_article_fallback_wording():
    d = {"value": "2025-07-07TNI", "start": "2025-07-07", "source": "text"}
    assert date_label(d, "occurred") == "2025-07-07 night"
    a = {"value": "2025-07-08", "start": "2025-07-08", "source": "article"}
    assert date_label(a, "occurred") == "2025-07-08 (article date)"
    assert date_label(a, "planned") == "date not given (reported 2025-07-08)"


def test_html_timeline_shows_the_readable_label():
    entry = {"id": "ev-1", "date": {"value": "2025-07-07TNI", "start": "2025-07-07", "source": "text",
                                    "precision": "day"},
             "status": "occurred", "actor": [{"name": "Georgian police", "country": "GEO"}], "type": "COERCE",
             "recipient": [{"name": "Giorgi Beridze", "country": "GEO"}], "sentence_text": "x"}
    page = render_html([entry], "t")
    assert "2025-07-07 night" in page and "TNI" not in page


def test_the_web_ui_labels_values_the_same_way():
    node = shutil.which("node")
    if node is None:
        pytest.skip("node is not installed")
    app = (Path(__file__).resolve().parents[2] / "src/chronicle/web/static/app.js").read_text(encoding="utf-8")
    start = app.index("const PARTS_OF_DAY")
    end = app.index("// Same wording as chronicle.timeline.date_label")
    script = app[start:end] + f"console.log(JSON.stringify({json.dumps([v for v, _ in CASES])}.map(readableValue)));"
    out = subprocess.run([node, "-e", script], capture_output=True, text=True, check=True, timeout=30).stdout
    assert json.loads(out) == [label for _, label in CASES]
    assert re.search(r"d\.value \? readableValue\(d\.value\)", app)
