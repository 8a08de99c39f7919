"""Resolution edge cases: year boundaries, ISO weeks, leap days, tense, missing DCT."""
import datetime as dt

import pytest

from chronicle.nlp import get_nlp  # the pipeline's parser, loaded once per process
from chronicle.time import tag_timexes

D = dt.date


def one(text, dct, doc=None):
    got = tag_timexes(text, dct, doc)
    assert len(got) == 1, [(t.text, t.value) for t in got]
    return got[0]


@pytest.mark.parametrize(
    "text,dct,value",
    [
        ("Shares fell last week.", D(2025, 1, 2), "2024-W52"),      # ISO week 1 of 2025 starts 2024-12-30
        ("Shares fell last week.", D(2025, 1, 8), "2025-W01"),
        ("Shares fell last week.", D(2021, 1, 6), "2020-W53"),
        ("Shares will rise next week.", D(2020, 12, 24), "2020-W53"),
        ("Profit fell last month.", D(2025, 1, 15), "2024-12"),
        ("Profit fell last year.", D(2025, 1, 1), "2024"),
        ("The vote is next year.", D(2024, 12, 31), "2025"),
        ("They met yesterday.", D(2025, 1, 1), "2024-12-31"),
        ("They meet tomorrow.", D(2024, 12, 31), "2025-01-01"),
        ("They meet tomorrow.", D(2024, 2, 28), "2024-02-29"),
        ("Sales fell last quarter.", D(2025, 1, 5), "2024-Q4"),
    ],
)
def test_relative_boundaries(text, dct, value):
    assert one(text, dct).value == value


def test_leap_day():
    assert one("The vote was held on Feb. 29.", D(2024, 3, 10)).value == "2024-02-29"
    # no Feb. 29 in 2025: the tagger keeps the span but gives no value
    t = one("The vote will be held on Feb. 29.", D(2025, 1, 10))
    assert t.text == "Feb. 29" and t.value is None


@pytest.mark.parametrize(
    "text,value",
    [
        ("He met the minister on Tuesday.", "2025-03-25"),           # past: the previous Tuesday
        ("He will meet the minister on Tuesday.", "2025-04-01"),      # future: the next Tuesday
        ("The minister is in Moscow Tuesday.", "2025-03-25"),         # present: the nearest one
        ("The minister is in Moscow Monday.", "2025-03-31"),
        ("The minister is in Moscow Wednesday.", "2025-03-26"),
        ("Stocks closed higher on Friday.", "2025-03-28"),            # the DCT's own weekday
    ],
)
def test_weekday_direction_by_tense(text, value):
    assert one(text, D(2025, 3, 28)).value == value  # DCT is a Friday


@pytest.mark.parametrize(
    "text,value",
    [
        ("The summit took place in November.", "2024-11"),
        ("The summit will take place in November.", "2025-11"),
        ("The summit took place in February.", "2025-02"),
        ("The summit will take place in February.", "2026-02"),
    ],
)
def test_month_direction_by_tense(text, value):
    assert one(text, D(2025, 3, 28)).value == value


def test_weekday_tense_from_spacy_doc():
    pytest.importorskip("spacy")
    nlp = get_nlp()
    text = "Officials said the minister is expected to arrive on Tuesday."
    assert one(text, D(2025, 3, 28), nlp(text)).value == "2025-04-01"
    text = "The minister arrived in Seoul on Tuesday, officials said."
    assert one(text, D(2025, 3, 28), nlp(text)).value == "2025-03-25"


@pytest.mark.parametrize(
    "text,expression,value",
    [
        # a participle after a noun is a reduced passive relative ("which was announced"): past,
        # whatever the main verb says; a planned one ("scheduled for") looks ahead
        ("The merger, announced in February, is expected to close by the end of the year.", "February", "2025-02"),
        ("The law, passed on Tuesday, will take effect in June.", "Tuesday", "2025-03-25"),
        ("The vote, scheduled for Tuesday, will decide the matter.", "Tuesday", "2025-04-01"),
    ],
)
def test_participle_clause_tense(text, expression, value):
    pytest.importorskip("spacy")
    nlp = get_nlp()
    got = {t.text: t.value for t in tag_timexes(text, D(2025, 3, 28), nlp(text))}
    assert got[expression] == value


@pytest.mark.parametrize(
    "text,value",
    [
        ("They met on Thursday.", "XXXX-WXX-4"),
        ("It falls on May 9.", "XXXX-05-09"),
        ("It happened last week.", None),
        ("It happened two years ago.", None),
        ("It happened in May 2015.", "2015-05"),
        ("He left in 1998.", "1998"),
        ("He is now in Moscow.", "PRESENT_REF"),
    ],
)
def test_missing_dct(text, value):
    t = one(text, None)
    assert t.value == value
    if value is None or value.startswith("X"):
        assert t.interval_start is None


def test_narrative_anchor_follows_text_order():
    text = "The treaty was signed on June 19, 2024. The next day, troops moved. Two weeks later, talks began."
    got = tag_timexes(text, D(2025, 3, 28))
    assert [(t.text, t.value, t.anchor) for t in got] == [
        ("June 19, 2024", "2024-06-19", None),
        ("The next day", "2024-06-20", "narrative"),
        ("Two weeks later", "2024-W27", "narrative"),             # 2024-07-04, at week grain
    ]


def test_empty_and_no_timex():
    assert tag_timexes("", D(2025, 3, 28)) == []
    assert tag_timexes("Nothing temporal here at all.", D(2025, 3, 28)) == []


@pytest.mark.parametrize("dct", [None, D(1, 1, 1), D(9999, 12, 31), D(2024, 2, 29)])
def test_never_crashes_at_calendar_edges(dct):
    text = ("Last year, 9999 years ago, next year, Feb. 30, the week of Feb. 30, 2021-02-29, "
            "the 20th century, 25:00, a year earlier, the following day, tomorrow, Dec. 31.")
    for t in tag_timexes(text, dct):
        assert text[t.start:t.end] == t.text
        if t.interval_start is not None:
            assert t.interval_start <= t.interval_end


def test_invalid_calendar_dates_get_no_value():
    got = {t.text: t.value for t in tag_timexes("Dates: 2021-02-29 and 2/29/2021 and Feb. 29, 2024.", D(2025, 1, 1))}
    assert got["2021-02-29"] is None and got["2/29/2021"] is None
    assert got["Feb. 29, 2024"] == "2024-02-29"


def test_dct_may_be_a_datetime():
    t = one("They met yesterday.", dt.datetime(2025, 3, 28, 17, 45))
    assert t.value == "2025-03-27"


def test_missing_dct_dateline_stands_in():
    # no article date: a full date at the head of the text (the dateline) anchors what follows
    got = tag_timexes("SEOUL, March 27, 2025 - Kim met Putin yesterday and will return next week.", None)
    assert [(t.text, t.value) for t in got] == [
        ("March 27, 2025", "2025-03-27"), ("yesterday", "2025-03-26"), ("next week", "2025-W14")]
    # a date deep in the body is no dateline
    text = "Kim met Putin yesterday. " + "Officials gave no details. " * 12 + "The treaty dates from March 27, 2025."
    assert {t.text: t.value for t in tag_timexes(text, None)}["yesterday"] is None


