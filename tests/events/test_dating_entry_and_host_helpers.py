"""(mend16b) The helpers ``date_events`` shares: the live-blog entry test (an entry label between
two offsets, by bisect on the sorted label starts) and the host acts at the date of an act."""
from __future__ import annotations

from types import SimpleNamespace

import pytest

from chronicle.events.dating import _acts_at_date_of, _entry_between

STARTS = [40, 120, 121, 300]


@pytest.mark.parametrize("a,b", [(0, 39), (0, 40), (40, 119), (40, 120), (39, 40), (120, 121),
                                 (121, 299), (121, 300), (300, 900), (301, 900), (10, 10)])
def test_entry_between_is_a_start_after_a_up_to_b(a, b):
    assert _entry_between(STARTS, a, b) == any(a < e <= b for e in STARTS)


def test_entry_between_no_labels():
    assert not _entry_between([], 0, 10_000)


def _act(value):
    return SimpleNamespace(date=SimpleNamespace(value=value))


def test_host_acts_at_the_date_of_the_act():
    noun, verb, other = _act("2024-03-02"), _act("2024-03-02"), _act("2024-03-05")
    pool = [(7, noun), (5, verb), (3, other)]
    assert _acts_at_date_of(pool, 7, {5, 3}) == [(5, verb)]


def test_no_host_for_an_act_outside_the_pool():
    # no date to match: a host with no date value is no match of a missing one
    undated = _act(None)
    assert _acts_at_date_of([(5, undated)], 7, {5}) == []
