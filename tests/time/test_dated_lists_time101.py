"""time101: a dated list's entries (a factbox's chronology, a timeline, a schedule) are read line by
line, in the list's frame; a weekday inside an entry counts from the entry's day; a day heading right
over a live blog's first clock stamp is tagged. Sentences of our own."""
from datetime import date

import pytest

from chronicle.nlp import get_nlp
from chronicle.time.tagger import tag_timexes


def _values(text: str, dct: date, parse: bool = True) -> dict[str, str]:
    doc = get_nlp()(text) if parse else None
    return {t.text: t.value for t in tag_timexes(text, dct, doc)}


# the parse joins the lines and hangs a line's date on the next line's "leaves" (a timetable verb)
_CHRONOLOGY = (
    "Key dates in the ferry row:\n\n"
    "- 4 March: the harbour board bars the Norland from the quay; the owners say the board acted in bad faith.\n"
    "- 9 March: the board's chairman is questioned by the council.\n"
    "- 11 March: the company orders its crews home.\n"
    "- 12 March: the Norland leaves for Bergen with no passengers.\n"
    "- 13 March: the crew leaves the ship."
)


@pytest.mark.parametrize("parse", [True, False])
def test_chronology_in_the_historic_present_is_past(parse):
    v = _values(_CHRONOLOGY, date(2025, 3, 20), parse)
    assert [v[d] for d in ("4 March", "9 March", "11 March", "12 March", "13 March")] == [
        "2025-03-04", "2025-03-09", "2025-03-11", "2025-03-12", "2025-03-13"]


def test_chronology_over_a_year_resolves_back():
    # an entry told in the past makes the list a chronology: "20 March" is last year's, not the
    # coming one (read alone, the nearest day would be two weeks ahead)
    text = ("How the mine case unfolded:\n"
            "- 20 March: the lower gallery floods and eleven miners are trapped.\n"
            "- 2 June: two managers were charged with negligence.\n"
            "- 1 March: the trial opens in Tarkwa.")
    v = _values(text, date(2025, 3, 5))
    assert v["20 March"] == "2024-03-20"
    assert v["2 June"] == "2024-06-02"
    assert v["1 March"] == "2025-03-01"


def test_future_entry_and_schedule_stay_ahead():
    text = ("Key dates in the ferry row:\n- 4 March: the harbour board bars the Norland from the quay.\n"
            "- 9 March: the ferry company sued the board.\n- 2 March: the court will hear the case.")
    assert _values(text, date(2025, 3, 20))["2 March"] == "2026-03-02"
    text = "What comes next:\n- 3 March: the committee reads the bill.\n- 10 March: the senate votes on it."
    v = _values(text, date(2025, 3, 20))
    assert v["3 March"] == "2026-03-03" and v["10 March"] == "2026-03-10"


def test_lone_dated_line_is_no_list():
    text = "Update - 9 March: the owner appeals; the court hears him on Friday."
    assert _values(text, date(2025, 3, 20))["Friday"] == "2025-03-21"


@pytest.mark.parametrize("parse", [True, False])
def test_weekday_inside_an_entry_counts_from_the_entry(parse):
    text = ("The quarry row in brief:\n- 2 March: villagers block the quarry gate.\n"
            "- 9 March: the owner appeals; the court hears him on Friday.")
    assert _values(text, date(2025, 3, 20), parse)["Friday"] == "2025-03-14"  # not the 21st


@pytest.mark.parametrize("parse", [True, False])
def test_day_heading_over_a_clock_stamp(parse):
    text = "River levels: live\n\nSunday 12 October\n\n19:00 - The river bursts its banks.\n\n20:40 - Schools will stay shut."
    v = _values(text, date(2025, 10, 15), parse)
    assert v["Sunday 12 October"] == "2025-10-12"
    assert v["19:00"] == "2025-10-12T19:00" and v["20:40"] == "2025-10-12T20:40"


def test_date_with_a_number_on_its_line_is_unchanged():
    # guard: across a line break only a clock lets the day-month stand; on one line the old reading holds
    assert "9 May 1945" in _values("He was born on 9 May 1945.", date(2025, 3, 20))


@pytest.mark.parametrize("parse", [True, False])
def test_reported_future_in_an_entry_and_a_day_inside_it(parse):
    # "says it will ...": the future is the report's content, not the entry's own; "from Mar 17" is
    # counted from the entry's Mar 3; the next line's "- Mar 11" is no range end of "from Mar 17"
    text = ("Timeline\n- Mar 3: the port authority says it will raise berth fees from Mar 17\n"
            "- Mar 11: shipowners meet the authority; rise postponed\n- Mar 28: the ministry steps in\n"
            "- Apr 2: fees raised")
    v = _values(text, date(2025, 4, 14), parse)
    assert [v[d] for d in ("Mar 3", "Mar 17", "Mar 11", "Mar 28", "Apr 2")] == [
        "2025-03-03", "2025-03-17", "2025-03-11", "2025-03-28", "2025-04-02"]


def test_range_on_one_line_still_runs_forward():
    v = _values("The exhibition runs from November 20 to January 6.", date(2025, 10, 1))
    assert v["November 20"] == "2025-11-20" and v["January 6"] == "2026-01-06"
