"""Bad input through the command line: one clear line per bad item (file, line or record,
reason), the rest of the batch stored, exit code 1 when anything was skipped or failed, a
machine-readable --report, and never a traceback."""
from __future__ import annotations

import json
import os
import sqlite3
import subprocess
import sys
import tempfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from typer.testing import CliRunner

from chronicle.cli.main import app

runner = CliRunner()
GOOD = "Russian President Vladimir Putin visited Pyongyang on Wednesday, the Kremlin said."


def bad_corpus(root: Path) -> tuple[dict[str, str], set[str]]:
    """A folder with every kind of bad input next to good ones.

    Returns (origin -> expected words in the reason) for the bad items, and the ids expected stored.
    """
    root.mkdir()
    bad: dict[str, str] = {}
    good: set[str] = set()

    def put(name: str, data: bytes | str, reason: str | None = None, origin_suffix: str = "") -> Path:
        path = root / name
        path.write_bytes(data if isinstance(data, bytes) else data.encode("utf-8"))
        if reason:
            bad[str(path) + origin_suffix] = reason
        return path

    put("good.txt", f"date 2025-03-28\n{GOOD}")
    good.add("good")
    put("latin1.txt", f"date 2025-03-28\nSão Paulo: {GOOD}".encode("latin-1"))
    good.add("latin1")
    put("utf16.txt", f"date 2025-03-28\n{GOOD} Zürich.".encode("utf-16"))
    good.add("utf16")
    put("impossible.txt", f"date 2025-02-30\n{GOOD}", "impossible date '2025-02-30'", ":1")
    put("tomorrow.txt", f"date tomorrow\n{GOOD}", "unrecognized date 'tomorrow'", ":1")
    put("nodate.txt", GOOD, "no date")
    put("binary.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)), "binary file")
    put("empty.txt", b"", "empty file")
    put("scripts.html", "<html><body><script>alert(1)</script><script>var x;</script></body></html>",
        "no article text")
    put("legacy.html", ('<html><head><meta charset="windows-1251">'
                        '<meta property="article:published_time" content="2025-03-28"></head><body><article>'
                        "<p>Путин посетил Пхеньян в среду, сообщил Кремль. Это была важная встреча лидеров "
                        "двух стран, которые обсудили сотрудничество.</p><p>Второй абзац текста статьи о "
                        "визите и о переговорах в столице.</p></article></body></html>").encode("cp1251"))
    good.add("legacy")
    put("news.jsonl", "\n".join([
        json.dumps({"id": "j1", "date": "2025-03-28", "text": GOOD + " Lavrov too."}),
        '{"id": "j2", "date": "2025-03-28", "text": "broken',
        json.dumps({"id": "j3", "date": "2025-03-28", "text": GOOD + " Kim met him."}),
        json.dumps({"id": "j1", "date": "2025-03-28", "text": "A different text under the same id."}),
        json.dumps({"id": "j5", "date": "2025/02/30", "text": GOOD}),
        json.dumps({"id": "j6", "date": "[/red]", "text": GOOD}),  # a closing tag rich would choke on
    ]) + "\n")
    good.update({"j1", "j3"})
    bad[f"{root}/news.jsonl:2"] = "not valid JSON"
    bad[f"{root}/news.jsonl:4"] = "duplicate id 'j1'"
    bad[f"{root}/news.jsonl:5"] = "impossible date"
    bad[f"{root}/news.jsonl:6"] = "unrecognized date '[/red]'"
    put("table.csv", 'id,date,text\nc1,2025-03-28,"' + GOOD + '\nSecond line, with a comma."\n'
                     "c2,2025-03-28\nc3,2025-03-28,plain words,extra\n")
    good.add("c1")
    bad[f"{root}/table.csv:4"] = "the row has 2 fields but the header has 3"
    bad[f"{root}/table.csv:5"] = "the row has 4 fields but the header has 3"
    with (root / "huge.txt").open("wb") as fh:  # 50 MB
        fh.write(b"date 2025-03-28\n")
        fh.write((GOOD.encode() + b" ") * (50 * 1024 * 1024 // (len(GOOD) + 1) + 1))
    bad[str(root / "huge.txt")] = "file too large for one article"
    put("[red]markup.txt", "no date either", "no date")  # rich markup in a name is printed as is
    return bad, good


def stored_ids(db: Path) -> list[str]:
    with sqlite3.connect(db) as conn:
        return sorted(r[0] for r in conn.execute("select external_id from articles"))


@pytest.fixture(scope="module")
def corpus(tmp_path_factory):
    root = tmp_path_factory.mktemp("bad") / "corpus"
    return root, *bad_corpus(root)


def test_ingest_of_a_bad_corpus_in_a_real_process(corpus, tmp_path):
    """The real command, in its own process: exit 1, one line per bad item, no traceback, the
    good articles stored, and a report that lists exactly the bad items."""
    root, bad, good = corpus
    db, report = tmp_path / "c.db", tmp_path / "report.json"
    env = {**os.environ, "COLUMNS": "80"}  # a narrow terminal: messages still never wrap
    chronicle = Path(sys.executable).parent / "chronicle"  # the installed console script
    proc = subprocess.run([str(chronicle), "ingest", str(root), "--db", str(db),
                           "--report", str(report)], capture_output=True, text=True, timeout=300, env=env)
    assert proc.returncode == 1, proc.stderr
    assert "Traceback" not in proc.stderr and "Traceback" not in proc.stdout
    skipped_lines = [line for line in proc.stderr.splitlines() if line.startswith("skipped ")]
    assert len(skipped_lines) == len(bad), proc.stderr
    for origin, reason in bad.items():
        (line,) = [x for x in skipped_lines if x.startswith(f"skipped {origin}: ")]
        assert reason in line
    assert f"stored {len(good)} " in proc.stderr and f"skipped {len(bad)} " in proc.stderr
    assert stored_ids(db) == sorted(good)

    data = json.loads(report.read_text(encoding="utf-8"))
    assert data["command"] == "ingest" and data["ok"] is False and data["version"] == 1
    assert data["summary"]["stored"] == len(good) and data["summary"]["skipped"] == len(bad)
    assert data["failed"] == []
    by_origin = {e["origin"]: e for e in data["skipped"]}
    assert set(by_origin) == set(bad)
    for origin, reason in bad.items():
        entry = by_origin[origin]
        assert reason in entry["reason"]
        file, _, line = origin.rpartition(":")
        if line.isdigit():
            assert entry["file"] == file and entry["line"] == int(line)
        else:
            assert entry["file"] == origin and entry["line"] is None


def test_rerun_stores_nothing_new_and_still_says_what_was_skipped(corpus, tmp_path):
    root, bad, good = corpus
    db = tmp_path / "c.db"
    first = runner.invoke(app, ["ingest", str(root), "--db", str(db), "-q"])
    again = runner.invoke(app, ["ingest", str(root), "--db", str(db), "-q", "--report", str(tmp_path / "r.json")])
    assert first.exit_code == again.exit_code == 1
    assert first.exception is None or isinstance(first.exception, SystemExit)
    assert f"already stored {len(good)} " in again.stderr
    assert stored_ids(db) == sorted(good)
    assert len(json.loads((tmp_path / "r.json").read_text())["skipped"]) == len(bad)


def test_a_clean_batch_exits_0_with_an_empty_report(tmp_path):
    f = tmp_path / "ok.jsonl"
    f.write_text(json.dumps({"id": "a", "date": "2025-03-28", "text": GOOD}) + "\n", encoding="utf-8")
    result = runner.invoke(app, ["ingest", str(f), "--db", str(tmp_path / "c.db"), "--report", str(tmp_path / "r.json")])
    assert result.exit_code == 0, result.output
    data = json.loads((tmp_path / "r.json").read_text())
    assert data["ok"] is True and data["skipped"] == [] and data["failed"] == []
    assert data["summary"]["stored"] == 1


def test_a_stage_failure_is_reported_and_the_rest_stored(tmp_path, fail_stage):
    fail_stage("actors", KeyError("poisoned on purpose"))
    f = tmp_path / "n.jsonl"
    f.write_text("".join(json.dumps({"id": i, "date": "2025-03-28", "text": f"{GOOD} ({i})"}) + "\n"
                         for i in ("a", "bad", "c")), encoding="utf-8")
    db, report = tmp_path / "c.db", tmp_path / "r.json"
    result = runner.invoke(app, ["ingest", str(f), "--db", str(db), "--report", str(report)])
    assert result.exit_code == 1
    assert result.exception is None or isinstance(result.exception, SystemExit)
    assert "failed bad" in result.stderr and "stage actors" in result.stderr
    assert stored_ids(db) == ["a", "c"]
    (entry,) = json.loads(report.read_text())["failed"]
    assert entry["article_id"] == "bad" and entry["stage"] == "actors" and "poisoned on purpose" in entry["error"]
    assert entry["file"] == str(f) and entry["line"] == 2


def test_annotate_reports_skipped_and_failed_and_prints_the_rest(tmp_path, fail_stage):
    fail_stage("time", RuntimeError("no time for this"))
    f = tmp_path / "n.jsonl"
    f.write_text(json.dumps({"id": "a", "date": "2025-03-28", "text": GOOD}) + "\n"
                 + '{"id": "broken\n'
                 + json.dumps({"id": "bad", "date": "2025-03-28", "text": GOOD}) + "\n", encoding="utf-8")
    report = tmp_path / "r.json"
    result = runner.invoke(app, ["annotate", str(f), "--report", str(report)])
    assert result.exit_code == 1
    assert result.exception is None or isinstance(result.exception, SystemExit)
    out = json.loads(result.stdout)
    assert [r["article"]["id"] for r in out] == ["a"]
    data = json.loads(report.read_text())
    assert data["command"] == "annotate"
    assert [(e["file"], e["line"]) for e in data["skipped"]] == [(str(f), 2)]
    assert [(e["article_id"], e["stage"]) for e in data["failed"]] == [("bad", "time")]


def test_annotate_with_nothing_readable_is_one_error_line_and_a_report(tmp_path):
    f = tmp_path / "x.txt"
    f.write_text("date 2025-02-30\ntext", encoding="utf-8")
    result = runner.invoke(app, ["annotate", str(f), "--report", str(tmp_path / "r.json")])
    assert result.exit_code == 2
    assert "no article could be read" in result.stderr and "Traceback" not in result.output
    assert json.loads((tmp_path / "r.json").read_text())["skipped"][0]["line"] == 1


_line = st.one_of(
    st.tuples(st.just("good"), st.text(st.characters(codec="utf-8", exclude_categories=["Cs", "Cc"]),
                                       min_size=1, max_size=80).filter(str.strip)),
    st.tuples(st.just("bad"), st.sampled_from([
        '{"id": "x", "text": "unterminated', '{"date": "2025-02-30", "text": "impossible"}',
        '{"date": "tomorrow", "text": "t"}', '{"date": "2025-01-01"}', "[]", "null", '"just a string"',
        '{"date": "2025-01-01", "text": 5}',
    ])),
)


@settings(max_examples=8, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(lines=st.lists(_line, min_size=1, max_size=6))
def test_fuzzed_jsonl_through_the_cli(lines):
    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        f, report = tmp / "f.jsonl", tmp / "r.json"
        rows = [json.dumps({"date": "2025-03-28", "text": v}) if kind == "good" else v for kind, v in lines]
        f.write_text("\n".join(rows) + "\n", encoding="utf-8")
        result = runner.invoke(app, ["ingest", str(f), "--db", str(tmp / "c.db"), "--report", str(report), "-q"])
        n_bad = sum(kind == "bad" for kind, _ in lines)
        assert result.exception is None or isinstance(result.exception, SystemExit), result.exception
        assert result.exit_code == (1 if n_bad else 0), result.output
        data = json.loads(report.read_text())
        assert [e["line"] for e in data["skipped"]] == [n for n, (k, _) in enumerate(lines, 1) if k == "bad"]
        assert data["summary"]["read"] == len(lines) - n_bad
        assert len(stored_ids(tmp / "c.db")) == len({v for k, v in lines if k == "good"})
