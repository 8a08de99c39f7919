"""Calendar arithmetic on TIMEX3 values: parse a value into a point with a granularity,
shift it by calendar units, format it back, and give the calendar interval it denotes."""
from __future__ import annotations

import calendar as _cal
import re
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Optional

# Granularities from finest to coarsest (rank used to compare them).
GRANS = ("day", "weekend", "week", "month", "season", "quarter", "half", "year", "decade", "century")
RANK = {g: i for i, g in enumerate(GRANS)}

# Unit code (normalization table `unit`) -> granularity of the result.
UNIT_GRAN = {
    "D": "day", "NIGHT": "day", "W": "week", "FN": "week", "WE": "weekend", "M": "month",
    "SEASON": "season", "Q": "quarter", "HALF": "half", "Y": "year", "DE": "decade",
    "CE": "century", "MIL": "century",
    "H": "day", "MIN": "day", "S": "day",
}

# Meteorological seasons: code -> first month. Winter of year Y = Dec Y .. Feb Y+1.
SEASON_START = {"SP": 3, "SU": 6, "FA": 9, "WI": 12}
SEASONS = ("WI", "SP", "SU", "FA")


@dataclass(frozen=True)
class Point:
    """A calendar interval named by its first day and a granularity."""

    day: date
    gran: str

    @property
    def value(self) -> str:
        return format_value(self.day, self.gran)


def add_months(d: date, n: int) -> date:
    m = d.month - 1 + n
    y = d.year + m // 12
    m = m % 12 + 1
    return date(y, m, min(d.day, _cal.monthrange(y, m)[1]))


def add_years(d: date, n: int) -> date:
    y = d.year + n
    return date(y, d.month, min(d.day, _cal.monthrange(y, d.month)[1]))


def shift(d: date, n: int, unit: str) -> date:
    """Move date ``d`` by ``n`` calendar units (unit codes of the `unit` table)."""
    if unit in ("D", "NIGHT"):
        return d + timedelta(days=n)
    if unit in ("W", "WE"):
        return d + timedelta(weeks=n)
    if unit == "FN":
        return d + timedelta(weeks=2 * n)
    if unit == "M":
        return add_months(d, n)
    if unit == "SEASON":
        return add_months(d, 3 * n)
    if unit == "Q":
        return add_months(d, 3 * n)
    if unit == "HALF":
        return add_months(d, 6 * n)
    if unit == "Y":
        return add_years(d, n)
    if unit == "DE":
        return add_years(d, 10 * n)
    if unit == "CE":
        return add_years(d, 100 * n)
    if unit == "MIL":
        return add_years(d, 1000 * n)
    return d  # hours and smaller do not move the date at date granularity


def season_of(d: date) -> tuple[int, str]:
    """(year, season code) of a day; January/February belong to the previous year's winter."""
    if d.month in (12,):
        return d.year, "WI"
    if d.month in (1, 2):
        return d.year - 1, "WI"
    if d.month <= 5:
        return d.year, "SP"
    if d.month <= 8:
        return d.year, "SU"
    return d.year, "FA"


def format_value(d: date, gran: str) -> str:
    if gran == "day":
        return d.isoformat()
    if gran == "week":
        y, w, _ = d.isocalendar()
        return f"{y:04d}-W{w:02d}"
    if gran == "weekend":
        y, w, _ = d.isocalendar()
        return f"{y:04d}-W{w:02d}-WE"
    if gran == "month":
        return f"{d.year:04d}-{d.month:02d}"
    if gran == "season":
        y, s = season_of(d)
        return f"{y:04d}-{s}"
    if gran == "quarter":
        return f"{d.year:04d}-Q{(d.month - 1) // 3 + 1}"
    if gran == "half":
        return f"{d.year:04d}-H{(d.month - 1) // 6 + 1}"
    if gran == "year":
        return f"{d.year:04d}"
    if gran == "decade":
        return f"{d.year // 10:03d}"
    if gran == "century":
        return f"{d.year // 100:02d}"
    raise ValueError(gran)


