import io
import json
from datetime import date

D = date(2024, 1, 2)


def test_directory_recursion_sorted_and_filtered(read, tmp_path):
    (tmp_path / "b").mkdir()
    (tmp_path / ".hidden").mkdir()
    (tmp_path / "b" / "inner.txt").write_text("date 2025-01-02 Inner.")
    (tmp_path / "a.txt").write_text("date 2025-01-01 A.")
    (tmp_path / "c.jsonl").write_text(json.dumps({"id": "c1", "date": "2025-01-03", "text": "C."}) + "\n")
    (tmp_path / ".secret.txt").write_text("date 2025-01-04 Hidden.")
    (tmp_path / ".hidden" / "x.txt").write_text("date 2025-01-04 Hidden.")
    (tmp_path / "notes.md").write_text("not an article format")
    (tmp_path / "image.png").write_bytes(b"\x89PNG\x00\x00")
    (tmp_path / "broken.txt").write_bytes(b"\x00\x01\x02binary")
    articles, problems = read(tmp_path)
    assert [a.id for a in articles] == ["a", "inner", "c1"]
    assert [a.origin for a in articles][:2] == [str(tmp_path / "a.txt"), str(tmp_path / "b" / "inner.txt")]
    [p] = problems
    assert p.origin == str(tmp_path / "broken.txt") and "binary" in p.reason


def test_empty_directory(read, tmp_path):
    articles, [p] = read(tmp_path)
    assert articles == [] and p.origin == str(tmp_path) and "no readable files" in p.reason


def test_stdin_formats(read):
    cases = {
        "jsonl": '{"id": "s1", "date": "2025-01-01", "text": "From stdin."}\n',
        "seed": " date 2025-01-02 Seed on stdin.",
        "html": '<html><head><meta name="date" content="2025-01-03"></head><body><article><p>'
        + "A long enough paragraph of news text that came in on standard input today. " * 3
        + "</p></article></body></html>",
        "text": "Just text on stdin.",
    }
    got = {}
    for name, content in cases.items():
        [a], problems = read("-", stdin=io.StringIO(content), default_date=D)
        assert problems == []
        got[name] = (a.id, a.date, a.origin)
    assert got == {
        "jsonl": ("s1", date(2025, 1, 1), "<stdin>:1"),
        "seed": ("stdin", date(2025, 1, 2), "<stdin>"),
        "html": ("stdin", date(2025, 1, 3), "<stdin>"),
        "text": ("stdin", D, "<stdin>"),
    }


def test_stdin_bytes_and_missing_date(read):
    articles, [p] = read("-", stdin=io.BytesIO("Plain caf\u00e9 text.".encode("utf-16")))
    assert articles == [] and p.origin == "<stdin>" and p.reason.startswith("no date")


def test_utf16_bom_file(read, tmp_path):
    path = tmp_path / "u16.txt"
    path.write_bytes("date 2025-03-28\nCaf\u00e9 \u201cquoted\u201d text.".encode("utf-16"))
    [a], problems = read(path)
    assert problems == [] and a.date == date(2025, 3, 28)
    assert a.text == "Caf\u00e9 \u201cquoted\u201d text."


def test_utf8_bom_and_cp1252_fallback(read, tmp_path):
    bom = tmp_path / "bom.txt"
    bom.write_bytes(b"\xef\xbb\xbfdate 2025-03-28 Caf\xc3\xa9.")
    legacy = tmp_path / "legacy.txt"
    legacy.write_bytes(b"date 2025-03-28 Caf\xe9 \x93quoted\x94.")
    articles, problems = read(bom, legacy)
    assert problems == []
    assert [a.text for a in articles] == ["Caf\u00e9.", "Caf\u00e9 \u201cquoted\u201d."]


def test_binary_file(read, tmp_path):
    path = tmp_path / "blob.txt"
    path.write_bytes(b"date 2025-01-01 \x00\x00\xff\x10")
    articles, [p] = read(path, default_date=D)
    assert articles == [] and p.origin == str(path) and "binary file" in p.reason


def test_unreadable_input_does_not_stop_the_batch(read, tmp_path):
    bad = tmp_path / "bad.csv"
    bad.write_text('id,date,text\nx,2025-01-01,Fine.\ny,2025-01-01,"never closed\nz,2025-01-01,Swallowed.\n')
    good = tmp_path / "good.txt"
    good.write_text("date 2025-01-05 Fine.")
    articles, problems = read(bad, good)
    assert [a.id for a in articles] == ["x", "good"]
    [p] = problems
    assert p.origin == f"{bad}:3" and "rest of the file is skipped" in p.reason