@pytest.mark.parametrize(
    "text,dct,value",
    [
        ("The government kept all markets closed until Friday.", D(2008, 9, 18), "2008-09-19"),
        ("The agency extended its deadline until Tuesday.", D(2000, 3, 31), "2000-04-04"),
        ("Officials postponed until Tuesday morning any action.", D(2000, 3, 30), "2000-04-04TMO"),
        ("The relatives were given until 9 a.m. Tuesday to sign.", D(2000, 4, 3), "2000-04-04T09:00"),
        ("Up until Thursday, they had found nothing.", D(1999, 5, 6), "1999-05-06"),   # the DCT's own day
    ],
)
def test_until_points_forward(text, dct, value):
    # "until X" names a deadline: the coming X (or today), whatever the verb's tense ...
    assert one(text, dct).value == value


@pytest.mark.parametrize(
    "text,dct,value",
    [
        ("Until Thursday, they had not called Kopp a suspect.", D(1999, 5, 7), "1999-05-06"),
        ("He did not leave the embassy until Friday.", D(2000, 1, 17), "2000-01-14"),
        ("The rebels hadn't released anyone until Tuesday.", D(2000, 1, 20), "2000-01-18"),
    ],
)
def test_until_in_a_negated_past_looks_back(text, dct, value):
    # ... except in a negated past or past perfect, which tells when something past ended or began
    assert one(text, dct).value == value


@pytest.mark.parametrize(
    "text,dct,value",
    [
        # an expression alone in parentheses takes the tense of the text before them
        ("''The father will leave at 4 in the morning (4 a.m. EDT Thursday),'' Castro said.",
         D(2000, 4, 5), "2000-04-06T04:00"),
        # future in reported speech; "United" is no past-tense verb
        ("Officials announced that the father would be traveling to the United States Thursday.",
         D(2000, 4, 5), "2000-04-06"),
        # a passive future with an irregular participle is one future cue, not a past "held"
        ("The ceremony will be held on Saturday.", D(2013, 3, 22), "2013-03-23"),
        ("Officials said the vote would be held Sunday.", D(2013, 3, 22), "2013-03-24"),
        # an irregular simple past is a past cue ("heard", "struck", "fled")
        ("On Monday, the court heard arguments.", D(2013, 3, 22), "2013-03-18"),
        ("On Sunday, gunmen fled the town.", D(2013, 3, 22), "2013-03-17"),
        # a preparation told in the past is for a day to come
        ("Officials were getting ready to close the bridge on Monday.", D(2013, 12, 28), "2013-12-30"),
        # a participle "expected" before the time it is expected at looks ahead
        ("Storms struck Moore, with more severe weather expected on Wednesday.", D(2013, 5, 21), "2013-05-22"),
        # a noun "plans" is no future cue
        ("On Friday, when Albright set aside vacation plans for the hastily planned trip, the agency lifted a warning.",
         D(1998, 8, 17), "1998-08-14"),
    ],
)
def test_weekday_tense_cues(text, dct, value):
    got = [t for t in tag_timexes(text, dct) if t.value and t.value[:4].isdigit()]
    assert got[0].value == value, [(t.text, t.value) for t in got]


@pytest.mark.parametrize(
    "text,dct,value",
    [
        ("Since KKR bought RJR in February for $25 billion, it has sold units.", D(1989, 10, 30), "1989-02"),
        ("The funeral home operator changed to a new auditor in December.", D(1989, 10, 27), "1988-12"),
        ("In January, American Medical brought in a new chief executive.", D(1989, 10, 27), "1989-01"),
        ("In the fiscal year ended Jan. 31, the company reported sales of $59.5 million.", D(1989, 10, 31), "1989-01-31"),
        # not narrated: a coming payment, a report of a plan, a deadline that had been set
        ("The split would be paid on a still unspecified date in January.", D(1989, 10, 30), "1990-01"),
        ("The company said it plans to open a plant in February.", D(1989, 10, 30), "1990-02"),
        # a preparation told in the past is for a thing to come
        ("Families were preparing to celebrate Christmas at home.", D(2013, 12, 20), "2013-12-25"),
        ("The offer had been set to expire Nov. 6.", D(1989, 10, 30), "1989-11-06"),
    ],
)
def test_bare_month_in_a_narrated_past(text, dct, value):
    # a bare month looks ahead or to the nearest, unless its clause narrates a past event
    assert tag_timexes(text, dct)[-1].value == value


def test_passive_future_cue_is_read_whole():
    # "will be named" is one future cue even when "will" lies just outside the tense window
    text = ("Air Force Lieutenant Colonel Eileen Collins will be named commander of the Space Shuttle "
            "Columbia for a mission in December.")
    assert one(text, D(1998, 3, 4)).value == "1998-12"


def test_report_quarter_is_the_one_most_mentioned():
    # "a year ago" and "the year-earlier period" follow the quarter the report is about, not the
    # last quarter named in passing
    text = ("Kimberly-Clark posted a 20% gain in third-quarter net income, from $90.5 million a year ago. "
            "After a flat second quarter, the company attributed the gain to consumer businesses. "
            "Charges taken in the year-earlier period also helped.")
    got = {t.text: t.value for t in tag_timexes(text, D(1989, 11, 1))}
    assert got["a year ago"] == "1988-Q3"
    assert got["second quarter"] == "1989-Q2"
    assert got["the year-earlier period"] == "1988-Q3"


def test_report_quarter_ignores_another_era():
    # a quarter with a year long past is history, not the report's quarter
    text = ("Profit was the best since the third quarter of 1984. Third-quarter net rose to $68.2 million, "
            "up from $66.8 million a year ago.")
    got = {t.text: t.value for t in tag_timexes(text, D(1989, 10, 27))}
    assert got["the third quarter of 1984"] == "1984-Q3"
    assert got["a year ago"] == "1988-Q3"


@pytest.mark.parametrize(
    "text,dct,values",
    [
        # a clock time takes the day named right after it, across a time zone, "local time" or a
        # parenthesized conversion
        ("The blast occurred at about 10:35 a.m. (0735 GMT) Friday.", D(1998, 8, 10),
         ["1998-08-07T10:35", "1998-08-07T07:35Z", "1998-08-07"]),
        ("The ceremony will be held at 3 p.m. local time on Saturday.", D(2013, 3, 22),
         ["2013-03-23T15:00", "2013-03-23"]),
        # ... but not a day in another sentence
        ("The market closed at 4 p.m. Shares fell on Wednesday.", D(2013, 3, 22),
         ["2013-03-22T16:00", "2013-03-20"]),
    ],
)
def test_clock_time_takes_the_day_after_it(text, dct, values):
    assert [t.value for t in tag_timexes(text, dct)] == values


