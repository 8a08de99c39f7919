"""Thirty-ninth unseen-news pass: habitual clock time before a recurring part of the day."""
from _tagged import regex_values as _values


def test_clock_before_a_nightly_set_is_habitual():
    v = _values("The last departure from Berlin will leave at 11:15 p.m. each night.", "2013-06-25")
    assert v["11:15 p.m."] == "XXXX-XX-XXT23:15" and v["each night"] == "XXXX-XX-XXTNI"
    # a clock time on a named day stays that day's
    assert _values("The train left at 11:15 p.m. Monday.", "2013-06-25")["11:15 p.m. Monday"] == "2013-06-24T23:15"
