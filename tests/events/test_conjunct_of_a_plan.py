"""A simple-past verb coordinated with a verb that sets an event for a date ("called a strike for
Monday and accused ...") is done now: it takes neither the plan's date nor, through it, the plan's
status (``narrative`` after_article in resources/events/dating.yaml, dating.dated_after_article and
dating._set_for_date); a shared future auxiliary keeps both verbs planned."""
from __future__ import annotations

import pytest

from _sentences import by_trigger


@pytest.mark.parametrize("text,trigger", [
    ("Dock workers called a strike for Monday and accused the port authority of cutting wages.", "accused"),
    ("The opposition called a rally for Sunday and demanded the mayor's resignation.", "demanded"),
    ("Farmers set a blockade of the ring road for next Wednesday and condemned the agriculture minister.",
     "condemned"),
])
def test_sister_of_a_plan_occurred_now(text, trigger):
    found = by_trigger(text, trigger)
    assert found, "no event"
    assert all(e.status == "occurred" and e.date.source == "article" for e in found), \
        [(e.status, e.date.value, e.date.source) for e in found]


def test_sister_adverbial_dates_both():
    found = by_trigger("On Tuesday the farmers set a blockade of the ring road for next Wednesday and "
                       "condemned the agriculture minister.", "condemned")
    assert [(e.status, e.date.value) for e in found] == [("occurred", "2025-03-25")]


def test_plan_object_still_planned():
    found = by_trigger("Dock workers called a strike for Monday and accused the port authority of cutting wages.",
                       "strike")
    assert [(e.status, e.date.value) for e in found] == [("planned", "2025-03-31")]


def test_shared_future_auxiliary_stays_planned():
    found = by_trigger("The farmers will set a blockade of the ring road for next Wednesday and demand lower "
                       "fuel taxes.", "demand")
    assert found and all(e.status == "planned" for e in found)
