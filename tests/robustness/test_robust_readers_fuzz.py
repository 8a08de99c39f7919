"""Bad input, fuzzed: every reader turns any bytes into Articles and one clear InputProblem per bad
item -- never an exception, never a lost good record, never text a store cannot keep.

No spaCy here: these tests run the readers only (chronicle.readers.read_inputs).
"""
from __future__ import annotations

import codecs
import csv
import io
import json
import os
import re
import time
import tracemalloc
from datetime import date

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from chronicle.errors import InputProblem
from chronicle.limits import MAX_ARTICLE_CHARS, MAX_FILE_BYTES
from chronicle.model import Article
from chronicle.readers import read_inputs
from chronicle.readers.common import clean_field, decode, parse_date

# CHRONICLE_FUZZ_EXAMPLES=1000 for a longer hunt; the suite's default keeps this file at a few seconds.
N = int(os.environ.get("CHRONICLE_FUZZ_EXAMPLES", "40"))
FUZZ = settings(max_examples=N, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
DAY = date(2025, 3, 28)


def read(*paths, **kw):
    items = list(read_inputs([str(p) for p in paths], **kw))
    assert all(isinstance(x, (Article, InputProblem)) for x in items)
    return [x for x in items if isinstance(x, Article)], [x for x in items if isinstance(x, InputProblem)]


def assert_clean(articles, problems, origin_prefix: str):
    """What every reader promises about what it yields."""
    for a in articles:
        assert a.text.strip()
        assert len(a.text) <= MAX_ARTICLE_CHARS
        for value in (a.id, a.text, a.origin, a.title, a.url, a.source):
            if value is not None:
                value.encode("utf-8")  # storable: no lone surrogates
                assert "\x00" not in value  # storable in PostgreSQL
        assert a.date is not None  # never guessed: a dated article or a problem
    for p in problems:
        assert p.origin.startswith(origin_prefix), p
        assert p.reason and "\n" not in p.reason and "Traceback" not in p.reason, p
        str(p).encode("utf-8")


# ----------------------------------------------------------------------------- any bytes at all
@FUZZ
@given(data=st.binary(max_size=3000), suffix=st.sampled_from([".txt", ".jsonl", ".csv", ".html", ".dat", ""]),
       with_date=st.booleans())
def test_any_bytes_in_any_format_never_raise(tmp_path, data, suffix, with_date):
    f = tmp_path / f"input{suffix}"
    f.write_bytes(data)
    articles, problems = read(f, default_date=DAY if with_date else None)
    assert articles or problems  # something is always said about a file
    assert_clean(articles, problems, str(f))


@FUZZ
@given(text=st.text(max_size=2000), suffix=st.sampled_from([".txt", ".jsonl", ".csv", ".html"]))
def test_any_text_in_any_format_never_raises(tmp_path, text, suffix):
    f = tmp_path / f"input{suffix}"
    f.write_text(text, encoding="utf-8", errors="surrogatepass")
    articles, problems = read(f, default_date=DAY)
    assert_clean(articles, problems, str(f))


# ----------------------------------------------------------------------------- dates
@settings(max_examples=5 * N, deadline=None)
@given(y=st.integers(1, 9999), m=st.integers(1, 12), d=st.integers(1, 31))
def test_dates_parse_or_are_impossible(y, m, d):
    s = f"{y:04d}-{m:02d}-{d:02d}"
    try:
        expected = date(y, m, d)
    except ValueError:
        with pytest.raises(ValueError, match="impossible date"):
            parse_date(s)
    else:
        assert parse_date(s) == expected
        assert parse_date(s + "T10:30:00Z") == expected


@settings(max_examples=4 * N, deadline=None)
@given(st.text(max_size=40))
def test_any_date_string_parses_or_says_why(s):
    try:
        parse_date(s, allow_slash=True)
    except ValueError as err:
        assert str(err).startswith(("unrecognized date", "impossible date")), err


@pytest.mark.parametrize("header, reason", [
    ("date 2025-02-30", "impossible date '2025-02-30'"),
    ("date 2025-13-01", "impossible date"),
    ("date tomorrow", "unrecognized date 'tomorrow'"),
    ("date 28/03/2025", "unrecognized date"),
    ("date 2025-3-28", "unrecognized date"),
])
def test_seed_header_with_a_bad_date_is_one_problem_with_its_line(tmp_path, header, reason):
    f = tmp_path / "a.txt"
    f.write_text(f"\n{header}\nPutin visited Pyongyang.\n", encoding="utf-8")
    articles, problems = read(f, default_date=DAY)  # --date never overrides a date the file states
    assert not articles
    assert [p.origin for p in problems] == [f"{f}:2"]
    assert reason in problems[0].reason


def test_missing_date_is_reported_not_guessed(tmp_path):
    (tmp_path / "a.txt").write_text("Putin visited Pyongyang on 2025-03-01.", encoding="utf-8")
    (tmp_path / "b.jsonl").write_text('{"id": "b", "text": "x"}\n', encoding="utf-8")
    (tmp_path / "c.csv").write_text("id,date,text\nc,,hello\n", encoding="utf-8")
    articles, problems = read(tmp_path)
    assert not articles
    assert sorted(p.origin for p in problems) == sorted([f"{tmp_path}/a.txt", f"{tmp_path}/b.jsonl:1",
                                                        f"{tmp_path}/c.csv:2"])
    assert all("no date" in p.reason for p in problems)


# ----------------------------------------------------------------------------- JSONL
_good_record = st.fixed_dictionaries({
    "id": st.text(st.characters(codec="utf-8", exclude_categories=["Cs"]), min_size=1, max_size=12)
        .filter(lambda s: s.strip()),
    "date": st.dates(date(1900, 1, 1), date(2100, 1, 1)).map(date.isoformat),
    "text": st.text(min_size=1, max_size=200).filter(lambda s: s.strip()),
})
_bad_line = st.one_of(
    st.just('{"id": "x", "date": "2025-01-01", "text": "unterminated'),
    st.just('{"id": "x", "date": "2025-02-30", "text": "impossible"}'),
    st.just('{"id": "x", "date": "tomorrow", "text": "words"}'),
    st.just('{"id": "x", "date": "2025-01-01"}'),
    st.just('{"id": "x", "date": 20250101, "text": "a number"}'),
    st.just("[1, 2, 3]"),
    st.just("[" * 100_000 + "]" * 100_000),  # nested too deeply for the json module
    st.just("1" * 5000),  # an integer too long to convert
    st.text(st.characters(exclude_categories=["Cc", "Cs"]), max_size=50)
    .filter(lambda s: s.strip() and not s.lstrip().startswith("{")),
)


@FUZZ
@given(lines=st.lists(st.one_of(_good_record.map(lambda r: ("good", r)), _bad_line.map(lambda s: ("bad", s))),
                      min_size=1, max_size=12))
def test_jsonl_broken_lines_cost_only_themselves(tmp_path, lines):
    f = tmp_path / "news.jsonl"
    seen: dict[str, tuple] = {}
    expected_articles, expected_problem_lines = [], []
    out = []
    for n, (kind, value) in enumerate(lines, start=1):
        if kind == "good":
            out.append(json.dumps(value))
            key = clean_field(value["id"].strip())
            first = seen.setdefault(key, (value["date"], value["text"]))
            if first == (value["date"], value["text"]):
                expected_articles.append((key, clean_field(value["text"])))  # NUL -> U+FFFD
            else:
                expected_problem_lines.append(n)  # same id, different text: the first one is kept
        else:
            out.append(value)
            expected_problem_lines.append(n)
    f.write_text("\n".join(out) + "\n", encoding="utf-8")
    articles, problems = read(f)
    assert [(a.id, a.text) for a in articles] == expected_articles
    assert [p.origin for p in problems] == [f"{f}:{n}" for n in expected_problem_lines]
    assert_clean(articles, problems, str(f))


def test_jsonl_broken_line_in_the_middle(tmp_path):
    f = tmp_path / "n.jsonl"
    f.write_text('{"id": "a", "date": "2025-01-01", "text": "one"}\n'
                 '{"id": "b", "date": "2025-01-01", "text": "two\n'
                 '{"id": "c", "date": "2025-01-01", "text": "three"}\n', encoding="utf-8")
    articles, problems = read(f)
    assert [a.id for a in articles] == ["a", "c"]
    assert len(problems) == 1 and problems[0].origin == f"{f}:2" and "not valid JSON" in problems[0].reason


def test_json_escapes_that_no_store_can_keep_are_replaced(tmp_path):
    f = tmp_path / "n.jsonl"
    f.write_text('{"id": "a\\u0000", "date": "2025-01-01", "text": "lone \\ud800 surrogate and NUL \\u0000"}\n',
                 encoding="utf-8")
    (a,), problems = read(f)
    assert not problems
    assert a.text == "lone \ufffd surrogate and NUL \ufffd" and a.id == "a\ufffd"
    assert a.content_hash  # hashable: encodes as UTF-8


# ----------------------------------------------------------------------------- duplicate ids
def test_duplicate_id_with_different_text_keeps_the_first_and_names_it(tmp_path):
    (tmp_path / "a.jsonl").write_text('{"id": "n1", "date": "2025-01-01", "text": "first version"}\n'
                                      '{"id": "n1", "date": "2025-01-01", "text": "first version"}\n',
                                      encoding="utf-8")
    (tmp_path / "b.csv").write_text('id,date,text\nn1,2025-01-01,"second, different version"\n'
                                    'n2,2025-01-01,other\n', encoding="utf-8")
    articles, problems = read(tmp_path)
    assert [(a.id, a.text) for a in articles] == [("n1", "first version")] * 2 + [("n2", "other")]
    (p,) = problems
    assert p.origin == f"{tmp_path}/b.csv:2"
    assert "duplicate id 'n1'" in p.reason and f"{tmp_path}/a.jsonl:1" in p.reason


def test_same_file_name_in_two_folders_is_not_a_duplicate_id(tmp_path):
    for folder, text in (("x", "one text"), ("y", "another text")):
        (tmp_path / folder).mkdir()
        (tmp_path / folder / "story.txt").write_text(f"date 2025-01-01\n{text}", encoding="utf-8")
    articles, problems = read(tmp_path)
    assert not problems and [a.text for a in articles] == ["one text", "another text"]


# ----------------------------------------------------------------------------- CSV
# Any printable text plus the characters CSV must quote (NUL would make it a binary file).
_cell = st.text(st.characters(codec="utf-8", exclude_categories=["Cs", "Cc"], include_characters='\n\r\t",'),
                max_size=40)


@FUZZ
@given(rows=st.lists(st.tuples(st.booleans(), _cell, _cell), min_size=1, max_size=10))
def test_csv_ragged_rows_and_embedded_newlines(tmp_path, rows):
    """Each row is one article or one problem naming the line it starts on; quoted newlines,
    commas and quotes inside cells survive exactly."""
    buf = io.StringIO(newline="")
    w = csv.writer(buf)  # "\r\n" rows: cells with \r or \n get quoted
    w.writerow(["id", "date", "text"])
    expected = []
    for n, (ragged, text, extra) in enumerate(rows):
        start_line = len(re.findall(r"\r\n|\r|\n", buf.getvalue())) + 1  # CSV counts a lone CR as a line end
        if ragged:
            w.writerow([f"r{n}", "2025-01-01", text, extra])
            expected.append(("problem", start_line))
        else:
            w.writerow([f"r{n}", "2025-01-01", text])
            expected.append(("article", text) if text.strip() else ("problem", start_line))
    f = tmp_path / "t.csv"
    f.write_bytes(buf.getvalue().encode("utf-8"))
    articles, problems = read(f)
    want_articles = [t for kind, t in expected if kind == "article"]
    assert [a.text for a in articles] == want_articles
    assert [p.origin for p in problems] == [f"{f}:{line}" for kind, line in expected if kind == "problem"]
    assert_clean(articles, problems, str(f))


def test_csv_ragged_row_names_its_field_count(tmp_path):
    f = tmp_path / "t.csv"
    f.write_text('id,date,text\na,2025-01-01,"multi\nline text"\nb,2025-01-01\nc,2025-01-01,ok,extra\n'
                 'd,2025-01-01,fine\n', encoding="utf-8")
    articles, problems = read(f)
    assert [(a.id, a.text) for a in articles] == [("a", "multi\nline text"), ("d", "fine")]
    assert [(p.origin, p.reason) for p in problems] == [
        (f"{f}:4", "the row has 2 fields but the header has 3"),
        (f"{f}:5", "the row has 4 fields but the header has 3"),
    ]


# ----------------------------------------------------------------------------- encodings
_text = st.text(st.characters(codec="utf-8", exclude_categories=["Cs", "Cc"]), min_size=1, max_size=300)
_latin = st.text(st.characters(min_codepoint=0x20, max_codepoint=0xFF, exclude_characters="\x7f",
                               exclude_categories=["Cc"]), min_size=1, max_size=300)


@settings(max_examples=N + N // 2, deadline=None)
@given(text=_text, encoding=st.sampled_from(["utf-8", "utf-8-sig", "utf-16", "utf-32"]))
def test_unicode_encodings_with_or_without_bom_round_trip(text, encoding):
    assert decode(text.encode(encoding)) == text


@settings(max_examples=N + N // 2, deadline=None)
@given(text=_latin)
def test_latin1_round_trips(text):
    data = text.encode("latin-1")
    try:
        data.decode("utf-8")
        return  # the same bytes are valid UTF-8 too (e.g. pure ASCII): nothing to tell apart
    except UnicodeDecodeError:
        pass
    assert decode(data) == text


@settings(max_examples=N, deadline=None)
@given(text=st.text(st.characters(min_codepoint=0x20, max_codepoint=0x7E), min_size=4, max_size=200),
       order=st.sampled_from(["utf-16-le", "utf-16-be"]))
def test_utf16_without_bom_is_recognised(text, order):
    assert decode(text.encode(order)) == text


@settings(max_examples=N, deadline=None)
@given(lines=st.lists(st.tuples(st.booleans(), _latin.filter(lambda s: "\r" not in s and "\n" not in s)),
                      min_size=1, max_size=8))
def test_mixed_utf8_and_cp1252_lines_each_decode(lines):
    """A file concatenated from UTF-8 and legacy files: each line reads as it was written."""
    data = b"".join((t.encode("utf-8") if utf8 else t.encode("cp1252", errors="ignore")) + b"\n"
                    for utf8, t in lines)
    expected = "".join((t if utf8 else t.encode("cp1252", errors="ignore").decode("cp1252")) + "\n"
                       for utf8, t in lines)
    got = decode(data)
    try:
        data.decode("utf-8")
        return  # every line happened to be valid UTF-8
    except UnicodeDecodeError:
        pass
    for g, (utf8, t), e in zip(got.splitlines(), lines, expected.splitlines()):
        if utf8:
            assert g == t
        else:
            assert g == e or g.encode("latin-1", errors="replace")  # legacy line: cp1252 (else Latin-1)


def test_mixed_file_keeps_both_halves_readable(tmp_path):
    f = tmp_path / "m.txt"
    f.write_bytes("date 2025-01-01\nKim’s visit — “soon”.\n".encode("utf-8") + "Café in Zürich\n".encode("cp1252"))
    (a,), problems = read(f)
    assert a.text == "Kim’s visit — “soon”.\nCafé in Zürich\n"


@pytest.mark.parametrize("encoding", ["latin-1", "utf-16", "cp1252"])
def test_seed_file_in_other_encodings(tmp_path, encoding):
    f = tmp_path / "a.txt"
    f.write_bytes("date 2025-03-28\nSão Paulo: Lula met Macron in Brasília.".encode(encoding))
    (a,), problems = read(f)
    assert not problems and a.date == DAY and a.text == "São Paulo: Lula met Macron in Brasília."


# ----------------------------------------------------------------------------- binary, empty, huge
@pytest.mark.parametrize("data, reason", [
    (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 4, "binary file"),
    (b"PK\x03\x04\x14\x00\x00\x00\x08\x00", "binary file"),
    (bytes(range(1, 32)) * 20, "binary file (mostly control bytes)"),
    (b"", "empty file"),
    (b"   \n\t\r\n  ", "empty file"),
    (codecs.BOM_UTF8, "empty file"),
    (codecs.BOM_UTF16_LE, "empty file"),
])
@pytest.mark.parametrize("suffix", [".txt", ".jsonl", ".csv", ".html"])
def test_binary_and_empty_files_are_one_problem_each(tmp_path, data, reason, suffix):
    f = tmp_path / f"x{suffix}"
    f.write_bytes(data)
    articles, problems = read(f, default_date=DAY)
    assert not articles
    assert [p.origin for p in problems] == [str(f)] and reason in problems[0].reason


def test_a_50_mb_article_file_is_refused_unread(tmp_path):
    f = tmp_path / "huge.txt"
    with f.open("wb") as fh:
        fh.write(b"date 2025-01-01\n")
        line = b"Putin visited Pyongyang and met Kim Jong-un. " * 1000 + b"\n"
        while fh.tell() < 50 * 1024 * 1024:
            fh.write(line)
    ok = tmp_path / "ok.txt"
    ok.write_text("date 2025-01-01\nA short article.", encoding="utf-8")
    tracemalloc.start()
    t0 = time.perf_counter()
    articles, problems = read(tmp_path)
    elapsed = time.perf_counter() - t0
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    assert [a.text for a in articles] == ["A short article."]
    assert [p.origin for p in problems] == [str(f)]
    assert "file too large for one article" in problems[0].reason and f"{MAX_FILE_BYTES:,}" in problems[0].reason
    assert peak < 5 * 1024 * 1024 and elapsed < 5  # never read into memory


def test_a_50_mb_record_in_jsonl_is_refused_and_the_rest_read(tmp_path):
    f = tmp_path / "big.jsonl"
    big = "word " * (10 * 1024 * 1024)  # 50 MB of text in one record
    with f.open("w", encoding="utf-8") as fh:
        fh.write(json.dumps({"id": "small1", "date": "2025-01-01", "text": "before"}) + "\n")
        fh.write(json.dumps({"id": "huge", "date": "2025-01-01", "text": big}) + "\n")
        fh.write(json.dumps({"id": "small2", "date": "2025-01-01", "text": "after"}) + "\n")
    del big
    t0 = time.perf_counter()
    articles, problems = read(f)
    assert time.perf_counter() - t0 < 20
    assert [a.id for a in articles] == ["small1", "small2"]
    assert [p.origin for p in problems] == [f"{f}:2"]
    assert problems[0].reason == (f"article too long: {50 * 1024 * 1024:,} characters "
                                  f"(the limit is {MAX_ARTICLE_CHARS:,})")


# ----------------------------------------------------------------------------- HTML
def test_html_that_is_only_scripts_is_one_problem(tmp_path):
    f = tmp_path / "s.html"
    f.write_text("<html><head><script>var a = 1;</script></head><body><script>alert('x')</script>"
                 "<style>p{}</style><noscript></noscript></body></html>", encoding="utf-8")
    articles, problems = read(f, default_date=DAY)
    assert not articles and [p.origin for p in problems] == [str(f)]
    assert "no article text" in problems[0].reason


_BODY = ("<article><p>Путин посетил Пхеньян в среду, сообщил Кремль. Это была важная встреча лидеров "
         "двух стран, которые обсудили сотрудничество.</p><p>Второй абзац текста статьи о визите "
         "и о переговорах в столице.</p></article>")


@pytest.mark.parametrize("declaration", [
    '<meta charset="windows-1251">',
    "<meta charset=windows-1251>",
    '<meta http-equiv="Content-Type" content="text/html; charset=windows-1251">',
    '<meta http-equiv="content-type" content="text/html;charset=cp1251" />',
])
def test_html_meta_charset_decides_a_legacy_encoding(tmp_path, declaration):
    f = tmp_path / "p.html"
    page = (f'<html><head>{declaration}<meta property="article:published_time" content="2025-03-28">'
            f"</head><body>{_BODY}</body></html>")
    f.write_bytes(page.encode("cp1251"))
    (a,), problems = read(f)
    assert not problems and a.date == DAY
    assert a.text.startswith("Путин посетил Пхеньян")


def test_html_saved_as_utf8_with_a_stale_legacy_charset_stays_utf8(tmp_path):
    f = tmp_path / "p.html"
    page = f'<html><head><meta charset="iso-8859-1"></head><body>{_BODY}</body></html>'
    f.write_bytes(page.encode("utf-8"))
    (a,), _ = read(f, default_date=DAY)
    assert a.text.startswith("Путин посетил Пхеньян")


def test_html_on_stdin_uses_its_charset(tmp_path):
    page = f'<html><head><meta charset="koi8-r"></head><body>{_BODY}</body></html>'
    (a,), _ = read("-", default_date=DAY, stdin=io.BytesIO(page.encode("koi8-r")))
    assert a.text.startswith("Путин посетил Пхеньян")


def test_html_impossible_meta_date_is_not_used(tmp_path):
    f = tmp_path / "p.html"
    f.write_text(f'<html><head><meta property="article:published_time" content="2025-02-30"></head>'
                 f"<body>{_BODY}</body></html>", encoding="utf-8")
    articles, problems = read(f)
    assert not articles and "no date" in problems[0].reason


# ----------------------------------------------------------------------------- stdin and names
def test_csv_on_stdin_is_recognised():
    data = b'id,date,text\ns1,2025-01-01,"hello, world"\ns2,2025-02-30,bad\n'
    articles, problems = read("-", stdin=io.BytesIO(data))
    assert [(a.id, a.text) for a in articles] == [("s1", "hello, world")]
    assert [p.origin for p in problems] == ["<stdin>:3"]


def test_file_names_that_are_not_utf8_give_printable_messages(tmp_path):
    root = os.fsencode(tmp_path)
    with open(os.path.join(root, b"bad\xff[red].txt"), "wb") as fh:
        fh.write(b"no date here")
    with open(os.path.join(root, b"ok\xfe.txt"), "wb") as fh:
        fh.write(b"date 2025-01-01\nPutin visited Pyongyang.")
    articles, problems = read(tmp_path)
    (a,) = articles
    assert a.id == "ok\ufffd" and a.origin.endswith("ok\ufffd.txt")
    (p,) = problems
    assert p.origin.endswith("bad\ufffd[red].txt")
    assert_clean(articles, problems, str(tmp_path))


def test_missing_path_is_one_problem(tmp_path):
    articles, problems = read(tmp_path / "nope.txt", tmp_path / "nope-dir")
    assert not articles and [p.reason for p in problems] == ["no such file or directory"] * 2