@pytest.mark.parametrize(
    "text,dct,value",
    [
        # a season counted from a year-only anchor is in the next / previous year
        ("He was arrested in 2019 and released the following spring.", D(2023, 3, 1), "2020-SP"),
        ("The dam opened in 2010; the previous summer, floods had delayed the work.", D(2023, 3, 1), "2009-SU"),
        # from a month or a day, the next such season after it
        ("He was arrested in October 2019 and released the following spring.", D(2023, 3, 1), "2020-SP"),
        ("He was arrested on Feb. 2, 2019, and released the following summer.", D(2023, 3, 1), "2019-SU"),
    ],
)
def test_narrative_season(text, dct, value):
    got = tag_timexes(text, dct)
    assert got[-1].text.lower().startswith("the ") and got[-1].value == value, [(t.text, t.value) for t in got]


# News sentences written for this test (none from a corpus): the story's own dates anchor
# "the next day", "two days later", "that same day"; vague spans are PX<unit>; hedges give a mod.
@pytest.mark.parametrize(
    "text,dct,span,value,mod",
    [
        ("The rebels seized the town on March 3. The next day, troops retook it.", D(2024, 3, 20), "The next day", "2024-03-04", None),
        ("The rebels seized the town on March 3. Two days later, troops retook it.", D(2024, 3, 20), "Two days later", "2024-03-05", None),
        ("The rebels seized the town on March 3 and troops retook it the same day.", D(2024, 3, 20), "the same day", "2024-03-03", None),
        ("The earthquake struck on Feb. 6. That same day, a second quake hit.", D(2023, 3, 1), "That same day", "2023-02-06", None),
        ("The earthquake struck on Feb. 6. The day before, a smaller tremor shook the city.", D(2023, 3, 1), "The day before", "2023-02-05", None),
        ("The earthquake struck on Feb. 6. The following week, aid began to arrive.", D(2023, 3, 1), "The following week", "2023-W07", None),
        ("The ship sank on Jan. 14, 2019. A week earlier, the crew had reported a leak.", D(2024, 3, 20), "A week earlier", "2019-W02", None),
        ("The strike began in May 2021. A month later, the union signed a deal.", D(2024, 3, 20), "A month later", "2021-06", None),
        ("He was arrested on June 3, 2019, and released 10 days later.", D(2023, 3, 1), "10 days later", "2019-06-13", None),
        ("The minister resigned on Tuesday. The previous day, he had denied the reports.", D(2024, 3, 22), "The previous day", "2024-03-18", None),
        ("The bank said on Monday it would cut 5,000 jobs. The next day its shares fell 8 percent.", D(2024, 5, 9), "The next day", "2024-05-07", None),
        ("The plant was shut in 2011 after the tsunami. That year, Japan idled all its reactors.", D(2024, 5, 9), "That year", "2011", None),
        ("The dam burst on Sunday night. By the next morning, the water had reached the town.", D(2024, 3, 20), "the next morning", "2024-03-18TMO", None),
        ("The talks could take a few days.", D(2024, 3, 20), "a few days", "PXD", None),
        ("Prices have climbed over the past few weeks.", D(2024, 3, 20), "the past few weeks", "PXW", None),
        ("The plant will close within the next few months.", D(2024, 3, 20), "the next few months", "PXM", None),
        ("Rescuers searched for hours.", D(2024, 3, 20), "hours", "PTXH", None),
        ("The hostages were held for about three years.", D(2024, 3, 20), "about three years", "P3Y", "APPROX"),
        ("The hostages were held for nearly two weeks.", D(2024, 3, 20), "nearly two weeks", "P2W", "LESS_THAN"),
        ("The hostages were held for at least five months.", D(2024, 3, 20), "at least five months", "P5M", "EQUAL_OR_MORE"),
        ("The hearing resumes in about an hour.", D(2024, 5, 9), "about an hour", "PT1H", "APPROX"),
        ("The fighting stopped roughly a month ago.", D(2024, 3, 20), "roughly a month ago", "2024-02", "APPROX"),
        ("The meeting began at around 10 a.m.", D(2024, 3, 20), "around 10 a.m.", "2024-03-20T10:00", "APPROX"),
        ("Sales slumped late last year.", D(2024, 3, 20), "late last year", "2023", "END"),
        ("The vote is due in mid-June.", D(2024, 3, 20), "mid-June", "2024-06", "MID"),
        ("Inflation peaked in the middle of last year.", D(2024, 4, 20), "the middle of last year", "2023", "MID"),
        ("The minister resigned in late 2022.", D(2024, 5, 9), "late 2022", "2022", "END"),
    ],
)
def test_news_anchor_and_hedge(text, dct, span, value, mod):
    got = [t for t in tag_timexes(text, dct) if t.text == span]
    assert got, [(t.text, t.value) for t in tag_timexes(text, dct)]
    assert (got[0].value, got[0].mod) == (value, mod)


@pytest.mark.parametrize(
    "text,dct,value",
    [
        # a base form after "to" or a modal is no past cue ("expected to hit")
        ("The storm is expected to hit the coast Wednesday night.", D(2013, 5, 7), "2013-05-08TNI"),
        # nor a participle after a present "be": "is held" is no past
        ("The race is held on Saturday.", D(2013, 3, 21), "2013-03-23"),
        # a timetabled event in the simple present is to come
        ("The Sochi Winter Olympics begin on Friday.", D(2014, 2, 3), "2014-02-07"),
        ("The series resumes on Saturday night in St. Louis.", D(2013, 11, 4), "2013-11-09TNI"),
        ("The court's new term begins in October.", D(2013, 5, 7), "2013-10"),
        # ... but not an infinitive: "had been scheduled to expire" looks back
        ("The offer had been scheduled to expire Friday.", D(1989, 10, 30), "1989-10-27"),
        # "expects" looks ahead
        ("Shares fell after the company said it expects revenue to decline in the second quarter.",
         D(2013, 3, 22), "2013-Q2"),
        # a clock time with a city's time before its day takes that day
        ("The euro rose to $1.3380 at 5 p.m. New York time on Monday.", D(2013, 1, 15), "2013-01-14T17:00"),
        # a season in a future clause is the coming one
        ("The company will open the plant in the summer.", D(2013, 11, 4), "2014-SU"),
    ],
)
def test_news_tense_cues(text, dct, value):
    got = [t for t in tag_timexes(text, dct) if t.value and t.value[:4].isdigit()]
    assert got[0].value == value, [(t.text, t.value) for t in got]


@pytest.mark.parametrize(
    "text,dct,value",
    [
        # results are those of a quarter that has ended: "fourth-quarter results" in January
        ("The company will report fourth-quarter results on Jan. 30.", D(2013, 1, 15), "2012-Q4"),
        ("The bank will release results for the fourth quarter next week.", D(2013, 4, 20), "2012-Q4"),
        # ... not a plan for a quarter to come, nor a forecast far from the last report
        ("The company expects to close the deal in the fourth quarter.", D(2013, 1, 15), "2013-Q4"),
        ("Analysts expect third-quarter earnings to improve.", D(2013, 2, 15), "2013-Q3"),
    ],
)
def test_reported_quarter(text, dct, value):
    got = [t for t in tag_timexes(text, dct) if "Q" in (t.value or "")]
    assert got[0].value == value, [(t.text, t.value) for t in got]


