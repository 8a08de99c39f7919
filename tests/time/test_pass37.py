"""Thirty-seventh unseen-news pass: a month-day joined to the day before it shares its year."""
from _tagged import regex_values as _values


def test_day_joined_to_the_day_before_takes_its_year():
    text = ("The participation rate fell to the lowest since May 1979. "
            "Fed officials next meet on April 30 and May 1.")
    v = _values(text, "2013-04-05")
    assert v["April 30"] == "2013-04-30" and v["May 1"] == "2013-05-01"
    # the pair across a year end, and a named month alone still repeats its year
    v = _values("The office is shut from Dec. 30 to Jan. 2.", "2013-12-20")
    assert v["Jan. 2"] == "2014-01-02"
