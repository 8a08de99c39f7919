import datetime as dt

import pytest

from chronicle.time import value_to_interval

D = dt.date


@pytest.mark.parametrize(
    "value,expected",
    [
        ("2025-W12", (D(2025, 3, 17), D(2025, 3, 23))),
        ("2025-03", (D(2025, 3, 1), D(2025, 3, 31))),
        ("2024-02", (D(2024, 2, 1), D(2024, 2, 29))),
        ("2025", (D(2025, 1, 1), D(2025, 12, 31))),
        ("199", (D(1990, 1, 1), D(1999, 12, 31))),
        ("19", (D(1900, 1, 1), D(1999, 12, 31))),
        ("2025-03-27", (D(2025, 3, 27), D(2025, 3, 27))),
        ("2025-03-27T14:00", (D(2025, 3, 27), D(2025, 3, 27))),
        ("2025-03-27TMO", (D(2025, 3, 27), D(2025, 3, 27))),
        ("2025-SP", (D(2025, 3, 1), D(2025, 5, 31))),
        ("2025-SU", (D(2025, 6, 1), D(2025, 8, 31))),
        ("2025-FA", (D(2025, 9, 1), D(2025, 11, 30))),
        ("2023-WI", (D(2023, 12, 1), D(2024, 2, 29))),
        ("2025-Q1", (D(2025, 1, 1), D(2025, 3, 31))),
        ("2025-Q4", (D(2025, 10, 1), D(2025, 12, 31))),
        ("2025-H2", (D(2025, 7, 1), D(2025, 12, 31))),
        ("2025-W12-WE", (D(2025, 3, 22), D(2025, 3, 23))),
        ("2020-W53", (D(2020, 12, 28), D(2021, 1, 3))),
    ],
)
def test_value_to_interval(value, expected):
    assert value_to_interval(value) == expected


@pytest.mark.parametrize("value", ["P1M", "PT3H", "PRESENT_REF", "PAST_REF", "XXXX-05-09", "XXXX-WXX-1", "", None, "2025-02-30", "2021-W54"])
def test_no_interval(value):
    assert value_to_interval(value) is None