@pytest.mark.parametrize(
    "text,dct,expression,value",
    [
        # the subject of a past verb happened: "The bombing on Monday killed ..."
        ("The bombing on Monday killed at least 50 people.", D(2013, 3, 22), "Monday", "2013-03-18"),
        # an event noun in a future clause is to come
        ("Sharif's party is expected to win Saturday's election.", D(2013, 5, 7), "Saturday", "2013-05-11"),
        # a timetabled simple present, "is due"
        ("The president leaves for Asia on Sunday.", D(2013, 11, 4), "Sunday", "2013-11-10"),
        ("The jobs report is due out Friday.", D(2013, 11, 4), "Friday", "2013-11-08"),
        # a noun whose clause gives it no tense of its own (a passive subject, a noun under
        # "out of") takes the sentence's tense like the regex path, not the nearest day
        ("The attack on Monday was condemned by the United Nations.", D(2025, 3, 28), "Monday", "2025-03-24"),
        ("The rebels pulled out of negotiations over the weekend, officials said.", D(2008, 9, 17),
         "the weekend", "2008-W37-WE"),
        ("The summit on Monday will be held in Paris.", D(2025, 3, 28), "Monday", "2025-03-31"),
    ],
)
def test_doc_tense_of_news_events(text, dct, expression, value):
    pytest.importorskip("spacy")
    nlp = get_nlp()
    got = {t.text: t.value for t in tag_timexes(text, dct, nlp(text))}
    assert got[expression] == value


_NEWS_NARRATIVE_ROUND2 = [
        # a date after "since" starts a span reaching now: the story does not move there
        ("Stocks rose on Friday, the best first half since 1998. The S&P 500 has gained 12.6 percent "
         "in the first six months of the year.", D(2013, 6, 28), "the year", "2013"),
        # a day counts from the last day told, not from a year
        ("The jet crashed on Saturday. It was the first fatal accident since the model entered service "
         "in 1995. The airline's chief flew to San Francisco the next day.", D(2013, 7, 8), "the next day", "2013-07-07"),
        # "12 years ago" in a story that names a quarter is a year back, not that quarter
        ("A power outage stopped play early in the third quarter. The Ravens last won the title 12 years ago.",
         D(2013, 2, 4), "12 years ago", "2001"),
        # a negated participle is no past verb ("unchanged")
        ("Analysts expect the bank to leave rates unchanged at its next meeting on Thursday.",
         D(2013, 8, 5), "Thursday", "2013-08-08"),
        # "want to" in a reported clause looks ahead
        ("The Times reported last week that some officials want to slow purchases by the fall.",
         D(2013, 5, 10), "the fall", "2013-FA"),
]


@pytest.mark.parametrize(
    "text,dct,expression,value",
    [
        # the occasion ("in an interview", "at a news conference") of a past verb is past
        ("\"I'm willing to sacrifice all of that,\" he told the newspaper in an interview on Thursday.",
         D(2013, 6, 10), "Thursday", "2013-06-06"),
        ("The minister said at a news conference on Thursday that talks would continue.",
         D(2013, 6, 10), "Thursday", "2013-06-06"),
    ],
)
def test_doc_tense_occasion_of_past_verb(text, dct, expression, value):
    pytest.importorskip("spacy")
    nlp = get_nlp()
    got = {t.text: t.value for t in tag_timexes(text, dct, nlp(text))}
    assert got[expression] == value, got


def test_modal_with_a_scheduling_verb_points_forward_past_a_reporting_verb():
    import datetime as _dt

    from chronicle.time import tag_timexes

    d = _dt.date(2013, 3, 22)  # a Friday
    got = tag_timexes("Lawmakers said the vote could come as early as Saturday night.", d)
    assert [(t.text, t.value) for t in got] == [("Saturday night", "2013-03-23TNI")]
    got = tag_timexes("He said he could not reach them on Monday.", d)
    assert [t.value for t in got] == ["2013-03-18"]  # "could not" + another verb: no future cue
    # a forecast shutdown, even after a present-tense main clause
    got = tag_timexes("Obama weighs the trip because the government could shut down on Tuesday.", _dt.date(2013, 9, 27))
    assert [t.value for t in got] == ["2013-10-01"]


@pytest.mark.parametrize(
    "text,dct,value",
    [
        # a run through a weekday told in the present reaches ahead (was the Friday just past)
        ("Cook told the developers conference, which runs through Friday, that sales rose.", D(2013, 6, 10), "2013-06-14"),
        ("The exhibition lasts until Sunday.", D(2013, 6, 12), "2013-06-16"),
        ("The festival ran through Sunday.", D(2013, 6, 12), "2013-06-09"),
    ],
)
def test_run_through_a_day_points_forward(text, dct, value):
    assert one(text, dct).value == value


@pytest.mark.parametrize(
    "text,dct,value",
    [
        # the nth weekday of a month is dated like a holiday; a fifth one may not exist
        ("The race is on the fifth Saturday of March 2013.", D(2013, 4, 15), "2013-03-30"),
        ("Elections fall on the last Monday of February 2016.", D(2013, 4, 15), "2016-02-29"),
        ("The meeting is on the fifth Friday of February 2013.", D(2013, 4, 15), None),
    ],
)
def test_nth_weekday_of_month(text, dct, value):
    assert one(text, dct).value == value


# ----------------------------------------------------------------------------- eighth unseen-news pass

@pytest.fixture(scope="module")
def parser():
    pytest.importorskip("spacy")
    return get_nlp()


_EIGHTH_PASS_TENSE = [
        # "would" + a base verb is the future of reported speech
        ("Forecasters said temperatures would drop sharply on Thursday.", D(2013, 7, 8), "Thursday", "2013-07-11"),
        ("The campaign said the president would visit Ohio on Thursday.", D(2012, 10, 29), "Thursday", "2012-11-01"),
        ("Forecasters said the front would move offshore late Thursday.", D(2013, 1, 30), "late Thursday", "2013-01-31"),
        # ... but not for a possessive day, whose event is the one spoken of
        ("His relatives said they would look for ways to get around Wednesday's ruling.", D(2000, 1, 7), "Wednesday", "2000-01-05"),
        # a past verb right before the date (not a plan)
        ("The Iowa caucuses were held Jan. 3.", D(2012, 10, 29), "Jan. 3", "2012-01-03"),
        ("He died Jan. 3 at his home.", D(2012, 10, 29), "Jan. 3", "2012-01-03"),
        ("The vote was scheduled Jan. 3.", D(2012, 10, 29), "Jan. 3", "2013-01-03"),
        ("The caucuses will be held Jan. 3.", D(2012, 10, 29), "Jan. 3", "2013-01-03"),
        # timetabled simple presents: closes, wraps up, goes on sale, airs
        ("The exhibition closes on Sunday.", D(2013, 3, 27), "Sunday", "2013-03-31"),
        ("The festival wraps up Sunday with the awards ceremony.", D(2013, 5, 20), "Sunday", "2013-05-26"),
        ("Tickets go on sale at 10 a.m. Saturday.", D(2013, 5, 20), "10 a.m. Saturday", "2013-05-25T10:00"),
        ("The show airs Sunday.", D(2013, 5, 22), "Sunday", "2013-05-26"),
]


