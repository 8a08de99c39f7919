import shutil
from datetime import date
from pathlib import Path

FIXTURES = Path(__file__).parent / "fixtures"

D = date(2024, 1, 2)


def test_real_seed_file(read, tmp_path):
    path = tmp_path / "seed-article.txt"
    shutil.copy(FIXTURES / "seed-article.txt", path)
    articles, problems = read(path)
    assert problems == []
    [a] = articles
    assert a.id == "seed-article"
    assert a.date == date(2025, 3, 28)
    assert a.text.startswith("North Korean leader Kim Jong-un")
    assert a.title is None and a.source is None
    assert a.origin == str(path)
    # Everything after the date token, only leading whitespace removed.
    raw = (FIXTURES / "seed-article.txt").read_text(encoding="utf-8")
    assert a.text == raw[raw.index("2025-03-28") + len("2025-03-28"):].lstrip()


def test_seed_header_on_its_own_line(read, tmp_path):
    path = tmp_path / "a.txt"
    path.write_text("date 2025-01-05\n\n  Text here.\n", encoding="utf-8")
    [a], _ = read(path)
    assert a.date == date(2025, 1, 5)
    assert a.text == "Text here.\n"


def test_impossible_seed_date_is_a_problem_even_with_default(read, tmp_path):
    path = tmp_path / "bad.txt"
    path.write_text("date 2025-02-30 Something happened.", encoding="utf-8")
    for kwargs in ({}, {"default_date": D}):
        articles, [p] = read(path, **kwargs)
        assert articles == []
        assert p.origin == f"{path}:1"
        assert "impossible date" in p.reason and "2025-02-30" in p.reason


def test_unparsable_seed_date(read, tmp_path):
    path = tmp_path / "bad.txt"
    path.write_text("\n\ndate tomorrow\nSomething happened.", encoding="utf-8")
    articles, [p] = read(path, default_date=D)
    assert articles == []
    assert p.origin == f"{path}:3"
    assert "unrecognized date 'tomorrow'" in p.reason


def test_seed_header_without_text(read, tmp_path):
    path = tmp_path / "empty.txt"
    path.write_text("date 2025-01-05\n\n", encoding="utf-8")
    articles, [p] = read(path)
    assert articles == [] and "no article text" in p.reason


def test_plain_text_needs_a_date(read, tmp_path):
    path = tmp_path / "plain.txt"
    path.write_text("The Date of the summit was set.\n", encoding="utf-8")
    articles, [p] = read(path)
    assert articles == []
    assert p.origin == str(path)
    assert p.reason == "no date: pass --date or start the file with 'date YYYY-MM-DD'"


def test_plain_text_with_default_date(read, tmp_path):
    path = tmp_path / "plain.md"  # any other extension is read as text when named explicitly
    path.write_text("Leaders met on Monday.\r\nThey talked.", encoding="utf-8")
    [a], problems = read(path, default_date=D)
    assert problems == []
    assert (a.id, a.date, a.title) == ("plain", D, None)
    assert a.text == "Leaders met on Monday.\r\nThey talked."  # kept exactly


def test_empty_text_file(read, tmp_path):
    path = tmp_path / "blank.txt"
    path.write_text("  \n\n", encoding="utf-8")
    articles, [p] = read(path, default_date=D)
    assert articles == [] and "empty" in p.reason


def test_missing_path_is_a_problem_and_the_batch_goes_on(read, tmp_path):
    good = tmp_path / "good.txt"
    good.write_text("date 2025-01-05 Fine.", encoding="utf-8")
    articles, [p] = read(tmp_path / "nope.txt", good)
    assert p.origin == str(tmp_path / "nope.txt") and "no such file" in p.reason
    assert [a.id for a in articles] == ["good"]
