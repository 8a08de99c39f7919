"""The CLI commands, end to end on small real inputs (no hard-coded outputs)."""
from __future__ import annotations

import csv
import io
import json
from importlib import resources
from pathlib import Path

import jsonschema
import pytest
from typer.testing import CliRunner

from chronicle.cli.main import app

runner = CliRunner()

ARTICLE_A = (
    "date 2024-06-20\n"
    "Russian President Vladimir Putin visited Pyongyang on Wednesday, the Kremlin said. "
    "Putin met North Korean leader Kim Jong-un at the Kumsusan palace."
)
ARTICLE_B = (
    "date 2024-11-02\n"
    "South Korean President Yoon Suk-yeol will visit Washington next month, Yonhap news agency reported."
)


@pytest.fixture(scope="module")
def schema():
    text = resources.files("chronicle.resources").joinpath("schema", "annotate.schema.json").read_text()
    return json.loads(text)


@pytest.fixture
def corpus(tmp_path: Path) -> Path:
    d = tmp_path / "corpus"
    d.mkdir()
    (d / "a.txt").write_text(ARTICLE_A, encoding="utf-8")
    (d / "b.txt").write_text(ARTICLE_B, encoding="utf-8")
    return d


@pytest.fixture
def db(tmp_path: Path, corpus: Path) -> str:
    path = str(tmp_path / "c.db")
    result = runner.invoke(app, ["ingest", str(corpus), "--db", path])
    assert result.exit_code == 0, result.output
    return path


def test_annotate_json_follows_the_contract_schema(tmp_path, schema):
    f = tmp_path / "a.txt"
    f.write_text(ARTICLE_A, encoding="utf-8")
    result = runner.invoke(app, ["annotate", str(f), "--format", "json"])
    assert result.exit_code == 0, result.output
    out = json.loads(result.stdout)
    jsonschema.validate(out, schema)
    assert out["article"]["date"] == "2024-06-20"
    visits = [e for e in out["events"] if e["type"] == "CONSULT" and e["mode"] == "visit"]
    assert visits and visits[0]["date"]["start"] == "2024-06-19"  # the Wednesday before the article
    assert visits[0]["actor"][0]["country"] == "RUS" and visits[0]["recipient"][0]["country"] == "PRK"


def test_schema_rejects_a_broken_event(schema):
    bad = {"article": {"id": "x", "date": "2024-01-01", "title": None, "source": None, "url": None},
           "timexes": [], "actors": [], "events": [{"id": "e1", "type": "VISIT"}]}
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate(bad, schema)


def test_annotate_table(tmp_path):
    f = tmp_path / "a.txt"
    f.write_text(ARTICLE_A, encoding="utf-8")
    result = runner.invoke(app, ["annotate", str(f), "--format", "table"])
    assert result.exit_code == 0
    assert "Vladimir Putin" in result.stdout and "CONSULT" in result.stdout


def test_annotate_plain_text_needs_a_date(tmp_path):
    f = tmp_path / "plain.txt"
    f.write_text("Putin visited Pyongyang on Wednesday.", encoding="utf-8")
    result = runner.invoke(app, ["annotate", str(f)])
    assert result.exit_code != 0
    assert "Traceback" not in result.output
    ok = runner.invoke(app, ["annotate", str(f), "--date", "2024-06-20"])
    assert ok.exit_code == 0 and json.loads(ok.stdout)["article"]["date"] == "2024-06-20"


def test_bad_date_option_is_one_clear_line(tmp_path):
    f = tmp_path / "plain.txt"
    f.write_text("text", encoding="utf-8")
    result = runner.invoke(app, ["annotate", str(f), "--date", "yesterday"])
    assert result.exit_code == 2
    assert "not a date" in result.output and "Traceback" not in result.output


def test_ingest_is_idempotent(db, corpus):
    again = runner.invoke(app, ["ingest", str(corpus), "--db", db])
    assert again.exit_code == 0
    assert "stored 0" in again.output and "already stored 2" in again.output


def test_ingest_reports_skipped_inputs_and_goes_on(tmp_path, corpus):
    (corpus / "bad.txt").write_text("date 2025-02-30\nImpossible.", encoding="utf-8")
    path = str(tmp_path / "d.db")
    result = runner.invoke(app, ["ingest", str(corpus), "--db", path])
    assert result.exit_code == 1
    assert "bad.txt" in result.output and "stored 2" in result.output