@pytest.mark.parametrize(
    "text,dct,expression,value",
    [
        ("Forecasters said temperatures would drop sharply on Thursday.", D(2013, 7, 8), "Thursday", "2013-07-11"),
        ("His relatives said they would look for ways to get around Wednesday's ruling.", D(2000, 1, 7), "Wednesday", "2000-01-05"),
        ("Early voting ends Saturday in Ohio.", D(2012, 10, 29), "Saturday", "2012-11-03"),
        ("The exhibition closes on Sunday.", D(2013, 3, 27), "Sunday", "2013-03-31"),
        ("Tickets go on sale at 10 a.m. Saturday.", D(2013, 5, 20), "10 a.m. Saturday", "2013-05-25T10:00"),
    ],
)
def test_eighth_pass_tense_from_the_parse(text, dct, expression, value, parser):
    got = {t.text: t.value for t in tag_timexes(text, dct, parser(text))}
    assert got[expression] == value, got


_EIGHTH_PASS_ANCHORS = [
        # the period a figure is compared with is no narrative anchor
        ("Net income was $18 million, compared with $15 million in the first quarter of 2012. "
         "\"We had a strong start to the year,\" the CEO said.", D(2013, 5, 1), "the year", "2013"),
        # a sentence opened by a year frames its season
        ("Back in 1990, negotiators spent much of the summer at Andrews Air Force Base.", D(2012, 11, 8), "the summer", "1990-SU"),
        # the month the report is about, not that of the day it was published
        ("Exports rose in February, customs said Saturday. The surplus was $15 billion for the month.",
         D(2013, 3, 10), "the month", "2013-02"),
]


# ----------------------------------------------------------------------------- ninth pass (TE3-style articles)

_NINTH_PASS = [
        # a participle after "stay" / "remain" is an adjective: the modal before them decides
        ("Banks will stay closed Monday, a public holiday in Cyprus.", D(2013, 3, 16), "Monday", "2013-03-18"),
        ("Schools remained closed Monday.", D(2013, 3, 16), "Monday", "2013-03-11"),
        # "until at least" is a deadline too
        ("PKP said the line would remain closed until at least Thursday.", D(2013, 3, 5), "Thursday", "2013-03-07"),
        # an irregular simple past right before its date: not to come
        ("Baghdad fell on April 9.", D(2013, 3, 19), "April 9", "2012-04-09"),
        ("The committee met on April 9 to discuss the plan.", D(2013, 3, 19), "April 9", "2012-04-09"),
        ("The committee will meet on April 9.", D(2013, 3, 19), "April 9", "2013-04-09"),
        # ... and told right after a day of another year, it is of that year
        ("On March 20, 2003, U.S. warplanes struck Baghdad, and ground forces crossed into Iraq within hours. "
         "Baghdad fell on April 9.", D(2013, 3, 19), "April 9", "2003-04-09"),
        # a plan, even of nothing
        ("Officials planned no formal ceremony to mark the anniversary on Wednesday.", D(2013, 3, 19), "Wednesday", "2013-03-20"),
        ("The first round was held in April 2012. Runoffs, scheduled for April 20, would be postponed.",
         D(2013, 3, 19), "April 20", "2013-04-20"),
        # ... only for its own date
        ("The Heat beat the Pacers 103-102 in overtime on Wednesday night to open the finals, with Game 4 "
         "scheduled for Tuesday.", D(2013, 5, 26), "Tuesday", "2013-05-28"),
        ("The Heat beat the Pacers 103-102 in overtime on Wednesday night to open the finals, with Game 4 "
         "scheduled for Tuesday.", D(2013, 5, 26), "Wednesday night", "2013-05-22TNI"),
        # a sentence opened by "Last year," frames its bare dates
        ("Last year, by contrast, the UK had its warmest March in more than 50 years, with 23.6C in "
         "Aberdeenshire on 27 March.", D(2013, 3, 23), "27 March", "2012-03-27"),
        ("Next year, the summit moves to Brazil in June.", D(2013, 3, 23), "June", "2014-06"),
        # a hyphenated participle is an adjective, no past verb
        ("The Eagles will play third-seeded Florida in Arlington, Texas, on Friday.", D(2013, 3, 25), "Friday", "2013-03-29"),
        # a clock time is of the day the event was told on, not of the day it was reported on
        ("A train collided with a freight train late Monday, officials said on Tuesday. The train struck at "
         "about 10:40 p.m., derailing two carriages.", D(2013, 3, 5), "about 10:40 p.m.", "2013-03-04T22:40"),
        # ... even past a month of another year named after it in the day's sentence (34th pass)
        ("The panda gave birth late Friday, a year after a cub born to her last September died, the zoo "
         "said Saturday.\n\nKeepers heard the cub squeal at 5:32 pm.", D(2013, 8, 24), "5:32 pm", "2013-08-23T17:32"),
]


@pytest.mark.parametrize(
    "text,dct,expression,value",
    [
        ("Banks will stay closed Monday, a public holiday in Cyprus.", D(2013, 3, 16), "Monday", "2013-03-18"),
        ("Baghdad fell on April 9.", D(2013, 3, 19), "April 9", "2012-04-09"),
    ],
)
def test_ninth_pass_from_the_parse(text, dct, expression, value, parser):
    got = {t.text: t.value for t in tag_timexes(text, dct, parser(text))}
    assert got[expression] == value, got


_TENTH_PASS = [
        # a coordinated weekday follows the first one's direction and week
        ("The Federal Reserve's policy committee meets next Tuesday and Wednesday.", D(2013, 3, 13),
         "Wednesday", "2013-03-20"),
        ("Stores will be closed next Saturday, Sunday and Monday.", D(2013, 3, 20), "Monday", "2013-03-25"),
        # a weekday of its own is not coordinated: "said Monday that he would leave Tuesday"
        ("He said Monday that he would leave Tuesday.", D(2013, 3, 20), "Tuesday", "2013-03-26"),
]


def test_tenth_pass_backward_weekday_list_is_not_coordinated():
    got = {t.text: t.value for t in tag_timexes(
        "Following are statements made Friday and Thursday by the lawyers.", D(1998, 2, 6))}
    assert got["Thursday"] == "1998-02-05", got


