"""Resolver round time73: a plan told as one made in the past ("originally scheduled for",
"was initially set for") names the nearest occurrence of its day, not the coming one; a present
or future plan still looks ahead. Each case with the parse and with the regex cue alone."""
import pytest

from _tagged import parsed_values as _values


@pytest.mark.parametrize("parse", [True, False])
@pytest.mark.parametrize("text,dct,expected", [
    # a schedule made before the article for a day just gone; the day after it in the sentence
    # follows it into the same year
    ("The hearing, originally set for Sept. 9, was adjourned on Sept. 5 when the defence asked for a delay.",
     "2025-09-17", {"Sept. 9": "2025-09-09", "Sept. 5": "2025-09-05"}),
    ("The regatta was initially scheduled for July 6.", "2025-07-21", {"July 6": "2025-07-06"}),
    ("The referendum, previously slated for Nov. 30, was pushed back.", "2025-12-08", {"Nov. 30": "2025-11-30"}),
    # the nearest one may be next year's: told late in December, a January day is the coming one
    ("The congress, originally planned for Jan. 12, was moved to March.", "2025-12-22", {"Jan. 12": "2026-01-12"}),
    # with no lean to either side: a day five months ahead stays ahead, one three months back is past
    ("The summit, originally scheduled for Oct. 20, was brought forward.", "2025-05-12", {"Oct. 20": "2025-10-20"}),
    ("The summit, originally scheduled for Feb. 20, was called off.", "2025-05-12", {"Feb. 20": "2025-02-20"}),
])
def test_past_plan_names_the_nearest_day(text, dct, expected, parse):
    values = _values(text, dct, parse)
    for expr, value in expected.items():
        assert values[expr] == value, (expr, values)


@pytest.mark.parametrize("parse", [True, False])
@pytest.mark.parametrize("text,dct,expr,value", [
    # guards: a plan told in the present or the future, with no past-plan adverb, looks ahead
    ("The regatta is scheduled for July 6.", "2025-07-21", "July 6", "2026-07-06"),
    ("The regatta will be held on July 6.", "2025-07-21", "July 6", "2026-07-06"),
    ("The vote, scheduled for Nov. 30, was moved up.", "2025-11-20", "Nov. 30", "2025-11-30"),
])
def test_present_plan_still_looks_ahead(text, dct, expr, value, parse):
    assert _values(text, dct, parse)[expr] == value
