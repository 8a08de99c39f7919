from datetime import date

BODY = (
    "<article><h1>Medal for Kim</h1>"
    "<p>North Korean leader Kim Jong-un has been awarded a medal commemorating the 80th anniversary "
    "of Victory Day by the Russian government on Thursday, the embassy said.</p>"
    "<p>The award ceremony was held in Pyongyang, and the ambassador presented the certificate. "
    "The medal was dated 2019-05-09 in one of the photos.</p></article>"
)


def page(head=""):
    return f"<!DOCTYPE html><html><head><title>Medal for Kim - Example News</title>{head}</head><body>{BODY}</body></html>"


def test_html_with_meta_date_and_canonical(read, tmp_path):
    path = tmp_path / "kim.html"
    path.write_text(
        page(
            '<meta property="article:published_time" content="2025-03-28T09:30:00+09:00">'
            '<link rel="canonical" href="https://example.com/kim">'
        ),
        encoding="utf-8",
    )
    [a], problems = read(path)
    assert problems == []
    assert (a.id, a.date, a.url) == ("kim", date(2025, 3, 28), "https://example.com/kim")
    assert a.title and "Medal for Kim" in a.title
    assert "North Korean leader Kim Jong-un" in a.text
    assert "<p>" not in a.text


def test_html_json_ld_and_time_element(read, tmp_path):
    ld = tmp_path / "ld.htm"
    ld.write_text(page('<script type="application/ld+json">{"@graph": [{"datePublished": "2025-03-27"}]}</script>'))
    tm = tmp_path / "tm.html"
    tm.write_text(page().replace("<article>", '<article><time datetime="2025-03-26">26 March</time>'))
    articles, problems = read(ld, tm)
    assert problems == []
    assert [a.date for a in articles] == [date(2025, 3, 27), date(2025, 3, 26)]


def test_html_without_date_never_guesses_from_text(read, tmp_path):
    path = tmp_path / "nodate.html"
    path.write_text(page(), encoding="utf-8")
    articles, [p] = read(path)
    assert articles == [] and p.origin == str(path) and p.reason.startswith("no date")
    [a], problems = read(path, default_date=date(2024, 1, 2))
    assert problems == [] and a.date == date(2024, 1, 2)


def test_html_without_text(read, tmp_path):
    path = tmp_path / "empty.html"
    path.write_text('<html><head><meta name="date" content="2025-01-01"></head><body><nav></nav></body></html>')
    articles, [p] = read(path)
    assert articles == [] and "no article text" in p.reason