_TWELFTH_PASS = [
        # a participle after "to be" looks ahead even where "expected to" took the "to"
        ("He is expected to be proclaimed president-elect by the CNE this afternoon and sworn in on Friday for a six-year term.",
         D(2013, 4, 15), "Friday", "2013-04-19"),
        # "could" with a verb of forecast change looks ahead, nearer than the reporting "warned"
        ("Some strategists warned that the rally could stall in the second quarter as companies report slower profit growth.",
         D(2013, 3, 5), "the second quarter", "2013-Q2"),
        # a month premodifying a noun after a possessive is the nearest one, whatever the tense
        ("Investors will watch for the Labor Department's February jobs report, due Friday.", D(2013, 3, 5),
         "February", "2013-02"),
        # a holiday named by a weekday is the holiday
        ("Francis is expected to celebrate the Mass of Holy Thursday in a Rome juvenile prison.", D(2013, 3, 19),
         "Holy Thursday", "2013-03-28"),
        # a bare midnight told in the past began the article's day
        ("The National Electoral Council said shortly before midnight that Maduro had won.", D(2013, 4, 15),
         "midnight", "2013-04-14T24:00"),
]


_FOURTEENTH_PASS = [
        # a day inside a participle clause closed by a comma is no day for a later bare clock time
        ("The minister opened the bridge on Friday. The engineer, hired last Monday as the project's head, "
         "cut the ribbon before the parade began at 11 a.m.", D(2014, 6, 13), "11 a.m.", "2014-06-13T11:00"),
        # ... nor one inside a relative clause
        ("The minister opened the bridge on Friday. The mayor, who met the builders on Tuesday and praised "
         "them, was absent. The crowd gathered at 10 a.m.", D(2014, 6, 13), "10 a.m.", "2014-06-13T10:00"),
        ("Shares rose on Friday. The cuts that took effect on Monday weighed little. The bell rang at 4 p.m.",
         D(2014, 6, 13), "4 p.m.", "2014-06-13T16:00"),
        # a participle that is the main verb after an apposition keeps its day
        ("The ship sailed on Friday. Its captain, 61, retired on Wednesday after the crossing and left at 9 a.m.",
         D(2014, 6, 13), "9 a.m.", "2014-06-11T09:00"),
        # a day of another era named in an earlier paragraph is no day for a clock time
        ("The index hit its low on May 4, 2009, when banks failed.\n\nTraders cheered as the bell rang at 4 p.m.",
         D(2014, 6, 13), "4 p.m.", "2014-06-13T16:00"),
        # a weekday with no tense of its own, in a sentence that dated a weekday in the past, is past
        ("Police detained three men on Thursday, a day after the fire at a warehouse there on Sunday.",
         D(2014, 6, 13), "Sunday", "2014-06-08"),
]


_SIXTEENTH_PASS = [
        # a day after "on" in a clause whose verb is a simple past is past (was the coming August)
        ("Inspectors searched the warehouse on Sept. 20, and the owner quit.", D(2014, 6, 13), "Sept. 20", "2013-09-20"),
        ("Troops entered the town on the night of Oct. 2, officials said.", D(2014, 6, 13), "the night of Oct. 2",
         "2013-10-02TNI"),
        # ... but not after a reporting verb or with a plan
        ("The council is expected to vote on Sept. 20.", D(2014, 6, 13), "Sept. 20", "2014-09-20"),
        # a holiday in a sentence that named its year earlier is in that year
        ("She moved back in 2009, opening her shop on Christmas Eve.", D(2014, 6, 13), "Christmas Eve", "2009-12-24"),
        ("In 2010, the team played on Thanksgiving.", D(2014, 6, 13), "Thanksgiving", "2010-11-25"),
        # "a year earlier" after "the quarter ended <day>" is that quarter a year before
        ("The firm earned $5 million in the quarter ended June 30, up from $3 million a year earlier.",
         D(2014, 7, 24), "a year earlier", "2013-Q2"),
        # ... but a year before an ordinary day is a year
        ("The plant opened on June 30, 2010. A year earlier, the site was empty.", D(2014, 7, 24), "A year earlier",
         "2009"),
        # a later month joined by "and" to a month before it, with no tense of its own, is in its year
        ("The two ministers are likely to meet again at the trade talks held in Geneva, Switzerland, in September "
         "and at the regional forum in Bali in October.", D(2013, 5, 21), "October", "2013-10"),
        ("Sales fell in January and rose in March.", D(2013, 5, 21), "March", "2013-03"),
]


_SEVENTEENTH_PASS = [
        # "would not" + a verb is the future of reported speech, like "would" + a verb ...
        ("The mayor said buses would not run again before Thursday.", D(2014, 6, 10), "Thursday", "2014-06-12"),
        ("The mayor said the buses would not return to service on Thursday.", D(2014, 6, 10), "Thursday", "2014-06-12"),
        # ... but a refusal to speak is told on its day
        ("The spokesman would not say Monday whether talks had failed.", D(2014, 6, 10), "Monday", "2014-06-09"),
        # a participle after "would be" looks ahead
        ("Officials said the bridge would be reopened on Friday.", D(2014, 6, 10), "Friday", "2014-06-13"),
        # a past expectation of a thing to come
        ("The company said it expected a decision by Friday.", D(2014, 6, 10), "Friday", "2014-06-13"),
        ("Analysts had expected a loss on Monday.", D(2014, 6, 10), "Monday", "2014-06-09"),
        # the day a thing was called off for
        ("Dozens of games had been canceled for Saturday.", D(2014, 6, 12), "Saturday", "2014-06-14"),
        # an -ed adjective in the object of "would" + verb is no past verb
        ("The airline said it would offer reduced fares on Sunday.", D(2014, 6, 12), "Sunday", "2014-06-15"),
        # a clock time of a past event is not after the article date
        ("The ferries will stay in port through Saturday.\n\nThe last ferry left the harbor at 3 p.m.",
         D(2014, 6, 12), "3 p.m.", "2014-06-12T15:00"),
        # a clock time in a reporting clause after the day of what was said is the article date
        ("The patients fell ill between Friday and Sunday, the ministry said in a statement at 10 a.m.",
         D(2014, 6, 10), "10 a.m.", "2014-06-10T10:00"),
        # ... but a clock time told on the day named, with no reporting verb between, keeps that day
        ("The fire broke out on Sunday and burned until 10 a.m.", D(2014, 6, 10), "10 a.m.", "2014-06-08T10:00"),
]


_EIGHTEENTH_PASS = [
        # a comma inside a number ("4,500") is no clause edge: the past perfect before it dates the day
        ("She said the staff in Lebanon had registered 4,500 refugees between 8 a.m. and noon on Wednesday alone, "
         "and that its offices would stay open from next week.", D(2013, 7, 18), "noon on Wednesday",
         "2013-07-17T12:00"),
        # the first clock time of a range takes the day the second one names
        ("Staff had registered 4,500 refugees between 8 a.m. and noon on Wednesday.", D(2013, 7, 18), "8 a.m.",
         "2013-07-17T08:00"),
        ("The polls will be open from 9 a.m. to 5 p.m. on Tuesday.", D(2013, 7, 18), "9 a.m.", "2013-07-23T09:00"),
        # ... but not two clock times of two clauses
        ("The shop opened at 9 a.m. and closed at noon on Wednesday.", D(2013, 7, 18), "9 a.m.", "2013-07-18T09:00"),
        # an irregular simple past after "that" is a relative clause's verb, a past cue for a clock time
        ("Orders can be placed starting Friday.\n\nShe showed off the phones at a long event at the company's "
         "headquarters that began at 10 a.m.", D(2013, 9, 10), "10 a.m.", "2013-09-10T10:00"),
]


