"""Resolver round time69: prefixed irregular pasts, a season after a counted offset, a period
"for delivery", a plan told in the past perfect, a reduced relative before a future verb's date."""
import pytest

from _tagged import parsed_values as _values


# (a) a prefixed irregular simple past is a past verb: a bare weekday or month in its clause
# looks back (2024-05-08 a Wednesday; 2024-02-08 a Thursday)
@pytest.mark.parametrize("text,dct,expr,value", [
    ("Government troops retook the border town on Friday, officials said.", "2024-05-08", "Friday", "2024-05-03"),
    ("Costs overran in March, the audit found.", "2024-02-08", "March", "2023-03"),
    ("The engineers rebuilt the bridge in March.", "2024-02-08", "March", "2023-03"),
    ("The firm withheld payments in March.", "2024-02-08", "March", "2023-03"),
    ("The bank undertook a review in March.", "2024-02-08", "March", "2023-03"),
    ("Investors foresaw the slump in March.", "2024-02-08", "March", "2023-03"),
])
def test_prefixed_irregular_past_looks_back(text, dct, expr, value):
    assert _values(text, dct)[expr] == value


def test_prefixed_past_participle_after_will_be_stays_ahead():
    # a passive to come keeps its day ahead ("will be rebuilt"), as "will be built"
    assert _values("The pier will be rebuilt in March.", "2024-02-08")["March"] == "2024-03"


# (b) a season right after a counted offset in its sentence is the one the story moved to
def test_season_after_counted_offset_takes_the_offsets_year():
    v = _values("The factory closed in April 2009 and reopened five months later, in the autumn.", "2012-03-01")
    assert v["the autumn"] == "2009-FA"
    v = _values("The mill shut in March 2010. Five months later, in the summer, it reopened.", "2013-03-01")
    assert v["the summer"] == "2010-SU"
    # an offset that stays within half a year of the article date moves nothing: the clause decides
    v = _values("The shop shut in May and reopened two months later, in the summer.", "2024-11-06")
    assert v["the summer"] == "2024-SU"


# (c) a period goods are sold "for delivery" in lies ahead
@pytest.mark.parametrize("text,dct,expr,value", [
    ("Copper for delivery in March fell 2 percent.", "2024-05-08", "March", "2025-03"),
    ("Wheat for delivery in September rose.", "2024-10-02", "September", "2025-09"),
    ("Crude for loading in the first quarter rose.", "2024-11-20", "the first quarter", "2025-Q1"),
    ("Prices for delivery in the summer rose.", "2024-10-20", "the summer", "2025-SU"),
])
def test_for_delivery_is_ahead(text, dct, expr, value):
    assert _values(text, dct)[expr] == value


# (d) a plan told in the past perfect reads its day as the nearest one, not the coming one
@pytest.mark.parametrize("text,dct,expr,value", [
    ("Fans had booked a parade for Saturday, but the club scrapped it.", "2024-05-12", "Saturday", "2024-05-11"),
    ("The union had scheduled a march for Friday but called it off.", "2024-05-12", "Friday", "2024-05-10"),
    # the nearest is the coming one when it is nearer (2025-06-14 a Saturday)
    ("The hearing had been set for Monday but the judge fell ill.", "2025-06-14", "Monday", "2025-06-16"),
    ("The hearing had been set for Monday but the judge fell ill.", "2025-06-11", "Monday", "2025-06-09"),
    # a simple past plan still looks ahead
    ("The union scheduled a march for Friday.", "2024-05-12", "Friday", "2024-05-17"),
])
def test_past_perfect_plan(text, dct, expr, value):
    assert _values(text, dct)[expr] == value


# (e) a reduced-relative participle of a future verb's object is not the clause's verb
@pytest.mark.parametrize("text,dct,expr,value", [
    ("The regulator will pull four painkillers tied to the deaths of patients from July 1.", "2024-09-04", "July 1", "2025-07-01"),
    ("The council will close three piers blamed for the loss of trade from May 1.", "2024-09-04", "May 1", "2025-05-01"),
    # a date the participle's own phrase holds stays past ("approved in March")
    ("The regulator will pull four painkillers approved in March.", "2024-09-04", "March", "2024-03"),
    # a range is no start of a measure
    ("The agency will review two drugs linked to deaths from March to June.", "2024-09-04", "March", "2024-03"),
])
def test_reduced_relative_before_future_date(text, dct, expr, value):
    assert _values(text, dct)[expr] == value
