"""Round time86: (1) a bare ordinal day ("on the 16th", "by the 29th") is a day of the month the
context gives: the month the story is in (a month or day named before it in its paragraph, where the
tense agrees), else the article's month or the one before by tense; an ordinal with its noun or with
its noun named in the sentence or the one before is no date; (2) a weekday written with its date is
one expression, its year the neighbour of the tense's year where the weekday fits (pinned here, it
was in place); (3) "today" with a date in apposition is that date. Each case with the parse and with
the regex cues alone."""
import pytest

from _tagged import parsed_values as _values


@pytest.mark.parametrize("parse", [True, False])
@pytest.mark.parametrize("text,dct,expr,value", [
    # (1) past: on or before the article date; future: on or after it
    ("On the 4th, the ferry company cut its winter timetable.", "2024-11-20", "the 4th", "2024-11-04"),
    ("On the 27th, the ferry company cut its winter timetable.", "2024-11-20", "the 27th", "2024-10-27"),
    ("Tenants must leave the block by the 8th.", "2024-11-20", "the 8th", "2024-12-08"),
    # ... the month the story is in, and a time of day after the ordinal takes its day
    ("Storms cut power across the island in late January. On the 30th, crews restored the grid, and "
     "that evening the airport reopened.", "2024-03-02", "the 30th", "2024-01-30"),
    ("Storms cut power across the island in late January. On the 30th, crews restored the grid, and "
     "that evening the airport reopened.", "2024-03-02", "that evening", "2024-01-30TEV"),
    # ... a day named before: the nearest such day to it (the next month's when nearer)
    ("Pickets formed at the depot on 29 October. By the 3rd, the stocks had run out.", "2024-11-20",
     "the 3rd", "2024-11-03"),
    # ... a plan's month does not date a past event: the article's month
    ("The ballot is set for 14 December. On the 12th, police arrested two organisers.", "2024-11-20",
     "the 12th", "2024-11-12"),
    # ... a month of an earlier paragraph is not the story's month any more
    ("The dam was finished in June.\n\nOn the 9th, engineers opened the sluices.", "2024-11-20",
     "the 9th", "2024-11-09"),
    # ... a noun that counts ordinals, named without one, is no sign of a rank
    ("Troops sealed off the old market district. On the 5th, traders returned.", "2024-11-20", "the 5th",
     "2024-11-05"),
    # (2) a weekday with its date: one expression; the weekday picks the year next to the tense's
    ("The convoy crossed the border on Thursday, 3 April.", "2025-04-01", "Thursday, 3 April", "2025-04-03"),
    ("The convoy crossed the border on Wednesday, 3 April.", "2025-04-01", "Wednesday, 3 April", "2024-04-03"),
    ("The tribunal sits again on Friday, 5 December.", "2025-11-30", "Friday, 5 December", "2025-12-05"),
    # (3) "today" with its date in apposition
    ("\"The port reopens as of today, Sunday 8 June 2025,\" the ministry's statement read.", "2025-06-11",
     "today", "2025-06-08"),
])
def test_value(text, dct, expr, value, parse):
    assert _values(text, dct, parse).get(expr) == value


@pytest.mark.parametrize("text,dct,expr", [
    ("The bishop rebuilt the nave in the 12th century.", "2024-11-20", "the 12th"),
    ("Offices on the 20th floor were cleared, and the lift stopped on the 19th.", "2024-11-20", "the 19th"),
    ("The 5th Regiment held the bridge.", "2024-11-20", "The 5th"),
    ("It was her 30th win of the season.", "2024-11-20", "30th"),
    ("The club marks the 75th anniversary on Saturday.", "2024-11-20", "the 75th"),
    ("He dropped a shot at the 15th. He recovered on the 16th, holing a long putt.", "2024-11-20", "the 16th"),
])
def test_not_a_day(text, dct, expr):
    assert expr not in _values(text, dct, False)