@pytest.mark.parametrize(
    "text,dct,expression,value",
    [
        # an irregular simple past after a month between commas narrates it: last April
        ("The company has launched two rockets. The first, in April, broke apart after lift-off.",
         D(2013, 1, 26), "April", "2012-04"),
        # a later day joined by "and ... on" to a coming day, with no tense of its own, is in its year
        ("The party will hold a rally on March 2 and a march through the capital on Aug. 3.",
         D(2013, 1, 26), "Aug. 3", "2013-08-03"),
        # a date right after "due" is to come
        ("Unions want the board to cancel a fare increase due on 1 September.", D(2013, 3, 11), "1 September",
         "2013-09-01"),
        # "expected" + a quantified object looks ahead
        ("Officials said Tuesday they expected no decision before the fall.", D(2013, 8, 15), "the fall", "2013-FA"),
        # the day a report came out is no narrative anchor after a date of the same sentence
        ("Sales rose 4 percent in 2012, the agency said on Friday. They were flat a year earlier.",
         D(2013, 12, 13), "a year earlier", "2011"),
        ("The court will rule on 12 June, the clerk confirmed on Monday, with sentencing the following Friday.",
         D(2013, 6, 3), "the following Friday", "2013-06-14"),
        # a local clock time with its GMT and day in brackets: the local day by the zone offset
        ("The agency issued the statement at 7:30 am (2230 GMT Tuesday).", D(2013, 3, 6), "7:30 am",
         "2013-03-06T07:30"),
        # a part of the day alone after "in" is on the day the story is at
        ("Protesters marched on Sunday. In the afternoon, police closed the square.", D(2013, 3, 6),
         "the afternoon", "2013-03-03TAF"),
    ],
)
def test_nineteenth_pass(text, dct, expression, value):
    got = {t.text: t.value for t in tag_timexes(text, dct)}
    assert got.get(expression) == value, got


@pytest.mark.parametrize(
    "text,dct,expression,value",
    [
        # a fixture told in the present: "host(s)" looks ahead, past a parenthetical past verb
        ("Leeds, relegated two years after they won the cup, host Derby on Saturday.", D(2013, 8, 16),
         "Saturday", "2013-08-17"),
        # a verb phrase joined by "and" + modal is no tense for the day before it
        ("The mayor toured the flooded streets on Sunday and will visit the shelters on Tuesday.", D(2013, 9, 17),
         "Sunday", "2013-09-15"),
        # the verb of a "that" clause after the day is not the day's tense
        ("Analysts expect the ministry to announce on Thursday that exports fell in August.", D(2013, 9, 17),
         "Thursday", "2013-09-19"),
        # "could" + a forecast verb looks ahead
        ("Showers could linger into the weekend, forecasters said.", D(2013, 9, 17), "the weekend", "2013-W38-WE"),
        # a deadline set by a directive is to come
        ("Police told the protesters to clear the square by noon Friday.", D(2013, 9, 17), "noon Friday",
         "2013-09-20T12:00"),
        # a projected quantity for a day's event is to come, whatever past verb reports it
        ("No one won Friday's drawing, pushing the jackpot to an estimated $400 million for Tuesday's drawing, "
         "officials said Saturday.", D(2013, 10, 19), "Tuesday", "2013-10-22"),
        # "was to" + a verb is a plan, to come
        ("The minister was to meet union leaders on Friday.", D(2013, 9, 17), "Friday", "2013-09-20"),
        # a clock time opening its sentence, with a past (passive) verb after it, is no later than the DCT
        ("The storm should reach the coast by late Thursday.\n\nAt 8 a.m., the center was located 200 miles "
         "offshore. A warning was posted at 10 a.m.", D(2013, 9, 17), "8 a.m.", "2013-09-17T08:00"),
        ("The storm should reach the coast by late Thursday.\n\nA warning was posted at 10 a.m. for the coast.",
         D(2013, 9, 17), "10 a.m.", "2013-09-17T10:00"),
        # a month compared with the month just named in its sentence is the nearest such month
        ("Exports hit their highest since March 2009. They rose to 40 billion in July, up from 38 billion in March.",
         D(2013, 8, 20), "March", "2013-03"),
        # a clause opened by ", and last year" frames its bare months
        ("He lost in 2010, and last year a federal grand jury spent several months reviewing his business dealings "
         "before clearing him in December.",
         D(2013, 11, 3), "December", "2012-12"),
        # a month in a relative clause is no story moment for a later bare clock time
        ("United begin their season on Saturday against Everton, whose manager left in May.\n\n"
         "Kick-off is at 3 pm.",
         D(2013, 8, 16), "3 pm", "2013-08-17T15:00"),
    ],
)
def test_twentieth_pass(text, dct, expression, value):
    got = {t.text: t.value for t in tag_timexes(text, dct)}
    assert got.get(expression) == value, got


@pytest.mark.parametrize(
    "text,dct,expression,value",
    [
        # a year a figure is compared with ("than last year") does not frame a later holiday
        ("Stores opened at 8 p.m. Thursday, earlier than last year, and shoppers said the deals on Black Friday "
         "were thin.", D(2013, 12, 2), "Black Friday", "2013-11-29"),
        # "compared with" is a preposition, no past verb
        ("Shoppers have 26 days between Thanksgiving and Christmas, compared with 32 days in 2012.",
         D(2013, 12, 2), "Christmas", "2013-12-25"),
        # "for" inside the quantity's noun phrase still makes a rate
        ("The agency received about 70,000 requests for tax-exempt status a year from 2009 to 2012, up from "
         "about 50,000 a decade ago.",
         D(2013, 6, 4), "a year", "SET P1Y"),
        # the month a statistic is for has begun, whatever the clause's tense
        ("The government will release retail sales figures for November on Dec. 12.", D(2013, 12, 2),
         "November", "2013-11"),
        # a weekday with no tense of its own after a future weekday of its sentence looks ahead too
        ("Xi will arrive in Jakarta on Wednesday and address the Indonesian parliament on Thursday morning, "
         "Vice Foreign Minister Liu Zhenmin told a news briefing.", D(2013, 9, 27), "Thursday morning",
         "2013-10-03TMO"),
        # "could shut down" is a forecast
        ("Obama weighs the trip as the government could shut down on Tuesday.", D(2013, 9, 27), "Tuesday",
         "2013-10-01"),
    ],
)
def test_twenty_first_pass(text, dct, expression, value):
    # "TYPE VALUE" checks the type too
    got = {t.text: (f"{t.type} {t.value}" if " " in value else t.value) for t in tag_timexes(text, dct)}
    assert got.get(expression) == value, got


