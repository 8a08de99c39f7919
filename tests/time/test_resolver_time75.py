"""Resolver round time75: a forward count of days told in the simple past ("was found two days
later", "the following day") that would land after the article date counts from the story's last
day on or before it (the last clock-timed day first, then the last anchor day), not from a coming
day the text named in between. Each case with the parse and with the regex cue alone."""
import pytest

from _tagged import parsed_values as _values


@pytest.mark.parametrize("parse", [True, False])
@pytest.mark.parametrize("text,dct,expr,value", [
    # a court date ahead sits between the break-in and the count: the count runs from the break-in
    ("Burglars forced a side window of the village library at 23:40 on 2 June and took three laptops. "
     "The two men were detained in Hull on Tuesday and charged on Wednesday evening. They will appear "
     "before magistrates at 09:30 on Monday. A van seen near the library was found abandoned in a quarry "
     "two days later.", "2013-06-14", "two days later", "2013-06-04"),
    # no clock time: the last anchor day before the article date
    ("Fire broke out at the timber mill on Tuesday. Inspectors will visit the site next Wednesday. "
     "The roof collapsed three days later.", "2011-03-04", "three days later", "2011-03-04"),
    ("Masked men raided a jewellery shop in Bristol on 30 August. A suspect is due in court on Tuesday. "
     "The getaway car was found in woods three days later.", "2014-09-12", "three days later", "2014-09-02"),
    # a relative day counted forward, likewise
    ("A lorry was stolen from a depot in Leeds on 3 June. A man will appear in court on Monday. "
     "The lorry was found burnt out in a field the following day.", "2013-06-14", "the following day", "2013-06-04"),
    # the count opening its sentence, the clause after it narrating in the past
    ("Riot police cleared the square on Wednesday. Talks are due on Monday. "
     "The next day, the protesters returned.", "2013-06-14", "The next day", "2013-06-13"),
])
def test_past_count_does_not_start_from_a_coming_day(text, dct, expr, value, parse):
    assert _values(text, dct, parse)[expr] == value


@pytest.mark.parametrize("parse", [True, False])
@pytest.mark.parametrize("text,dct,expr,value", [
    # guards: a count told of what is to come runs from the coming day
    ("The series began on Nov. 9 and is due to end by Nov. 28, with a deciding game the following day if needed.",
     "2013-11-21", "the following day", "2013-11-29"),
    ("The envoys arrived on Monday. The summit opens on Thursday and the leaders fly home two days later.",
     "2013-06-12", "two days later", "2013-06-15"),
    # a past count whose reference is before the article date is unchanged
    ("The dam burst on 2 May. Rescuers reached the village two days later.", "2013-06-14",
     "two days later", "2013-05-04"),
    # no day of the story lies before the coming one: left as it was (the count from that day)
    ("The men will appear in court at 10:00 on Saturday. The car was found burnt out two days later.",
     "2013-06-13", "two days later", "2013-06-17"),
])
def test_count_kept(text, dct, expr, value, parse):
    assert _values(text, dct, parse)[expr] == value


@pytest.mark.parametrize("text,dct,expr,value", [
    # (c) with the parse: an "-s" verb after a relative clause with a past date of its own, which the
    # parser tags as a plural noun yet makes the root with a subject, is a simple present
    ("The council, which met last week, votes on Thursday on the budget.", "2013-06-14", "Thursday", "2013-06-20"),
    ("The assembly, which sat in May, votes on Thursday.", "2013-06-14", "Thursday", "2013-06-20"),
])
def test_present_after_past_relative_clause(text, dct, expr, value):
    assert _values(text, dct, True)[expr] == value


@pytest.mark.parametrize("text,dct,expr,value", [
    # guards: a plural noun that is no root verb, or a root with no subject (a headline), is unchanged
    ("Their votes on Thursday were counted twice.", "2013-06-14", "Thursday", "2013-06-13"),
    ("Talks on Tuesday.", "2013-06-14", "Tuesday", "2013-06-11"),
    # the verb tagged as one already looked ahead
    ("The board, which approved the merger in May, meets on Tuesday.", "2013-06-14", "Tuesday", "2013-06-18"),
])
def test_noun_plural_kept(text, dct, expr, value):
    assert _values(text, dct, True)[expr] == value
