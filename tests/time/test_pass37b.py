"""Thirty-seventh pass, second round: hours counted from the last clock time told, and an evening
clock time that belongs to the day named "late" rather than the one named "early"."""
from datetime import date

from chronicle.time.tagger import tag_timexes


def _tx(text: str, dct: str) -> dict[str, tuple[str, str]]:
    return {text[t.start:t.end]: (t.type, t.value) for t in tag_timexes(text, date.fromisoformat(dct))}


def test_hours_later_count_from_the_last_clock_time():
    v = _tx("The men left at about 11:30 p.m. Saturday and were missed two hours later. "
            "A farmer saw them at 4 a.m. Tuesday, and deputies arrested them an hour later.", "2013-08-27")
    assert v["two hours later"] == ("TIME", "2013-08-25T01:30")
    assert v["an hour later"] == ("TIME", "2013-08-27T05:00")
    # with no clock time told, still the day (a DATE)
    v = _tx("The bridge fell on Saturday. Two hours later, rescuers arrived.", "2013-08-27")
    assert v["Two hours later"] == ("DATE", "2013-08-24")


def test_evening_clock_takes_the_day_named_late():
    text = ("Two inmates who escaped from a prison late Saturday were captured early Tuesday, officials said. "
            "The men cut through a fence at about 11:30 p.m. and were missed two hours later. "
            "The following morning, a resident reported a stolen truck.")
    v = _tx(text, "2013-08-27")
    assert v["about 11:30 p.m."] == ("TIME", "2013-08-24T23:30")
    assert v["two hours later"] == ("TIME", "2013-08-25T01:30")
    assert v["The following morning"] == ("TIME", "2013-08-25TMO")
    # a morning clock time stays on the day named "early"
    v = _tx(text.replace("11:30 p.m.", "5 a.m."), "2013-08-27")
    assert v["about 5 a.m."][1] == "2013-08-27T05:00"
