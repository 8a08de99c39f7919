"""Resolver round time85: (1) the forms of the reporting verbs are built right ("denies", "denied",
"admitting"; no "sayed"), and a report told in the present before a date and "that" is the nearest
day on the regex path too, as on the parse path; (2) a reduced plan set off by commas before a
simple past main verb ("Late entries, due in early October, also climbed") names the nearest day,
and the past one where the main verb tells the plan carried out ("The strike, set for Tuesday, went
ahead"); (3) a quarter after "bookings / outlook / guidance for" that begins within three months is
the coming one, even in a past clause. Each case with the parse and with the regex cues alone."""
import pytest

from _tagged import parsed_values as _values
from chronicle.time import tense


def test_reporting_forms_exist():
    told, present = tense._REPORTING_FORMS, tense._REPORTING_PRESENT_FORMS
    for form in ("said", "saying", "denied", "denying", "admitted", "admitting", "noted", "warned", "argued",
                 "forecast", "forecasted", "written"):
        assert form in told, form
    for form in ("says", "denies", "announces", "admits", "tells"):
        assert form in present, form
    for never in ("sayed", "telled", "writed", "knowed", "admited", "admiting", "denyed", "denys", "sayes", "warnes"):
        assert never not in told | present, never


@pytest.mark.parametrize("parse", [True, False])
@pytest.mark.parametrize("text,dct,expr,value", [
    # (1) a past or gerund report of a doubled or "-ied" form: the report's month is past
    ("The quarry shed 40 jobs, after admitting in March that it would cut staff.", "2025-06-11", "March", "2025-03"),
    ("The council, which denied in April that it would sell the park, sold it.", "2025-06-11", "April", "2025-04"),
    # ... a report told in the present: the nearest day (a Wednesday article: Friday in two days)
    ("The port authority announces on Friday that the pier will reopen.", "2025-06-11", "Friday", "2025-06-13"),
    # (2) a reduced plan in a sentence of the simple past: the nearest month (7 months back, 5 ahead)
    ("Late entries, due in early October, also climbed this spring.", "2025-04-14", "early October", "2024-10"),
    ("The inspection, scheduled for May 2, uncovered two cracked beams.", "2025-05-20", "May 2", "2025-05-02"),
    # ... told carried out: the past day (a Monday article: last Tuesday, not tomorrow)
    ("The ferry strike, set for Tuesday, went ahead despite the talks.", "2025-06-09", "Tuesday", "2025-06-03"),
    ("The open day, planned for Saturday, took place in the rain.", "2025-06-12", "Saturday", "2025-06-07"),
    # (3) a quarter booked or forecast for that begins within three months: the coming one, even in a
    # past clause (a late-March article: this year's second quarter)
    ("Profit slid in last year's fourth quarter. The cruise line said on Monday that bookings for the second"
     " quarter were the weakest in years.", "2025-03-26", "the second quarter", "2025-Q2"),
    ("The chain cut its guidance for the third quarter after a wet June.", "2025-06-27", "the third quarter", "2025-Q3"),
])
def test_time85_classes(text, dct, expr, value, parse):
    assert _values(text, dct, parse)[expr] == value


@pytest.mark.parametrize("parse", [True, False])
@pytest.mark.parametrize("text,dct,expr,value", [
    # guards: a reduced plan before a present or a future, or before a copula whose clause still
    # plans, looks ahead; a plan that is no reduced one (no comma) is left to the other rules
    ("The recital, set for Friday, will go ahead.", "2025-06-11", "Friday", "2025-06-13"),
    ("The bonds, due in October, pay 4 percent.", "2025-04-14", "October", "2025-10"),
    ("The referendum, scheduled for Sunday, was expected to pass.", "2025-06-12", "Sunday", "2025-06-15"),
    ("The audit is scheduled for May 30.", "2025-05-20", "May 30", "2025-05-30"),
    # results of a quarter ("sales for"), and bookings of a quarter far ahead of the article date (a
    # January article's fourth quarter is the one just ended), stay last year's
    ("The cruise line said sales for the second quarter were the weakest in years.", "2025-03-26",
     "the second quarter", "2024-Q2"),
    ("The cruise line said bookings for the fourth quarter were the weakest in years.", "2025-01-20",
     "the fourth quarter", "2024-Q4"),
    # a past report keeps its past day
    ("The league denied on Friday that the striker was sold.", "2025-06-11", "Friday", "2025-06-06"),
])
def test_time85_guards(text, dct, expr, value, parse):
    assert _values(text, dct, parse)[expr] == value
