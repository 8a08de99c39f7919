"""Resolver round time90: (1) a month, weekday or season opening its sentence before a long verbless
adjunct set off by commas ("In May, weeks after the flooding of ..., crews rebuilt the dyke") takes
the tense of the clause after the adjunct, past the cue window; (2) a season after "bookings /
reservations / outlook for" that begins within three months is the coming one, even in a past
clause, as a quarter is (time85). Each case with the parse and with the regex cues alone."""
import pytest

from _tagged import parsed_values as _values
from chronicle.time import tense


@pytest.mark.parametrize("parse", [True, False])
@pytest.mark.parametrize("text,dct,expr,value", [
    # (1) a month told in the past past a long adjunct: last January (told in October), not the
    # nearest, coming one
    ("In January, ten days after the opening of the new lock gates on the canal to the inland ports,"
     " a barge sank in the basin.", "2025-10-20", "January", "2025-01"),
    # ... with an abbreviation's period inside the adjunct and a place's commas in the clause
    ("The ferry line grew. In February, a week after the 30th anniversary of the blaze at St. Mary's church"
     " on the quay, a fire in Hull, Yorks., gutted the old terminal.", "2025-10-28", "February", "2025-02"),
    # ... a month whose clause is future: the coming one, not the nearest past one
    ("In November, two weeks ahead of the start of the annual wine fair in the old cloth hall of the town,"
     " the guild will open its cellars.", "2025-05-20", "November", "2025-11"),
    # a weekday past the adjunct, told in the past (a Saturday article: the Tuesday four days back)
    ("On Tuesday, shortly after the close of a long session of the regional water board in the county"
     " offices, the chairwoman resigned.", "2025-10-18", "Tuesday", "2025-10-14"),
    # a season past the adjunct, told in the past (an April article: last autumn)
    ("In the autumn, a month after the launch of the new night bus service on the far side of the"
     " estuary, vandals smashed the shelters.", "2025-04-20", "the autumn", "2024-FA"),
    # (2) a season booked for, beginning within three months: the coming one
    ("The tour operator said bookings for the summer had picked up since March.", "2025-04-26",
     "the summer", "2025-SU"),
    ("The resort group said reservations for the winter were ahead of last year's.", "2025-10-10",
     "the winter", "2025-WI"),
])
def test_time90_classes(text, dct, expr, value, parse):
    assert _values(text, dct, parse)[expr] == value


@pytest.mark.parametrize("parse", [True, False])
@pytest.mark.parametrize("text,dct,expr,value", [
    # guards: a short opening (no adjunct) is read as before
    ("In January, a barge sank in the basin.", "2025-10-20", "January", "2025-01"),
    # a date not opening its sentence keeps its own clause
    ("The growers will meet the minister in March, a week after the end of the long harvest season on the"
     " terraces of the peninsula, and then rest.", "2025-10-20", "March", "2026-03"),
    # results of a season, and a season booked for that begins more than three months ahead, are
    # left to the clause (past: the one before)
    ("The tour operator said sales for the summer had picked up.", "2025-04-26", "the summer", "2024-SU"),
    ("The tour operator said bookings for the autumn had picked up.", "2025-04-26", "the autumn", "2024-FA"),
])
def test_time90_guards(text, dct, expr, value, parse):
    assert _values(text, dct, parse)[expr] == value


@pytest.mark.parametrize("text,expr,found", [
    ("In June, three days before the vote on the merger of the two northern councils, the mayor quit.", "June", True),
    ("In June, the mayor quit.", "June", False),
    # a comma part with its own verb is no adjunct
    ("In June, a week after the council voted on the merger of the two northern councils, the mayor quit.",
     "June", False),
    # no sentence starts after an abbreviation's period
    ("The console goes on sale in the U.S. on June 2, a week after its rival's, and then in Europe.", "June 2",
     False),
    # a part opened by "and" after the adjunct is no main clause
    ("On June 2, a week after its rival's launch in the northern markets of the continent, and in time for"
     " the holidays.", "June 2", False),
])
def test_opening_adjunct_clause(text, expr, found):
    start = text.index(expr)
    assert (tense.opening_adjunct_clause(text, start, start + len(expr)) is not None) is found
