"""Resolver round time80: a season or a month of a year counted with "the" ("the fall of the
following year", "March of the previous year", "the autumn of that year") is one expression whose
year is counted from the year the story is telling about, not from the article's. Each case with
the parse and with the regex cue alone."""
import pytest

from _tagged import parsed_values as _values


@pytest.mark.parametrize("parse", [True, False])
@pytest.mark.parametrize("text,dct,expected", [
    # a season of the story's year: one span, the year counted from the year last told
    ("The council approved the tower in 2018, and building began early in the spring of the following year.",
     "2025-06-11", {"2018": "2018", "the spring of the following year": "2019-SP"}),
    ("He took office in January 2010 and resigned in the fall of the next year.",
     "2025-06-11", {"January 2010": "2010-01", "the fall of the next year": "2011-FA"}),
    ("The regulator fined the bank in 2014; the bank had reported the breach in the winter of the preceding year.",
     "2025-06-11", {"the winter of the preceding year": "2013-WI"}),
    ("The pier collapsed in 2007. It was rebuilt in the summer of that same year.",
     "2025-06-11", {"the summer of that same year": "2007-SU"}),
    # a year ahead of the article counts forward from it too
    ("The plant will open in 2027 and should reach full output in the spring of the following year.",
     "2025-06-11", {"the spring of the following year": "2028-SP"}),
    # with no year told before, the year after the article's (one span now)
    ("Officials said on Monday that the track would reopen in the autumn of the following year.",
     "2025-06-11", {"the autumn of the following year": "2026-FA"}),
    # a month or a day of the story's year (the month was counted from the article's year)
    ("The charity was founded in 2009 and opened its first shop in May of the following year.",
     "2025-06-11", {"May of the following year": "2010-05"}),
    ("The reactor was shut in 1999 after a leak on Nov. 14 the previous year.",
     "2025-06-11", {"Nov. 14 the previous year": "1998-11-14"}),
])
def test_year_counted_with_the_follows_the_story(text, dct, expected, parse):
    values = _values(text, dct, parse)
    for expr, value in expected.items():
        assert values.get(expr) == value, (expr, values)


@pytest.mark.parametrize("parse", [True, False])
@pytest.mark.parametrize("text,dct,expr,value", [
    # guards: with no "the" the year is the article's
    ("The dam will be finished in the summer of next year.", "2025-06-11", "the summer of next year", "2026-SU"),
    ("The shipyard laid off 300 workers in June last year.", "2025-06-11", "June last year", "2024-06"),
    # "a fall of" is no season: left alone
    ("Analysts expect a fall of the same size as in the previous quarter.", "2025-06-11", "a fall of the same", None),
])
def test_article_year_and_look_alikes_stay(text, dct, expr, value, parse):
    assert _values(text, dct, parse).get(expr) == value