_TWENTY_THIRD_PASS = [
        # "should" with a verb looks ahead, nearer than the reporting "said"
        ("A cold front should bring thunderstorms on Saturday and cooler air by Sunday night, the weather service said.",
         D(2013, 7, 16), "Saturday", "2013-07-20"),
        ("A cold front should bring thunderstorms on Saturday and cooler air by Sunday night, the weather service said.",
         D(2013, 7, 16), "Sunday night", "2013-07-21TNI"),
        # ... but "should have" looks back
        ("He said the bank should have acted on Monday.", D(2013, 7, 16), "Monday", "2013-07-15"),
        # a weather outlook's "likely" before a span looks ahead
        ("Forecasters said Tuesday, with temperatures near 100 degrees likely through the weekend.",
         D(2013, 7, 16), "the weekend", "2013-W29-WE"),
]


def test_unknown_day_of_a_month_keeps_the_month_interval():
    # "the next day" after a month of the story is "2011-10-XX"; its interval is that month
    tx = [t for t in tag_timexes("In October 2011, an inmate walked away and was caught the next day.",
                                 dt.date(2013, 7, 22)) if t.text == "the next day"]
    assert [(t.value, t.interval_start, t.interval_end) for t in tx] == [
        ("2011-10-XX", dt.date(2011, 10, 1), dt.date(2011, 10, 31))]


_THIRTIETH_PASS = [
        # a past state lived through up to the date looks back ("kept ... closed until Friday" does not)
        ("The intrusion began in late April and went unnoticed until mid-June.", D(2013, 7, 10), "mid-June", "2013-06"),
        ("The miners' strike lasted until Friday.", D(2013, 7, 10), "Friday", "2013-07-05"),
        ("The government kept all markets closed until Friday.", D(2008, 9, 18), "Friday", "2008-09-19"),
        # a negated past state before "until" looks back; an expectation does not
        ("Forms for some deductions were not ready until early March.", D(2013, 4, 12), "early March", "2013-03"),
        ("The body was not found until Tuesday.", D(2013, 4, 12), "Tuesday", "2013-04-09"),
        ("The report was not expected until Tuesday.", D(2013, 4, 12), "Tuesday", "2013-04-16"),
        # the end of a range is the first such day or month at or after its start
        ("Shoppers who used a card between April 24 and June 21 should check their statements.",
         D(2013, 7, 10), "June 21", "2013-06-21"),
        ("The exhibition will run from November to February.", D(2013, 7, 10), "February", "2014-02"),
        # "could" in what someone hopes is to come
        ("The coach said he hoped Varga could make his debut on Sunday against Barcelona.",
         D(2013, 8, 29), "Sunday", "2013-09-01"),
        # a later bare month joined by "and" to a day takes the day's year
        ("Christie's will hold a sale in London on June 25, and return to New York in November.",
         D(2013, 5, 18), "November", "2013-11"),
        # a month named again after a date years ahead (a plan) is not of that year
        ("The Games would open on July 24, 2020. Tokyo is seen as the favourite after a strong showing at a briefing "
         "in early July.", D(2013, 9, 2), "early July", "2013-07"),
        # ... but after a date of the coming year it is
        ("The summit will open on March 3, 2014. Delegates will meet again in late March.", D(2013, 9, 2),
         "late March", "2014-03"),
]


_THIRTY_FIFTH_PASS = [
        # a count of days after a year named in passing counts from the last day the story told
        ("The thieves broke in at about 3 a.m. on Oct. 16. Among the works was a Monet painted in 1901. "
         "Detectives two days later arrested a man. The following evening, police detained a second suspect.",
         D(2013, 11, 14), "two days later", "2013-10-18"),
        ("The thieves broke in at about 3 a.m. on Oct. 16. Among the works was a Monet painted in 1901. "
         "Detectives two days later arrested a man. The following evening, police detained a second suspect.",
         D(2013, 11, 14), "The following evening", "2013-10-19TEV"),
        # a base form coordinated with an infinitive is no past ("to move ... and hit")
        ("The typhoon made landfall at about 3:00 am (1900 GMT Sunday). It was expected to move across the "
         "South China Sea overnight and hit Guangdong by late Tuesday.", D(2013, 8, 12), "late Tuesday", "2013-08-13"),
        ("The storm moved inland and hit the coast on Tuesday.", D(2013, 8, 12), "Tuesday", "2013-08-06"),
]


_FORTY_FIRST_PASS = [
        # a count of weeks after a season named in passing counts from the last day the story told
        ("Stores had sold 60 percent of their stock by Saturday, after the coldest spring in a decade. "
         "Sales were up from 48 percent two weeks earlier.", D(2013, 10, 7), "two weeks earlier", "2013-W38"),
        # a forecast of a level after a past reporting verb is to come ...
        ("Traders said on Monday that prices could rise further over the winter.", D(2013, 11, 4),
         "the winter", "2013-WI"),
        ("The agency said sales could drop in the fourth quarter.", D(2013, 8, 5), "the fourth quarter", "2013-Q4"),
        # ... a level that fell is past
        ("Prices fell over the winter.", D(2013, 11, 4), "the winter", "2012-WI"),
]


# the tables above share one check: the expression tagged in the text has the value
@pytest.mark.parametrize("text,dct,expression,value", [
    case for table in (_NEWS_NARRATIVE_ROUND2,
                       _EIGHTH_PASS_TENSE,
                       _EIGHTH_PASS_ANCHORS,
                       _NINTH_PASS,
                       _TENTH_PASS,
                       _TWELFTH_PASS,
                       _FOURTEENTH_PASS,
                       _SIXTEENTH_PASS,
                       _SEVENTEENTH_PASS,
                       _EIGHTEENTH_PASS,
                       _TWENTY_THIRD_PASS,
                       _THIRTIETH_PASS,
                       _THIRTY_FIFTH_PASS,
                       _FORTY_FIRST_PASS)
    for case in table])
def test_expression_value(text, dct, expression, value):
    got = {t.text: t.value for t in tag_timexes(text, dct)}
    assert got[expression] == value, got


# "just after midnight" of a night that began on day D: TimeML's value is D's T24:00 (kept, as
# in the TimeBank and own golds), and its interval is the instant's day, D + 1 -- across a year's
# end and a leap day too.
@pytest.mark.parametrize(
    "text,dct,value,day",
    [
        ("Gunmen stormed the hotel on Tuesday. Shortly after midnight, troops cleared the lobby.",
         D(2025, 6, 13), "2025-06-10T24:00", D(2025, 6, 11)),
        ("The fireworks began on December 31. Just after midnight, the square emptied.",
         D(2026, 1, 2), "2025-12-31T24:00", D(2026, 1, 1)),
        ("The storm hit the coast on February 28. Shortly after midnight, the levee broke.",
         D(2024, 3, 2), "2024-02-28T24:00", D(2024, 2, 29)),
    ],
)
def test_midnight_interval_is_next_day(text, dct, value, day):
    got = [t for t in tag_timexes(text, dct, get_nlp()(text)) if "midnight" in t.text]
    assert [t.value for t in got] == [value]
    assert (got[0].interval_start, got[0].interval_end) == (day, day)
