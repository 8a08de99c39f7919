"""time104: what may set the narrative anchor. (1) A day told in a past-perfect flashback, behind the
story's clock day told in an earlier sentence, is no day for a later bare clock time earlier in the day
than the flashback's own time; (2) a forward count of days told in the past after a month that begins
after the article date (a plan's month) runs from the story's last day, not from that month.
Sentences of our own, run with the parse (the pipeline's path) and without."""
from datetime import date

import pytest

from chronicle.nlp import get_nlp
from chronicle.time.tagger import tag_timexes


def _values(text: str, dct: date, parse: bool = True) -> dict[str, str]:
    doc = get_nlp()(text) if parse else None
    return {t.text: t.value for t in tag_timexes(text, dct, doc)}


@pytest.mark.parametrize("parse", [True, False])
def test_clock_after_flashback_keeps_the_story_day(parse):
    text = ("The ferry left the quay at 6:15am on Tuesday after the storm passed. Its radar had broken down "
            "on Monday evening, and the crew had waited in port for two days.\n\n"
            "The ferry docked at Oban at 9:40am and sailed back by 2pm.")
    v = _values(text, date(2014, 3, 12), parse)  # a Wednesday
    assert v["Monday evening"] == "2014-03-10TEV"
    assert v["9:40am"] == "2014-03-11T09:40"  # HEAD: 2014-03-10 (the flashback's Monday)
    assert v["2pm"] == "2014-03-11T14:00"


@pytest.mark.parametrize("parse", [True, False])
def test_clock_after_the_flashbacks_time_stays_on_its_day(parse):
    # the story goes on from the flashback: a clock time after its own time may be on its day
    text = ("The yacht was found at 8 a.m. on Monday. It had sailed from Cork at 6 a.m. on Saturday. "
            "By 4 p.m. it was off the Scillies.")
    assert _values(text, date(2017, 4, 11), parse)["4 p.m."] == "2017-04-08T16:00"


@pytest.mark.parametrize("parse", [True, False])
def test_count_after_a_plans_month_runs_from_the_day(parse):
    text = ("Residents lodged 4,000 objections on April 2 to force a referendum in October 2017. "
            "Three days later, the council withdrew the plan.")
    v = _values(text, date(2017, 4, 10), parse)
    assert v["October 2017"] == "2017-10"
    assert v["Three days later"] == "2017-04-05"  # HEAD: 2017-10


@pytest.mark.parametrize("parse", [True, False])
def test_next_day_after_a_plans_month_runs_from_the_day(parse):
    text = ("Residents lodged 4,000 objections on April 2 to force a referendum in October 2017. "
            "The next day, the council withdrew the plan.")
    assert _values(text, date(2017, 4, 10), parse)["The next day"] == "2017-04-03"  # HEAD: 2017-10-XX


@pytest.mark.parametrize("parse", [True, False])
def test_count_told_ahead_after_a_coming_month_stays_in_it(parse):
    text = "The probe is due to reach the comet in August 2018. Two days later, it will release a lander."
    assert _values(text, date(2017, 4, 10), parse)["Two days later"] == "2018-08"


@pytest.mark.parametrize("parse", [True, False])
def test_count_after_a_past_month_unchanged(parse):
    text = "The dockers walked out in January. Two days later, the port closed."
    assert _values(text, date(2017, 4, 10), parse)["Two days later"] == "2017-01"
