"""time99: a live blog's entry stamps keep the blog's day; a round year in words before a plural
noun is a count; the first month of a range takes the year named at its end. Sentences of our own."""
from datetime import date

import pytest

from chronicle.nlp import get_nlp
from chronicle.time.tagger import tag_timexes


def _values(text: str, dct: date, parse: bool = True) -> dict[str, str]:
    doc = get_nlp()(text) if parse else None
    return {t.text: t.value for t in tag_timexes(text, dct, doc)}


# A blog in reverse order whose entries name other days: each stamp is still the blog's day.
_BLOG = (
    "Live coverage from the port of Beira.\n\n"
    "16:20 - The dockers' union says the strike will end on Friday.\n\n"
    "13:05 - Cranes stood idle since the walkout began on Monday, the port authority said.\n\n"
    "10:40 - Two ships that arrived on March 2 are still waiting to unload.\n\n"
    "08:15 - Good morning. Pickets gathered at the main gate before dawn."
)


@pytest.mark.parametrize("parse", [True, False])
def test_blog_stamps_keep_the_blogs_day(parse):
    v = _values(_BLOG, date(2025, 3, 12), parse)  # a Wednesday
    assert v["16:20"] == "2025-03-12T16:20"
    assert v["13:05"] == "2025-03-12T13:05"  # not Friday, named in the entry above
    assert v["10:40"] == "2025-03-12T10:40"  # not the Monday above
    assert v["08:15"] == "2025-03-12T08:15"  # not March 2


@pytest.mark.parametrize("parse", [True, False])
def test_updated_stamps_keep_the_day_heading(parse):
    text = ("Tuesday 14 October\n\nUpdated 08:30 GMT\nThe council will vote on Thursday.\n\n"
            "Updated 11:10 GMT\nThe mayor said the bridge had been closed on Saturday.\n\n"
            "Updated 14:45 GMT\nThe council adjourned until tomorrow.\n\n"
            "Updated 17:20 GMT\nProtesters left the square.")
    v = _values(text, date(2025, 10, 14), parse)
    assert v["08:30 GMT"] == "2025-10-14T08:30Z"
    assert v["11:10 GMT"] == "2025-10-14T11:10Z"  # not the coming Thursday
    assert v["14:45 GMT"] == "2025-10-14T14:45Z"  # not the past Saturday
    assert v["17:20 GMT"] == "2025-10-14T17:20Z"  # not tomorrow


def test_a_blog_of_the_day_before_keeps_its_intro_day():
    text = ("Farmers closed the ring road for most of Monday. Here is how the day went:\n\n"
            "07:15 - Tractors block the northern junction.\n"
            "12:00 - The farm minister says he will meet them on Thursday.\n"
            "18:40 - The road reopens.")
    v = _values(text, date(2025, 3, 11), True)  # told on the Tuesday
    assert v["07:15"] == "2025-03-10T07:15"
    assert v["18:40"] == "2025-03-10T18:40"  # not the Thursday of the entry above


def test_a_new_day_heading_moves_the_blog():
    text = ("Monday 13 October\n\nUpdated 21:30\nPolls closed.\n\n"
            "Tuesday 14 October\n\nUpdated 09:00\nCounting resumed.\n\n"
            "Updated 11:00\nFirst results are due on Friday.\n\nUpdated 12:30\nTurnout was 61 percent.")
    v = _values(text, date(2025, 10, 14), True)
    assert v["21:30"] == "2025-10-13T21:30"
    assert v["09:00"] == "2025-10-14T09:00"
    assert v["12:30"] == "2025-10-14T12:30"


def test_clock_times_inside_an_entry_keep_their_reading():
    # not stamps: a clock time in a sentence still takes the day the sentence is at
    text = "The ferry sank on Sunday. It left the harbour at 06:10 and sent a distress call at 06:55."
    v = _values(text, date(2025, 3, 12), True)
    assert v["06:10"] == "2025-03-09T06:10"
