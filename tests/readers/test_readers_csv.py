from datetime import date


def test_csv_with_embedded_newline_and_ragged_row(read, tmp_path):
    path = tmp_path / "news.csv"
    path.write_text(
        "id,date,text,title\n"
        'a,2025-03-28,"Line one,\nline two.",Title A\n'
        "b,2025-03-29,too,many,fields\n"
        "\n"
        ",2025/3/30,Third.,\n",
        encoding="utf-8",
    )
    articles, problems = read(path)
    assert [(a.id, a.date, a.origin) for a in articles] == [
        ("a", date(2025, 3, 28), f"{path}:2"),
        ("news-6", date(2025, 3, 30), f"{path}:6"),
    ]
    assert articles[0].text == "Line one,\nline two."
    assert articles[0].title == "Title A"
    assert articles[1].title is None
    [p] = problems
    assert p.origin == f"{path}:4"  # the record starts on physical line 4
    assert "5 fields" in p.reason and "header has 4" in p.reason


def test_csv_header_required(read, tmp_path):
    path = tmp_path / "noheader.csv"
    path.write_text("a,2025-03-28,Some text\n", encoding="utf-8")
    articles, [p] = read(path)
    assert articles == [] and p.origin == f"{path}:1" and "header" in p.reason


def test_csv_missing_date_and_default(read, tmp_path):
    path = tmp_path / "n.csv"
    path.write_text("ID,Text,Date\nx,Hello.,\n", encoding="utf-8")
    articles, [p] = read(path)
    assert articles == [] and p.origin == f"{path}:2" and p.reason.startswith("no date")
    [a], problems = read(path, default_date=date(2024, 1, 2))
    assert problems == [] and (a.id, a.date) == ("x", date(2024, 1, 2))


def test_csv_long_field(read, tmp_path):
    path = tmp_path / "long.csv"
    text = "word " * 40000  # over the csv module's default 128 KiB field limit
    path.write_text(f'id,date,text\nl,2025-01-01,"{text}"\n', encoding="utf-8")
    [a], problems = read(path)
    assert problems == [] and a.text == text