def start_of(d: date, gran: str) -> date:
    """First day of the interval of granularity ``gran`` that contains ``d``."""
    if gran == "day":
        return d
    if gran in ("week", "weekend"):
        monday = d - timedelta(days=d.isoweekday() - 1)
        return monday + timedelta(days=5) if gran == "weekend" else monday
    if gran == "month":
        return d.replace(day=1)
    if gran == "season":
        y, s = season_of(d)
        return date(y, SEASON_START[s], 1)
    if gran == "quarter":
        return date(d.year, 3 * ((d.month - 1) // 3) + 1, 1)
    if gran == "half":
        return date(d.year, 1 if d.month <= 6 else 7, 1)
    if gran == "year":
        return date(d.year, 1, 1)
    if gran == "decade":
        return date(d.year - d.year % 10, 1, 1)
    if gran == "century":
        return date(max(1, d.year - d.year % 100), 1, 1)
    raise ValueError(gran)


_RE_DAY = re.compile(r"^(\d{4})-(\d{2})-(\d{2})(?:T.*)?$")
_RE_MONTH = re.compile(r"^(\d{4})-(\d{2})$")
_RE_WEEK = re.compile(r"^(\d{4})-W(\d{2})(-WE)?$")
_RE_QHS = re.compile(r"^(\d{4})-(Q[1-4]|H[12]|SP|SU|FA|WI)$")
_RE_YEAR = re.compile(r"^(\d{4})$")
_RE_DEC = re.compile(r"^(\d{3})$")
_RE_CENT = re.compile(r"^(\d{2})$")


def parse_value(value: Optional[str]) -> Optional[Point]:
    """The point a concrete TIMEX3 DATE/TIME value names, or None (durations, refs, XXXX)."""
    if not value:
        return None
    try:
        m = _RE_DAY.match(value)
        if m:
            return Point(date(int(m[1]), int(m[2]), int(m[3])), "day")
        m = _RE_MONTH.match(value)
        if m:
            return Point(date(int(m[1]), int(m[2]), 1), "month")
        m = _RE_WEEK.match(value)
        if m:
            monday = date.fromisocalendar(int(m[1]), int(m[2]), 1)
            if m[3]:
                return Point(monday + timedelta(days=5), "weekend")
            return Point(monday, "week")
        m = _RE_QHS.match(value)
        if m:
            y, code = int(m[1]), m[2]
            if code[0] == "Q":
                return Point(date(y, 3 * (int(code[1]) - 1) + 1, 1), "quarter")
            if code[0] == "H":
                return Point(date(y, 1 if code[1] == "1" else 7, 1), "half")
            return Point(date(y, SEASON_START[code], 1), "season")
        m = _RE_YEAR.match(value)
        if m:
            return Point(date(int(m[1]), 1, 1), "year")
        m = _RE_DEC.match(value)
        if m:
            return Point(date(int(m[1]) * 10, 1, 1), "decade")
        m = _RE_CENT.match(value)
        if m and int(m[1]) > 0:
            return Point(date(int(m[1]) * 100, 1, 1), "century")
    except (ValueError, OverflowError):
        return None
    return None


def end_of(p: Point) -> date:
    d, g = p.day, p.gran
    if g == "day":
        return d
    if g == "week":
        return d + timedelta(days=6)
    if g == "weekend":
        return d + timedelta(days=1)
    if g == "month":
        return add_months(d, 1) - timedelta(days=1)
    if g == "season":
        return add_months(d, 3) - timedelta(days=1)
    if g == "quarter":
        return add_months(d, 3) - timedelta(days=1)
    if g == "half":
        return add_months(d, 6) - timedelta(days=1)
    if g == "year":
        return date(d.year, 12, 31)
    if g == "decade":
        return date(d.year + 9, 12, 31)
    if g == "century":
        return date(d.year + 99, 12, 31)
    raise ValueError(g)


def value_to_interval(value: Optional[str]) -> Optional[tuple[date, date]]:
    """The calendar interval (first day, last day) a TIMEX3 DATE/TIME value denotes.

    "2025-W12" -> (2025-03-17, 2025-03-23); "199" -> the 1990s; "19" -> 1900..1999;
    "2025-WI" -> 2025-12-01 .. 2026-02-28. Durations, sets, *_REF and XXXX values -> None.
    """
    p = parse_value(value)
    if p is None:
        return None
    try:
        if is_midnight_t24(value):
            # TimeML writes midnight as the end of its day ("2025-03-27T24:00"), an instant that is
            # 00:00 of the next day: the interval is that next day (the value itself is kept)
            nxt = p.day + timedelta(days=1)
            return nxt, nxt
        return p.day, end_of(p)
    except (ValueError, OverflowError):  # the interval runs past year 9999
        return None


_T24 = re.compile(r"^\d{4}-\d{2}-\d{2}T24(?::00)?(?::00)?$")


def is_midnight_t24(value: str) -> bool:
    """A day's midnight written as the end of that day ("2025-03-27T24:00"), the instant that starts
    the next day."""
    return bool(_T24.match(value))
