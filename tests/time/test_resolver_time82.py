"""Resolver round time82: the day of a plan told as superseded ("first booked for", "originally due
on") or told called off in its sentence ("a meeting planned for Monday was called off", "cancelled a
reading scheduled for Sunday") is the nearest one, not the coming one; a weekday told before the
past day the plan was called off on is the first one after that day. A plan still standing, and the
new day of a moved plan, still look ahead. Each case with the parse and with the regex cues alone."""
import pytest

from _tagged import parsed_values as _values


@pytest.mark.parametrize("parse", [True, False])
@pytest.mark.parametrize("text,dct,expr,value", [
    # (a) "first" (no determiner before it) and "originally due" tell a schedule made in the past
    ("The opening of the bridge, first planned for Jan. 20, finally came on Feb. 3.", "2025-02-14", "Jan. 20", "2025-01-20"),
    ("The trade fair was first scheduled for Oct. 4 and then moved to the spring.", "2025-10-30", "Oct. 4", "2025-10-04"),
    ("The payment, originally due on July 1, reached the builders in August.", "2025-08-20", "July 1", "2025-07-01"),
    # (b) a plan its sentence tells called off or moved: the nearest day (a Wednesday article:
    # Monday two days back; a Thursday one: Tuesday two days back; a Monday one: Sunday yesterday)
    ("A tenants' meeting planned for Monday was called off after the landlord agreed to talk.", "2025-06-04", "Monday", "2025-06-02"),
    ("The regional final, set for Tuesday, was scrubbed because of the heat.", "2025-06-05", "Tuesday", "2025-06-03"),
    ("The guild cancelled a reading scheduled for Sunday in Leeds.", "2025-06-09", "Sunday", "2025-06-08"),
    ("A ballot due on Friday has been deferred, the union said.", "2025-06-07", "Friday", "2025-06-06"),
    ("The harbour festival, planned for Aug. 30, was shelved over a permit dispute.", "2025-09-12", "Aug. 30", "2025-08-30"),
    # ... read against the article date, not a month the story named in another year
    ("The castle fell on 12 June 1644. Its re-enactment, planned for 14 June, was called off because of rain.",
     "2025-06-20", "14 June", "2025-06-14"),
    # (c) a weekday told before the past day the plan was called off on: the first one after it
    # (a Saturday article: Sunday the 8th, so Monday the 9th, not the coming Monday the 16th)
    ("The crossing, scheduled for Monday, was delayed on Sunday by fog.", "2025-06-14", "Monday", "2025-06-09"),
    ("The vote, set for Thursday, was put off on Wednesday night.", "2025-06-16", "Thursday", "2025-06-12"),
])
def test_superseded_plan_names_the_nearest_day(text, dct, expr, value, parse):
    assert _values(text, dct, parse)[expr] == value


@pytest.mark.parametrize("parse", [True, False])
@pytest.mark.parametrize("text,dct,expr,value", [
    # guards: a standing plan, a plan told in the simple past with nothing calling it off, the new day
    # of a moved plan, a plan whose clause goes on in the future, and "first" as an ordinal look ahead
    ("The tenants' meeting is planned for Monday.", "2025-06-04", "Monday", "2025-06-09"),
    ("The vote is scheduled for Thursday.", "2025-06-13", "Thursday", "2025-06-19"),
    ("The vote was scheduled for Thursday.", "2025-06-13", "Thursday", "2025-06-19"),
    ("Organisers met on Monday to prepare the summit planned for Saturday.", "2025-06-10", "Saturday", "2025-06-14"),
    ("The final, postponed last week, is now set for Tuesday.", "2025-06-05", "Tuesday", "2025-06-10"),
    ("The ballot may be deferred, but the count set for Friday will go ahead.", "2025-06-07", "Friday", "2025-06-13"),
    ("Officials postponed the audit after the fire, and the inspection set for Friday will go ahead.",
     "2025-06-07", "Friday", "2025-06-13"),
    ("Two ferries sail this year; the first scheduled for May 3 will carry cars.", "2025-05-20", "May 3", "2026-05-03"),
    # what a relative clause after the day calls off is another thing
    ("The concert set for Friday, which was cancelled last year, sold out in an hour.", "2025-06-04", "Friday", "2025-06-06"),
    # a plan called off the day before its day, told the day after the decision: the coming day
    ("The match, set for Sunday, was called off on Friday because of the storm.", "2025-06-14", "Sunday", "2025-06-15"),
])
def test_standing_plan_still_looks_ahead(text, dct, expr, value, parse):
    assert _values(text, dct, parse)[expr] == value
