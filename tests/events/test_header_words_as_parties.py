"""(extract30) A list's date or header is no party: a month or its abbreviation next to a number, a
weekday, a header line in capitals ("TIMELINE", "KEY DATES"); a name never spans a line break."""
from _sentences import by_trigger


def _actors(text, trigger):
    found = by_trigger(text, trigger)
    assert found, trigger
    return [f.text for e in found for f in e.actor], [f.text for e in found for f in e.recipient]


def test_header_line_is_no_part_of_a_party():
    actors, _ = _actors("Officials gave no details.\n\nTIMELINE\nMarch 3 - Police arrested two protesters.", "arrested")
    assert actors == ["Police"]


def test_header_line_in_capitals_is_no_party():
    actors, _ = _actors("Officials gave no details.\n\nKEY DATES\nMarch 3 - Police arrested two protesters.", "arrested")
    assert actors == ["Police"]


def test_list_date_is_no_part_of_a_group():
    actors, _ = _actors("Officials gave no details.\nMarch 5 - Students protested outside the ministry.", "protested")
    assert actors == ["Students"]


def test_month_abbreviation_is_no_party():
    actors, recipients = _actors("Officials gave no details.\n\nFeb 12 - Students protested outside the ministry.",
                                 "protested")
    assert actors == ["Students"] and "Feb" not in recipients


def test_name_on_one_line_stays_whole():
    # look-alike: a name of several words on one line is kept whole, and a month word with no
    # number beside it may be a name
    actors, _ = _actors("Border Police arrested two smugglers on Monday.", "arrested")
    assert actors == ["Border Police"]
    actors, _ = _actors("Theresa May criticised the plan on Monday.", "criticised")
    assert actors == ["Theresa May"]
    _, recipients = _actors("Singapore executed a 46-year-old Singaporean man on Friday.", "executed")
    assert recipients == ["46-year-old Singaporean man"]


def test_month_with_number_inside_a_name_stays():
    # (mend14b) look-alike: a date is a list label only where it opens the line before a dash or
    # colon; inside a name it is part of the name
    actors, _ = _actors("The April 6 Youth Movement protested outside parliament in Cairo.", "protested")
    assert actors == ["April 6 Youth Movement"]
    _, recipients = _actors("Police arrested members of the April 6 Youth Movement on Monday.", "arrested")
    assert recipients == ["April 6 Youth Movement"]


def test_regret_is_a_concession():
    # (extract30) the manual's CONCEDE: "Expressions of regret or remorse for an action or situation"
    found = by_trigger("Indonesia's foreign ministry deeply regretted the shooting of two fishermen.", "regretted")
    assert [e.type for e in found] == ["CONCEDE"]
    found = by_trigger("South Africa's foreign ministry expressed regret over the deaths of three migrants.", "regret")
    assert [e.type for e in found] == ["CONCEDE"]


def test_regret_look_alikes_stay_out():
    assert not by_trigger("The BBC regrets to announce that tonight's concert is cancelled.", "regrets")
    assert not by_trigger("Many fans regretted the move to the new stadium.", "regretted")