def test_events_filters(db):
    result = runner.invoke(app, ["events", "--db", db, "--actor", "Russia", "--format", "json"])
    rows = json.loads(result.stdout)
    assert rows and all(any(a["country"] == "RUS" for a in r["actor"] + r["recipient"]) for r in rows)
    planned = json.loads(runner.invoke(app, ["events", "--db", db, "--status", "planned", "--format", "json"]).stdout)
    assert planned and all(r["status"] == "planned" for r in planned)
    assert any(r["article"]["id"] == "b" for r in planned)
    csv_out = runner.invoke(app, ["events", "--db", db, "--type", "consult", "--format", "csv"]).stdout
    rows = list(csv.DictReader(io.StringIO(csv_out)))
    assert rows and {r["type"] for r in rows} == {"CONSULT"}
    none = json.loads(runner.invoke(app, ["events", "--db", db, "--until", "2000-01-01", "--format", "json"]).stdout)
    assert none == []


def test_events_rejects_unknown_status(db):
    result = runner.invoke(app, ["events", "--db", db, "--status", "maybe"])
    assert result.exit_code == 2 and "occurred" in result.output


def test_timeline_orders_by_event_date_and_writes_html(db, tmp_path):
    result = runner.invoke(app, ["timeline", "Russia", "--with", "North Korea", "--db", db, "--format", "json"])
    entries = json.loads(result.stdout)
    assert entries
    starts = [e["date"]["start"] for e in entries]
    assert starts == sorted(starts)
    out = tmp_path / "t.html"
    result = runner.invoke(app, ["timeline", "RUS", "--db", db, "--format", "html", "-o", str(out)])
    assert result.exit_code == 0
    page = out.read_text(encoding="utf-8")
    assert page.startswith("<!doctype html>") and "Vladimir Putin" in page and "North Korea" in page
    assert "CAMEO 042" in page and "CAMEO None" not in page  # canonical events keep their codes


def test_timeline_shows_a_plan_without_a_text_date_as_undated(tmp_path):
    f = tmp_path / "plan.txt"
    f.write_text("date 2025-03-28\nRussian Foreign Minister Sergey Lavrov is planning to visit Pyongyang. "
                 "Russian President Vladimir Putin visited Pyongyang on Wednesday.", encoding="utf-8")
    path = str(tmp_path / "plan.db")
    assert runner.invoke(app, ["ingest", str(f), "--db", path]).exit_code == 0
    table = tmp_path / "plan.tsv"
    assert runner.invoke(app, ["timeline", "Russia", "--db", path, "-o", str(table)]).exit_code == 0
    lines = dict(line.split("\t")[1::-1] for line in table.read_text(encoding="utf-8").strip().splitlines())
    # the plan keeps the article date as its interval, but is not shown as happening on that day
    assert lines["planned"] == "date not given (reported 2025-03-28)"
    assert lines["occurred"] == "2025-03-26"
    out = tmp_path / "plan.html"
    runner.invoke(app, ["timeline", "Russia", "--db", path, "--format", "html", "-o", str(out)])
    page = out.read_text(encoding="utf-8")
    assert "date not given (reported 2025-03-28)</span> <span class=meta>precision: none" in page


def test_timeline_html_escapes_article_text(tmp_path):
    f = tmp_path / "x.txt"
    f.write_text("date 2024-06-20\nRussian President Vladimir Putin visited Pyongyang <script>alert(1)</script> on Wednesday.",
                 encoding="utf-8")
    path = str(tmp_path / "x.db")
    assert runner.invoke(app, ["ingest", str(f), "--db", path]).exit_code == 0
    out = tmp_path / "x.html"
    runner.invoke(app, ["timeline", "Russia", "--db", path, "--format", "html", "-o", str(out)])
    page = out.read_text(encoding="utf-8")
    assert "<script>" not in page and "&lt;script&gt;" in page


def test_export_jsonl_and_csv(db):
    jl = runner.invoke(app, ["export", "--format", "jsonl", "--db", db]).stdout.strip().splitlines()
    assert jl and all(json.loads(line)["type"] for line in jl)
    c = runner.invoke(app, ["export", "--format", "csv", "--db", db]).stdout
    assert len(list(csv.DictReader(io.StringIO(c)))) == len(jl)
