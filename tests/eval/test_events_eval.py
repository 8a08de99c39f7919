"""`chronicle eval events` and `chronicle extract` on small hand-checked inputs."""
from __future__ import annotations

import json

from typer.testing import CliRunner

from chronicle.cli.main import app
from chronicle.eval.events import macro_f1, overlaps

runner = CliRunner()

# Hand-checked: sentence 1 is a visit (CONSULT, Putin -> Pyongyang); sentence 2 a planned visit
# (strict code AGREE); sentence 3 an attack whose gold label we deliberately set to PROTEST, so
# chronicle's ASSAULT must count as wrong; sentence 4 has no event chronicle can find.
GOLD = """text,label,source,target
"Russian President Vladimir Putin visited Pyongyang on Wednesday.",CONSULT,Vladimir Putin,Pyongyang
"The Japanese prime minister will visit Washington next month.",AGREE,Japanese prime minister,Washington
"Russian forces attacked Ukrainian positions near Bakhmut.",PROTEST,Russian forces,Ukrainian positions
"The weather was fine.",CONSULT,,
"""


def test_eval_events_on_hand_checked_file(tmp_path):
    gold = tmp_path / "gold.csv"
    gold.write_text(GOLD, encoding="utf-8")
    result = runner.invoke(app, ["eval", "events", str(gold), "--date", "2024-06-20"])
    assert result.exit_code == 0, result.output
    out = json.loads(result.stdout)
    assert out["sentences"] == 4
    assert out["accuracy"] == 0.5  # 2 of 4 right
    # gold labels CONSULT (2 sentences), AGREE, PROTEST; predictions CONSULT, AGREE, ASSAULT, NONE:
    # F1 CONSULT = 2*1*0.5/1.5 = 0.6667, AGREE = 1, PROTEST = 0 -> macro 0.5556
    assert out["macro_f1"] == 0.5556
    assert out["with_source"] == 3 and out["source_match"] == 1.0
    assert out["with_target"] == 3 and out["target_match"] == 1.0
    assert out["no_event"] == 1


def test_eval_events_names_missing_columns(tmp_path):
    bad = tmp_path / "bad.csv"
    bad.write_text("sentence,code\nx,y\n", encoding="utf-8")
    result = runner.invoke(app, ["eval", "events", str(bad)])
    assert result.exit_code == 2 and "missing column" in result.output


def test_macro_f1_and_overlap_helpers():
    assert macro_f1(["A", "A", "B"], ["A", "B", "B"]) == (2 / 3 + 2 / 3) / 2
    assert overlaps(["the Russian government"], "Russian government officials")
    assert not overlaps(["the government"], "The")  # stop words never count as overlap


def test_extract_reads_jsonl_and_writes_events(tmp_path):
    src = tmp_path / "in.jsonl"
    src.write_text(
        json.dumps({"id": "s1", "text": "Lavrov is planning to visit Pyongyang.", "date": "2025-03-28"}) + "\n"
        + "{broken\n"
        + json.dumps({"id": "s2", "text": "Nothing happens here."}) + "\n",
        encoding="utf-8")
    result = runner.invoke(app, ["extract", str(src)])
    assert result.exit_code == 1  # the broken line is reported, the rest is extracted
    lines = [json.loads(x) for x in result.stdout.strip().splitlines()]
    assert [x["id"] for x in lines] == ["s1", "s2"]
    visit = lines[0]["events"][0]
    assert visit["status"] == "planned" and visit["plover"] == "AGREE" and visit["type"] == "CONSULT"
    assert lines[1]["events"] == []
    assert "in.jsonl:2" in result.output
