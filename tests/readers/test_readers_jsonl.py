import json
from datetime import date

D = date(2024, 1, 2)


def write_lines(path, lines):
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def test_jsonl_records(read, tmp_path):
    path = write_lines(
        tmp_path / "news.jsonl",
        [
            json.dumps({"id": "a1", "date": "2025-03-28", "text": "One.", "title": "T", "url": "http://x", "source": "S"}),
            "",
            json.dumps({"date": "2025-03-29T10:00:00+09:00", "text": "Two."}),
            json.dumps({"id": 7, "date": "2025/03/30", "text": "Three\u2028still three."}),
        ],
    )
    articles, problems = read(path)
    assert problems == []
    assert [(a.id, a.date, a.origin) for a in articles] == [
        ("a1", date(2025, 3, 28), f"{path}:1"),
        ("news-3", date(2025, 3, 29), f"{path}:3"),
        ("7", date(2025, 3, 30), f"{path}:4"),
    ]
    assert (articles[0].title, articles[0].url, articles[0].source) == ("T", "http://x", "S")
    assert articles[2].text == "Three\u2028still three."


def test_jsonl_broken_line_in_the_middle(read, tmp_path):
    path = write_lines(
        tmp_path / "news.ndjson",
        [
            json.dumps({"id": "a", "date": "2025-01-01", "text": "First."}),
            '{"id": "b", "date": "2025-01-02", "text": "unterminated',
            json.dumps({"id": "c", "date": "2025-01-03", "text": "Third."}),
            "[1, 2]",
        ],
    )
    articles, problems = read(path)
    assert [a.id for a in articles] == ["a", "c"]
    assert [p.origin for p in problems] == [f"{path}:2", f"{path}:4"]
    assert "not valid JSON" in problems[0].reason
    assert "expected a JSON object" in problems[1].reason


def test_jsonl_dates_and_text_problems(read, tmp_path):
    path = write_lines(
        tmp_path / "d.jsonl",
        [
            json.dumps({"id": "nodate", "text": "x"}),
            json.dumps({"id": "bad", "date": "28 March 2025", "text": "x"}),
            json.dumps({"id": "impossible", "date": "2025-02-30", "text": "x"}),
            json.dumps({"id": "empty", "date": "2025-01-01", "text": "  "}),
            json.dumps({"id": "notext", "date": "2025-01-01"}),
            json.dumps({"id": "numtext", "date": "2025-01-01", "text": 5}),
        ],
    )
    articles, problems = read(path)
    assert articles == []
    reasons = {p.origin.rsplit(":", 1)[1]: p.reason for p in problems}
    assert reasons["1"].startswith("no date")
    assert "unrecognized date" in reasons["2"]
    assert "impossible date" in reasons["3"]
    assert "text" in reasons["4"] and "text" in reasons["5"]
    assert "must be a string" in reasons["6"]


def test_jsonl_default_date_fills_missing_but_not_bad_dates(read, tmp_path):
    path = write_lines(
        tmp_path / "d.jsonl",
        [json.dumps({"id": "nodate", "text": "x"}), json.dumps({"id": "bad", "date": "soon", "text": "x"})],
    )
    [a], [p] = read(path, default_date=D)
    assert (a.id, a.date) == ("nodate", D)
    assert p.origin == f"{path}:2"
