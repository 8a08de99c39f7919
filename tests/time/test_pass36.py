"""Thirty-sixth unseen-news pass: a dateline's date is no narrated day; habitual clock times."""
from _tagged import regex_values as _values


def test_dateline_date_is_no_clock_day():
    text = ("OSLO, June 7, 2013 (AFP) - Investigators said Friday they had recovered the recorders of a "
            "helicopter that crashed into the sea on Tuesday.\n\nThe helicopter took off at 10:58 am.")
    assert _values(text, "2013-06-07")["10:58 am"] == "2013-06-04T10:58"


def test_clock_range_before_a_daily_set_is_habitual():
    v = _values("Its members will picket from 7 a.m. to 5 p.m. each day of the strike.", "2013-01-29")
    assert v["7 a.m."] == "XXXX-XX-XXT07:00" and v["5 p.m."] == "XXXX-XX-XXT17:00"
    assert _values("He arrived at 9 a.m. Monday.", "2013-01-29")["9 a.m. Monday"] == "2013-01-28T09:00"
