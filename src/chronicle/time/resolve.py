"""Normalization of matched groups into fields, and the resolvers that turn fields into TIMEX3
values against the article date (DCT) or the narrative anchor (the last concrete date)."""
from __future__ import annotations

from calendar import monthrange
import bisect
import functools
import re
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from typing import Any, Callable, Optional

from chronicle.time.calendar import (
    RANK,
    SEASON_START,
    UNIT_GRAN,
    Point,
    add_months,
    format_value,
    shift,
    start_of,
)
from chronicle.time.rules import Rule, RuleSet, norm_key
from chronicle.time.tense import (_list_line, _regex_tense, _sentence_span, called_off_on_weekday, called_off_plan, clock_told_past,
                                  for_delivery, forward_period, list_entry_tense, narrated_past, opening_told_past, past_plan_for,
                                  reduced_plan_told_past, sentence_bounds, tense_at)


# ----------------------------------------------------------------------------- fields

def parse_number(surface: str, rs: RuleSet) -> Any:
    """"24", "1.5", "twenty-four", "two and a half", "a few" (-> "X")."""
    s = surface.strip().lower().replace(",", "")
    frac = re.match(r"^([0-9]+)\s*(?:1/2|½)$", s)
    if frac:
        return int(frac.group(1)) + 0.5
    try:
        return int(s)
    except ValueError:
        pass
    try:
        return float(s)
    except ValueError:
        pass
    table = rs.tables["number"]
    key = norm_key(s)
    if key in table:
        return table[key]
    total: float = 0
    cur: float = 0
    words = key.split()
    i = 0
    while i < len(words):
        w = words[i]
        if w == "and":
            i += 1
            continue
        if w == "thousand":  # "two thousand (years)": a multiplier, not a table entry
            total += (cur or 1) * 1000
            cur = 0
            i += 1
            continue
        # multi-word keys first ("a half", "a few")
        if i + 1 < len(words) and f"{w} {words[i + 1]}" in table:
            v = table[f"{w} {words[i + 1]}"]
            i += 2
        elif w in table:
            v = table[w]
            i += 1
        else:
            return None
        if v == "X":
            return "X"
        if v == 100:
            cur = (cur or 1) * 100
        elif v == 0.5 and cur:
            cur += 0.5
        else:
            cur += v
    total += cur
    return int(total) if float(total).is_integer() else total


def parse_year(surface: str) -> Optional[int]:
    s = surface.strip().lstrip("'’")
    if not s.isdigit():
        return None
    y = int(s)
    if len(s) == 2:  # '98 -> 1998, '05 -> 2005
        return 1900 + y if y >= 30 else 2000 + y
    return y


def parse_year_words(surface: str, rs: RuleSet) -> Optional[int]:
    """"nineteen ninety-six" -> 1996, "two thousand" -> 2000, "two thousand and one" -> 2001."""
    words = norm_key(surface).split()
    if len(words) >= 2 and words[0] == "two" and words[1] == "thousand":
        rest = [w for w in words[2:] if w != "and"]
        n = parse_number(" ".join(rest), rs) if rest else 0
        return 2000 + n if isinstance(n, int) else None
    head = parse_number(words[0], rs) if words else None
    if not isinstance(head, int) or not 10 <= head <= 20 or len(words) < 2:
        return None
    rest = " ".join(words[1:])
    if rest in ("hundred",):
        return head * 100
    n = parse_number(rest, rs)
    if not isinstance(n, int) or not 0 < n < 100:
        return None
    return head * 100 + n


def easter(year: int) -> date:
    """Gregorian Easter Sunday (anonymous Gregorian algorithm)."""
    a, b, c = year % 19, year // 100, year % 100
    d, e = b // 4, b % 4
    g = (8 * b + 13) // 25
    h = (19 * a + b - d - g + 15) % 30
    i, k = c // 4, c % 4
    l = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 22 * l) // 451
    month = (h + l - 7 * m + 114) // 31
    day = (h + l - 7 * m + 114) % 31 + 1
    return date(year, month, day)


def holiday_date(spec: dict, year: int) -> Optional[date]:
    try:
        if "easter" in spec:
            return easter(year) + timedelta(days=int(spec["easter"]))
        month = int(spec["month"])
        if "nth" in spec:  # the nth weekday of the month ("the third Monday in April"; -1: the last)
            n = int(spec["nth"])
            day = monthrange(year, month)[1] - 6 if n < 0 else 7 * (n - 1) + 1
        else:
            day = int(spec["day"])
        d = date(year, month, day)
        if "weekday" in spec:
            d += timedelta(days=(int(spec["weekday"]) - d.isoweekday()) % 7)
        return d if "nth" not in spec or d.month == month else None
    except (KeyError, ValueError):
        return None


def fields_of(m: re.Match, rule: Rule, rs: RuleSet) -> dict[str, Any]:
    f: dict[str, Any] = dict(rule.set)
    for g, surface in m.groupdict().items():
        if surface is None:
            continue
        spec = rs.groups[g]
        kind = spec.get("kind")
        if kind == "context":
            continue
        if kind == "table":
            v = rs.lookup(spec["table"], surface)
        elif kind == "int":
            digits = re.sub(r"\D", "", surface)
            v = int(digits) if digits else None
        elif kind == "number":
            v = parse_number(surface, rs)
        elif kind == "year":
            v = parse_year(surface)
        elif kind == "year_words":
            v = parse_year_words(surface, rs)
        else:
            v = surface
        if v is not None:
            f[spec.get("field", g)] = v
    # the first month of a range named with the end's year: a later calendar month is the year before
    end_month = f.pop("range_end_month", None)
    if end_month is not None and f.get("year") is not None and f.get("month") and f["month"] > end_month:
        f["year"] -= 1
    return f


# ----------------------------------------------------------------------------- context

@dataclass
class Resolved:
    value: Optional[str]
    mod: Optional[str] = None
    anchor: Optional[str] = None
    type: Optional[str] = None


# "by <month>": a point the story has reached, no month compared with the one just named.
_BY_MONTH = re.compile(r"\bby\s+(?:early\s+|late\s+|mid-?)?$", re.IGNORECASE)
_POSSESSIVE = re.compile(r"['\u2019]s\b")

# A quarter booked or forecast for ("bookings for the second quarter") that begins within this many
# days of the reference day is the coming one, even in a past clause.
FORWARD_PERIOD_DAYS = 92
# A report's period (quarter, half) lies within this many days of the article date.
TOPIC_DAYS = 400


@dataclass
class Context:
    text: str
    dct: Optional[date]
    doc: Any = None
    anchor: Optional[Point] = None  # last concrete date mentioned (narrative reference)
    anchor_at: int = -1  # where the text mentions it
    clock_day: Optional[Point] = None  # the last day an event is told on (not a day something was said)
    clock_day_at: int = -1  # where the text names clock_day
    blog_day: Optional[Point] = None  # the day a live blog's last entry stamp was read on (`blog_stamp`)
    blog_day_at: int = -1
    late_day: Optional[Point] = None  # the last day named "late" ("escaped late Saturday")
    late_day_at: int = -1
    early_day: Optional[Point] = None  # the last day named "early" ("captured early Tuesday")
    early_day_at: int = -1
    anchor_period_end: bool = False  # the anchor day is the last day of a counted period ("the 12 months to Sept. 30")
    past_weekday_at: int = -1  # where the text last named a weekday it dated before the reference day
    future_weekday_at: int = -1  # where the text last named a weekday it dated after the article date
    last_quarter: Optional[Point] = None  # the last quarter the text names ("the quarter ended March 31")
    last_quarter_at: int = -1
    last_clock: Optional[datetime] = None  # the last clock time anchored to a day ("at about 11:30 p.m.")
    last_clock_at: int = -1
    # the last clock time and the last anchor day told on or before the article date: where a forward
    # offset told in the past would land after the article date, the story counts from these
    past_clock: Optional[datetime] = None
    past_clock_at: int = -1
    past_day: Optional[Point] = None
    past_day_at: int = -1
    # the next day's start after a bare midnight told as a day's T24:00 ("took effect at midnight")
    last_midnight: Optional[date] = None
    last_midnight_at: int = -1
    # the last counted offset of the story ("five months later"), which may not move the anchor
    last_offset: Optional[Point] = None
    last_offset_at: int = -1
    # (time104) the clock day last told in a past-perfect flashback behind the story's clock day:
    # (where, its time of day in minutes, the story's clock day before it) (tagger._past_perfect_background)
    flashback: Optional[tuple] = None
    last_by_gran: dict = field(default_factory=dict)  # grain -> last period of that grain mentioned
    seen: dict = field(default_factory=dict)  # grain -> every period of that grain mentioned, in text order
    policy: dict = field(default_factory=dict)
    _starts: Optional[list[int]] = field(default=None, repr=False)

    def sentence_starts(self) -> list[int]:
        """The text's sentence start offsets, found once on first use."""
        if self._starts is None:
            self._starts = sentence_bounds(self.text)
        return self._starts

    def tense(self, start: int, end: int) -> str:
        return tense_at(self.text, start, end, self.doc, self.sentence_starts())

    def sentence_span(self, offset: int, back: int = 0) -> tuple[int, int]:
        """(start, end) of the sentence holding ``offset``, its start taken ``back`` sentences earlier."""
        return _sentence_span(self.text, offset, self.sentence_starts(), back)

    def same_sentence(self, a: int, b: int) -> bool:
        """True if offsets ``a`` and ``b`` lie in the same sentence."""
        return self.sentences_between(a, b) == 0

    def sentences_between(self, a: int, b: int) -> int:
        """How many sentence starts lie after offset ``a`` up to offset ``b``."""
        starts = self.sentence_starts()
        return bisect.bisect_right(starts, b) - bisect.bisect_right(starts, a)

    def note(self, p: Point) -> None:
        """Record a concrete period the text mentions."""
        self.last_by_gran[p.gran] = p
        self.seen.setdefault(p.gran, []).append(p)

    def topic(self, gran: str) -> Optional[Point]:
        """The period of grain ``gran`` the story is about: the one mentioned most often so far,
        the first of those on a tie ("third-quarter net rose ... after a flat second quarter ...
        in the year-earlier period" is about the third quarter)."""
        pts = self.seen.get(gran)
        if not pts:
            return None
        if self.dct is not None:
            # a period of another era ("the third quarter of 1984") is history, not the report's
            near = [q for q in pts if abs((q.day - self.dct).days) <= TOPIC_DAYS]
            pts = near or pts
        how = self.policy.get("period_topic", "frequent")
        if how == "last":
            return pts[-1]
        if how == "first":
            return pts[0]
        counts: dict = {}
        for q in pts:
            counts[q] = counts.get(q, 0) + 1
        best = max(counts.values())
        return next(q for q in pts if counts[q] == best)

    def ref(self, mode: str) -> tuple[Optional[Point], Optional[str]]:
        if mode == "narrative" and self.anchor is not None:
            return self.anchor, "narrative"
        if self.dct is not None:
            return Point(self.dct, "day"), "dct"
        return None, None


def _month_again(ctx: "Context", month: int) -> Optional[int]:
    """The year of this month as the text already named it, if it did (its last day in this
    month, else its last mention of the month itself): a month named again without a year or a
    tense ("are expected to join in April ... planning for the summit in April") is the same month."""
    best = None
    for gran in ("month", "day"):
        for p in ctx.seen.get(gran, ()):
            if p.day.month == month:
                if ctx.dct is not None and p.day.year > ctx.dct.year + 1:
                    # a date years ahead is a plan, not the story's setting: "the Games would open on
                    # July 24, 2020 ... a strong showing at a briefing in early July" (2013-07)
                    continue
                best = p.day.year
    return best


# A sentence framed by a year: "In 2012, the North launched a rocket in April that broke apart,
# and another in December": its bare months are of that year; so for "Last year, by contrast,
# the UK had its warmest March ..., with 23.6C on 27 March" (the year before the article's).
_YEAR_FRAME = re.compile(
    r"[\"'“‘]?(?:(?:(?:Back\s+|Later\s+|Earlier\s+)?[Ii]n|During|Throughout)\s+(1[6-9][0-9]{2}|20[0-9]{2})"
    r"|(?:Later\s+|Earlier\s+)?(?P<rel>Last|Next)\s+year)"
    # news often drops the comma after a short opener ("Last year the team led in late July"):
    # then the subject must follow (a determiner, a pronoun or a name), not a noun the year modifies
    # or a count ("Last year 40 climbers died"), which a year never premodifies
    r"(?:\s*,|\s+(?=(?:the|a|an|he|she|they|it|we|its|his|her|their|our|this|these|those)\s|(?-i:[A-Z])[a-z]|[0-9][0-9,]*\s+(?-i:[a-z])))")


# ... or a clause joined to the sentence by "and" / "but": "In 2011 he lost a primary, and last
# year a state ethics panel spent eight months examining his accounts before clearing him in
# December" (2012-12), up to the next clause edge.
_CLAUSE_YEAR_FRAME = re.compile(
    r"[,;]\s+(?:and|but)\s+(?:(?:in|during)\s+(1[6-9][0-9]{2}|20[0-9]{2})|(?P<rel>last|next)\s+year)\b(?!['’]s)(?P<rest>[^,;:()—]*)$",
    re.IGNORECASE)


# ... or a "when" clause that describes a year written just before it: "changed its calendar in
# 1983, when it moved the start of classes into late August" (the month is 1983's)
_WHEN_YEAR_FRAME = re.compile(
    r"\b(?:in|during)\s+(1[6-9][0-9]{2}|20[0-9]{2}),?\s+when\s(?P<rest>[^;:()—]*)$", re.IGNORECASE)


def _rule_tense(f: dict, rel, sides: tuple[str, ...] = ("past", "future")) -> Optional[str]:
    """The tense a rule gives its expression (``tense:`` in the rule file: a rule that knows which
    side of the DCT a bare month, weekday or season lies on), for an expression with no relative
    word of its own; None where the clause's tense decides."""
    return f["tense"] if rel is None and f.get("tense") in sides else None


# a year a figure is compared with, not the frame of the sentence's events
_COMPARED_YEAR = re.compile(r"\b(?:than|compared\s+(?:with|to)|versus|vs\.?)\s+(?:in\s+|during\s+)?$", re.IGNORECASE)


def _framed_year(ctx: "Context", start: int) -> Optional[int]:
    """The year that opens the sentence of ``start`` ("In 2012, ...", "Last year, ..."), or the
    clause of ``start`` joined by "and"/"but" (", and last year a panel ... in December"), if one does."""
    s0 = ctx.sentence_span(start)[0]
    while s0 < start and ctx.text[s0].isspace():
        s0 += 1
    # the clause's own year, nearer than the sentence's ("In 2011 he lost ..., and last year a
    # panel ... cleared him in December")
    m = _CLAUSE_YEAR_FRAME.search(ctx.text[s0:start])
    if m is None:
        m = _YEAR_FRAME.match(ctx.text, s0, start)
    if m is None:
        m = _WHEN_YEAR_FRAME.search(ctx.text[s0:start])
        if m is not None:
            return int(m.group(1))
    if m is None:
        return None
    if m.group("rel"):
        return None if ctx.dct is None else ctx.dct.year + (1 if m.group("rel") == "Next" else -1)
    return int(m.group(1))


def _story_day_nearby(ctx: "Context", start: int) -> bool:
    """True if the narrative anchor is a day at least half a year before the article date,
    mentioned in this sentence or the one before."""
    a = ctx.anchor
    if a is None or ctx.dct is None or a.gran != "day" or (ctx.dct - a.day).days <= 183:
        return False
    return ctx.anchor_at >= ctx.sentence_span(start, back=1)[0]


def _mod(f: dict, rule: Rule) -> Optional[str]:
    return f.get("mod") or f.get("qmod") or rule.mod


def _pod_suffix(f: dict) -> str:
    pod = f.get("pod")
    if pod is None:
        return ""
    return "T" + str(pod)


# ----------------------------------------------------------------------------- resolvers

def _year_for_month(ref: date, month: int, day: Optional[int], tense: str, rel: Optional[int], untensed: str = "same_year", future_weight: float = 1.0) -> int:
    """Year of a month (and day) written without one: "last March", "in May", "on May 9"."""
    if rel is not None:  # "last March (2)": the most recent one before the reference day
        here, now = (month, day or 0), (ref.month, ref.day if day else 0)
        if rel < 0:
            return ref.year if here < now else ref.year - 1
        if rel > 0:
            return ref.year if here > now else ref.year + 1
        return ref.year
    here = (month, day or 0)
    now = (ref.month, ref.day if day else 0)
    if tense == "past":
        return ref.year if here <= now else ref.year - 1
    if tense == "future":
        return ref.year if here >= now else ref.year + 1
    if untensed == "nearest":
        def cost(y: int) -> float:
            months = (y - ref.year) * 12 + month - ref.month + ((day or 15) - ref.day) / 31
            return months * future_weight if months > 0 else -months

        best = min((ref.year - 1, ref.year, ref.year + 1), key=cost)
        return best
    return ref.year


def _weekday_date(ref: date, wd: int, tense: str, rel: Optional[int], untensed: str = "nearest") -> date:
    diff = wd - ref.isoweekday()  # -6 .. 6
    if rel is not None:
        if rel < 0:  # last Friday: the most recent one before the reference day
            back = (ref.isoweekday() - wd) % 7 or 7
            return ref - timedelta(days=back)
        if rel > 0:  # next Friday: the first one after the reference day
            fwd = (wd - ref.isoweekday()) % 7 or 7
            return ref + timedelta(days=fwd)
        return ref + timedelta(days=diff)  # this Friday: same ISO week
    if diff == 0:
        return ref
    if tense == "past":
        return ref - timedelta(days=(ref.isoweekday() - wd) % 7)
    if tense == "future":
        return ref + timedelta(days=(wd - ref.isoweekday()) % 7)
    if untensed == "past":
        return ref - timedelta(days=(ref.isoweekday() - wd) % 7)
    # no tense: the nearest one
    back = (ref.isoweekday() - wd) % 7
    fwd = (wd - ref.isoweekday()) % 7
    return ref - timedelta(days=back) if back <= fwd else ref + timedelta(days=fwd)


def _season_year(ref: date, season: str, tense: str, rel: Optional[int]) -> int:
    """Year of a season written without one ("last summer"); winter Y = Dec Y .. Feb Y+1."""
    sm = SEASON_START[season]
    current = start_of(ref, "season")
    if rel is not None and rel < 0:
        y = ref.year
        while date(y, sm, 1) >= current:
            y -= 1
        return y
    if rel is not None and rel > 0:
        y = ref.year - 1
        while date(y, sm, 1) <= current:
            y += 1
        return y
    if rel is None and tense == "past":
        y = ref.year
        while date(y, sm, 1) > ref:
            y -= 1
        return y
    if rel is None and tense == "future":
        # the coming one, or the one under way: "will open the plant in the summer" in November
        y = ref.year - 1
        while shift(date(y, sm, 1), 3, "M") <= ref:
            y += 1
        return y
    return ref.year - 1 if season == "WI" and ref.month <= 2 else ref.year


# A period whose results are spoken of: "fourth-quarter earnings", "results for the fourth quarter".
_RESULTS = r"(?:results?|earnings|profits?|net(?:\s+income)?|loss(?:es)?|revenues?|sales|report)"
_RESULTS_AFTER = re.compile(r"[\s-]+(?:(?:net|operating|pretax|pre-tax|financial|earnings|sales|operating)\s+)?" + _RESULTS + r"\b", re.IGNORECASE)
_RESULTS_BEFORE = re.compile(_RESULTS + r"\s+(?:for|in|of)\s+(?:the\s+)?$", re.IGNORECASE)


# Results of a quarter come out within this many days of its end.
REPORT_DAYS = 120


# "(the quarter) ended", "ending": the date after it closes the period named before it
# a month-day joined to the one before it ("April 30 and May 1", "Dec. 30 to Jan. 2")
_DAY_PAIR = re.compile(r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.? \d{1,2}(?:st|nd|rd|th)?"
                       r"\s*,?\s*(?:and|or|to|through|until|-|\u2013)\s*$")
_QUARTER_ENDED = re.compile(r"\b(?:ended|ending|to)\s+(?:on\s+)?$", re.IGNORECASE)
# "fiscal" at or just before a year's span ("fiscal 2013", "the current fiscal year"): a fiscal
# year, whose end the calendar year does not give
_FISCAL_NEAR = re.compile(r"\bfiscal\b", re.IGNORECASE)


# A counted offset ("five months later", "ten weeks earlier"; one whose value is a day, a week or
# a month, _after_offset) right before a bare season in its sentence, with at most a comma and
# linking words ("in", "during", "that", "the") between: "Five months later, in the autumn",
# "eight months later, during the winter".
_OFFSET_THEN = re.compile(r"[A-Za-z0-9 -]{1,30}?\b(?:later|earlier|afterwards?)\s*,?\s*"
                          r"(?:(?:in|during|by|over|through|that|the)\s+)*$", re.IGNORECASE)


def _after_offset(ctx: Context, start: int) -> bool:
    """True if a counted offset to a point more than half a year from the article date ("five
    months later" after "April 2009") is told just before ``start`` in its sentence: a season
    named there is the one at the story's point, not the article's."""
    a = ctx.last_offset
    if a is None or ctx.dct is None or a.gran not in ("day", "week", "month") or abs((a.day - ctx.dct).days) <= 183:
        return False
    if not (0 <= ctx.last_offset_at < start and ctx.same_sentence(ctx.last_offset_at, start)):
        return False
    return _OFFSET_THEN.fullmatch(ctx.text, ctx.last_offset_at, start) is not None


def _season_near(day: date, season: str) -> int:
    """The year of the season nearest ``day`` (the one holding it, else the closer of the one
    before and the one after): winter Y = Dec Y .. Feb Y+1."""
    sm = SEASON_START[season]

    def gap(y: int) -> int:
        first = date(y, sm, 1)
        last = shift(first, 3, "M") - timedelta(days=1)
        return 0 if first <= day <= last else min(abs((first - day).days), abs((day - last).days))

    return min((day.year - 1, day.year, day.year + 1), key=gap)


def _season_booked_soon(text: str, start: int, ref: date, season: str) -> bool:
    """True if the season at ``start`` is one a business books or forecasts for (`forward_period`:
    "said bookings for the summer were strong") and the coming one begins within FORWARD_PERIOD_DAYS
    of ``ref``: that coming season, even in a past clause, as for a quarter."""
    if not forward_period(text, start):
        return False
    first = date(ref.year, SEASON_START[season], 1)
    if first <= ref:
        first = date(ref.year + 1, SEASON_START[season], 1)
    return (first - ref).days <= FORWARD_PERIOD_DAYS


def _quarter_end(year: int, quarter: int) -> date:
    return date(year, 3 * quarter, 30 if quarter in (2, 3) else 31)


def _quarter_end_of(day: date) -> date:
    """The last day of the calendar quarter that holds ``day``."""
    return _quarter_end(day.year, (day.month + 2) // 3)


def _count_from_past_day(ctx: Context, ref: Point, n: int, unit: str, start: int, end: int,
                         tense_past: bool = False) -> Optional[date]:
    """The day a forward count of days or weeks told in the past lands on when counted from the story's
    last day not after the article date, where counting from the reference lands after it; else None.

    A past event cannot follow the article date, so a reference after it (a hearing "at 10:00 on
    Saturday" ahead) or at it is not where the story is: "Burglars forced a window at 23:40 on
    2 June ... will appear in court at 09:30 on Monday. A van seen near the library was found
    abandoned two days later" is June 4. The day of the last clock time told on or before the article
    date comes first (the story is at the last event its clock timed, as for "the following
    morning"), then the last anchor day on or before it; either must lie before the reference and
    give a day not after the article date. Only where the clause narrates in the simple past
    (``clock_told_past``, ``opening_told_past``; with ``tense_past``, also where the expression's
    tense is past, as for a count after a plan's month, whose clause may hold a modal of its own:
    "the council passed a rule that would ..."): "with a replay the following day if needed" is not."""
    if ctx.dct is None or not (clock_told_past(ctx.text, start, end) or opening_told_past(ctx.text, start, end)
                               or (tense_past and ctx.tense(start, end) == "past")):
        return None
    told = []
    if ctx.past_clock is not None:
        told.append((ctx.past_clock.date(), ctx.past_clock_at))
    if ctx.past_day is not None:
        told.append((ctx.past_day.day, ctx.past_day_at))
    for day, at in told:
        if 0 <= at < start and day < ref.day:
            d = shift(day, n, unit)
            if d <= ctx.dct:
                return d
    return None


def _reported_period(text: str, start: int, end: int) -> bool:
    return bool(_RESULTS_AFTER.match(text, end) or _RESULTS_BEFORE.search(text, max(0, start - 30), start))


def _last_told_day(ctx: Context, ref: Point, how: str) -> Point:
    """The point a count of days or weeks runs from in a story: where the story's reference is a
    year or longer, the last day the story told ("a Monet painted in 1901 ... two days later"),
    not the year."""
    if how == "narrative" and RANK[ref.gran] > RANK["month"] and "day" in ctx.last_by_gran:
        return ctx.last_by_gran["day"]
    return ref


# what may open a sentence before a month that frames it ("In October 2011, ...")
_MONTH_FRAME = re.compile(r"\s*[\"'“‘]?(?:(?:Back|Later|Earlier|Then)\s+)?(?:in|during|by|throughout|since)\s+$",
                          re.IGNORECASE)


def _day_before_background_month(ctx: Context, ref: Point, start: int) -> Optional[Point]:
    """The day a backward count of days runs from when the narrative anchor is a month told in
    passing (not opening its sentence, not in the sentence of the count) before which the story
    told a later day: that day ("detained on Thursday ... first arrested in January 2024. A day
    earlier, ..."); else None."""
    day = ctx.last_by_gran.get("day")
    if day is None or (day.day.year, day.day.month) <= (ref.day.year, ref.day.month) or ctx.anchor_at < 0 or ctx.same_sentence(ctx.anchor_at, start):
        return None
    s0 = ctx.sentence_span(ctx.anchor_at)[0]
    if _MONTH_FRAME.fullmatch(ctx.text, s0, ctx.anchor_at):
        return None
    return day


# the word that opens a comparison with an earlier figure ("down from $5 million, or 20 cents a share,
# a year earlier"): the last one before the expression in its sentence
_COMPARE_WORD = re.compile(r"\b(?:against|compared\s+(?:with|to)|versus|from)\b", re.IGNORECASE)


def _comparison_past(ctx: Context, start: int, end: int) -> bool:
    """Whether the figure an "a year earlier" compares with is told in the past: the expression's own
    tense, or, where that finds no cue and says present ("earned $2 million, or 9 cents a share, down
    from $3 million, or 12 cents a share, a year earlier": the verb is out of the cue window), the
    tense at the comparison's word; a forecast ("expects to earn ..., against ...") stays future."""
    own = ctx.tense(start, end)
    if own != "present":
        return own == "past"
    s0 = ctx.sentence_span(start)[0]
    words = list(_COMPARE_WORD.finditer(ctx.text, s0, start))
    return bool(words) and ctx.tense(words[-1].start(), words[-1].end()) == "past"


def _list_entry_day(ctx: Context, start: int) -> Optional[date]:
    """The day of the dated list's entry (tense.py `list_entry_tense`) whose text, after its opening
    date, holds ``start``, where that date is the last day the text named; else None."""
    if ctx.anchor is None or ctx.anchor.gran != "day" or not 0 <= ctx.anchor_at < start:
        return None
    ls = ctx.text.rfind("\n", 0, start) + 1
    if ctx.anchor_at < ls:
        return None
    le = ctx.text.find("\n", start)
    m = _list_line().match(ctx.text, ls, len(ctx.text) if le < 0 else le)
    if m is None or start < m.end() or not m.start("date") <= ctx.anchor_at < m.end("date"):
        return None
    if not ctx.same_sentence(m.end(), start):
        return None  # an entry ends at its first full stop: the sentences after it are read as usual
    if list_entry_tense(ctx.text, m.start("date"), m.end("date")) is None:
        return None  # a lone dated line, no list
    return ctx.anchor.day


def r_calendar(f: dict, rule: Rule, ctx: Context, start: int, end: int) -> Resolved:
    mod = _mod(f, rule)
    ref, how = ctx.ref(rule.anchor)
    unit = f.get("unit")
    rel = f.get("rel")
    num = f.get("num")
    direction = f.get("dir")
    pod = _pod_suffix(f)

    # decades and centuries
    if "decade" in f:
        d = int(f["decade"])
        if d < 100:  # "the '90s", "the 90s"
            if ref is None:
                return Resolved(None, mod)
            c = ref.day.year // 100
            if d * 10 > ref.day.year % 100 + 5:
                c -= 1
            return Resolved(f"{c:02d}{d // 10 if d >= 10 else d}", mod, how)
        return Resolved(f"{d:03d}", mod)
    if "decade_word" in f:
        dw = int(f["decade_word"])
        if "century" in f:
            return Resolved(f"{int(f['century']) - 1:02d}{dw}", mod)
        if ref is None:
            return Resolved(None, mod)
        c = ref.day.year // 100
        if dw * 10 > ref.day.year % 100:
            c -= 1
        return Resolved(f"{c:02d}{dw}", mod, how)
    if "century" in f and "year" not in f:
        return Resolved(f"{int(f['century']) - 1:02d}", mod)

    # counted shift: "two years ago", "three days later"
    if num is not None and unit and direction is not None:
        if num == "X":
            return Resolved("PAST_REF" if direction < 0 else "FUTURE_REF", mod)
        if ref is None:
            return Resolved(None, mod)
        if unit == "Y" and num == 1 and f.get("follow_quarter") and ctx.topic("quarter") is not None:
            # "up from $5 million a year ago" in a report about a quarter: the same quarter a year
            # before (a comparison); "12 years ago" is a year back in history, not a quarter
            ref, how = ctx.topic("quarter"), "narrative"
        if (unit == "Y" and num == 1 and how == "narrative" and ref.gran == "day" and ctx.last_quarter is not None
                and ctx.anchor_at - 40 <= ctx.last_quarter_at < ctx.anchor_at
                and _QUARTER_ENDED.search(ctx.text, max(0, ctx.anchor_at - 16), ctx.anchor_at)):
            # "in the quarter ended March 31, compared with ... a year earlier": the day only closes
            # the quarter named before it, which is the period compared (2012-Q1, not the year
            # 2012; "the fiscal-first quarter ended Sept. 30": that fiscal quarter)
            ref = ctx.last_quarter
        if (f.get("compare_quarter") and unit == "Y" and num == 1 and how == "narrative" and ref.gran == "day"
                and ref.day == ctx.dct and ctx.topic("quarter") is not None):
            # "said Tuesday it lost $38 million, against a profit of $41 million a year earlier" in a
            # report about a quarter: the anchor is only the day of the report (the article's), so
            # the figure compared is the story's quarter a year before, as with "a year ago"
            # (dates.yaml year_earlier_compared: only after against / compared with / from)
            ref = ctx.topic("quarter")
        if (f.get("compare_quarter") and unit == "Y" and num == 1 and how == "narrative"
                and ctx.dct is not None and not ctx.same_sentence(ctx.anchor_at, start)
                and (ref.gran == "quarter" and _quarter_end_of(ref.day) >= ctx.dct
                     or ref.gran == "year" and ref.day.year >= ctx.dct.year
                     and not _FISCAL_NEAR.search(ctx.text, max(0, ctx.anchor_at - 12), ctx.anchor_at + 20))
                and _comparison_past(ctx, start, end)):
            # "warned the second quarter would be no better. Sales fell to $9 million from $10 million
            # a year earlier": a figure told in the past is a result, and no result is in yet for a
            # quarter that has not ended (a forecast's): the report's ended quarter a year back. The
            # same after a calendar year not ended ("raised its outlook for 2013"); a fiscal year
            # may have ended within the article's calendar year, so it keeps the year back
            topic = ctx.topic("quarter")
            if topic is not None and topic != ref and _quarter_end_of(topic.day) < ctx.dct:
                ref = topic
        if (f.get("compare_quarter") and unit == "Y" and num == 1 and how == "narrative" and ref.gran == "month"
                and ctx.dct is not None and ctx.last_quarter is not None
                and 0 <= ctx.last_quarter_at < ctx.anchor_at and ctx.same_sentence(ctx.last_quarter_at, ctx.anchor_at)
                and ctx.sentences_between(ctx.anchor_at, start) == 1
                and _quarter_end_of(ctx.last_quarter.day) < ctx.dct and _comparison_past(ctx, start, end)):
            # "said first-quarter profit fell as snow in March and April kept buyers away. It earned
            # $8 million, down from $13 million a year earlier": a month told after an ended quarter in
            # the quarter's own sentence is a cause or a part of the report, and a figure in the next
            # sentence, naming no period of its own, is the quarter's: that quarter a year back
            ref = ctx.last_quarter
        if (f.get("sentence_quarter") and unit == "Y" and num == 1 and ctx.last_quarter is not None
                and 0 <= ctx.last_quarter_at < start and ctx.same_sentence(ctx.last_quarter_at, start)):
            # "lost $18 million in the quarter, compared with ... a year earlier": the quarter its
            # own sentence names a year back, whatever the narrative anchor (a forecast half told
            # before) or the quarter the text mentions most (dates.yaml year_earlier_compared_in_quarter)
            ref, how = ctx.last_quarter, "narrative"
        if UNIT_GRAN.get(unit) in ("day", "week"):
            # "two days later" after "a Monet painted in 1901"; weeks too ("harvested 73 percent by
            # Sunday, after the wettest spring in 20 years ... up from 75 percent a week earlier":
            # the week before that Sunday, not a week before the spring began)
            ref = _last_told_day(ctx, ref, how)
            if how == "narrative" and ref.gran == "month" and direction < 0:
                # "A day earlier" after a month: not the month before. After a background month
                # told after the story's day ("detained on Thursday ... He was first arrested in
                # January 2024. A day earlier, the court rejected ..."), the day before that day;
                # else the month itself (its day is not given)
                day = _day_before_background_month(ctx, ref, start)
                if day is None:
                    return Resolved(format_value(ref.day, "month"), mod, how)
                ref = day
        if (unit in ("H", "MIN") and direction > 0 and how == "narrative" and ctx.last_clock is not None
                and not isinstance(num, str) and 0 <= ctx.last_clock_at < start
                and ctx.last_clock.date() == ref.day and ctx.last_clock_at >= ctx.anchor_at - 40
                and ctx.text.count(".", ctx.last_clock_at, start) <= 3):
            # "at about 11:30 p.m. ... a head count two hours later": hours count from the last
            # clock time the story told (2013-08-25T01:30, a TIME); with no clock time anchored to
            # the day, the day itself (below)
            t = ctx.last_clock + (timedelta(hours=num) if unit == "H" else timedelta(minutes=num))
            return Resolved(t.strftime("%Y-%m-%dT%H:%M"), mod, how)
        n = num
        u = unit
        if u == "H" and not isinstance(n, str) and n >= 24 and float(n).is_integer() and int(n) % 24 == 0:
            # "48 hours later" after a day with no clock time told: whole days, as "two days later"
            # (hours that are no whole number of days -- "36 hours later" -- leave the day open)
            n, u = int(n) // 24, "D"
        if isinstance(n, float) and not n.is_integer():
            if u == "Y":
                n, u = round(n * 12), "M"
            elif u == "M":
                n, u = round(n * 30), "D"
            else:
                n = round(n)
        d = shift(ref.day, int(direction * n), u)
        if (how == "narrative" and direction > 0 and u in ("D", "W") and ref.gran == "day"
                and ctx.dct is not None and d > ctx.dct):
            # "was found burnt out two days later" after a hearing set for a coming day: counted
            # from the story's last day before the article date
            d = _count_from_past_day(ctx, ref, int(n), u, start, end) or d
        from_past = None
        if (how == "narrative" and direction > 0 and u in ("D", "W") and ref.gran == "month"
                and ctx.dct is not None and ref.day > ctx.dct):
            # (time104) "lodged objections on April 2 to force a referendum in October 2017. Three
            # days later, the council withdrew ...": a month that begins after the article date (a
            # plan's) is no point a past count runs from; the story's last day not after the article date is
            from_past = _count_from_past_day(ctx, ref, int(n), u, start, end, tense_past=True)
            if from_past is not None:
                d = from_past
        gran = UNIT_GRAN.get(u, "day")
        if how == "narrative" and RANK[ref.gran] > RANK[gran] and from_past is None:
            gran = ref.gran
        if u == "Y" and ref.gran in ("quarter", "month", "half", "season") and how == "narrative" \
                and not (n > 1 and ref.gran in ("month", "season")):
            # "a year earlier" after a month or quarter: the same period a year before (a
            # comparison); "two years later" after "November 1990" is a year of the story (1992)
            gran = ref.gran
        if f.get("gran"):
            gran = f["gran"]
        return Resolved(format_value(d, gran) + (pod if gran == "day" else ""), mod, how)

    has_sub = any(k in f for k in ("month", "weekday", "season", "quarter", "half", "ord"))
    # relative unit: "last week", "this year", "the following day"
    if unit and rel is not None and not has_sub:
        if ref is None:
            return Resolved(None, mod)
        gran = UNIT_GRAN.get(unit, "day")
        if gran == "day":  # "the next day" after "since the model entered service in 1995"
            ref = _last_told_day(ctx, ref, how)
        if pod and gran == "day" and int(rel) == 0 and how == "narrative" and ref.gran != "day" and ctx.dct is not None:
            # a part of the day alone ("at dawn", "that evening") after a month or year names no
            # day of it (was the month itself, with no part of the day): the article's day when
            # the period holds it and the clause is not past ("Ramadan falls in July. From dawn
            # ..." told in July), else a day of that month or year the story does not give
            # ("signed in March 2009. That evening ...": 2009-03-XXTEV, as "the next day" after a
            # month; "took the town in March. That evening, they attacked", told in March, too:
            # its clause narrates the past, ``clock_told_past``; a report of it does not)
            holds = format_value(ctx.dct, ref.gran) == format_value(ref.day, ref.gran)
            if holds and (ref.gran not in ("month", "year") or not clock_told_past(ctx.text, start, end)):
                ref, how = ctx.ref("dct")
            elif ref.gran in ("month", "year"):
                v = format_value(ref.day, ref.gran) + ("-XX" if ref.gran == "month" else "-XX-XX")
                return Resolved(v + pod, mod, how)
        d = shift(ref.day, int(rel), unit)
        if (how == "narrative" and gran == "day" and int(rel) > 0 and ctx.dct is not None and d > ctx.dct
                and ctx.last_clock is not None and ctx.last_clock.date() < ref.day
                and shift(ctx.last_clock.date(), int(rel), unit) <= ctx.dct
                and (ctx.tense(start, end) == "past" or opening_told_past(ctx.text, start, end))):
            # "the storm hit at about 9:40 p.m. Friday ... two remained in serious condition
            # Wednesday [the article's day]. The following morning, crews found cracks": a day
            # after the one last named would lie after the article date, yet it is told in the
            # past; the story is at the last event its clock timed (Saturday morning)
            d = shift(ctx.last_clock.date(), int(rel), unit)
        if how == "narrative" and gran == "day" and int(rel) > 0 and ref.gran == "day" and ctx.dct is not None and d > ctx.dct:
            # "was found the following day" after a hearing set for a coming day: as a count of days
            d = _count_from_past_day(ctx, ref, int(rel), unit, start, end) or d
        if (how == "narrative" and gran == "day" and int(rel) > 0 and ref.gran == "month" and not f.get("gran")
                and ctx.dct is not None and ref.day > ctx.dct):
            # (time104) "the next day" told in the past after a month that begins after the article
            # date (a plan's): as a count of days, from the story's last day not after the article date
            from_past = _count_from_past_day(ctx, ref, int(rel), unit, start, end, tense_past=True)
            if from_past is not None:
                return Resolved(format_value(from_past, "day") + pod, mod, how)
        if how == "narrative" and gran == "day" and ref.gran == "month" and not f.get("gran") and int(rel) != 0:
            # "the next day" after "In October 2011, an inmate walked out": a day of that month
            # the story does not give (TimeML's "2011-10-XX"), not the month itself
            return Resolved(format_value(ref.day, "month") + "-XX", mod, how)
        if how == "narrative" and RANK[ref.gran] > RANK[gran]:
            gran = ref.gran
        if f.get("gran"):
            gran = f["gran"]
        return Resolved(format_value(d, gran) + (pod if gran == "day" else ""), mod, how)

    # the year, when given or relative
    year = f.get("year")
    used = None
    if year is None and "yrel" in f:
        if ref is None:
            return Resolved(None, mod)
        year = ref.day.year + int(f["yrel"])
        used = how

    hol = f.get("holiday")
    if "nth" in f and "month" in f and "weekday" in f:
        hol = {"month": f["month"], "nth": f["nth"], "weekday": f["weekday"]}
    if isinstance(hol, dict):
        if year is None and ref is not None:
            # a holiday in a sentence that names its year first: "In 2006, he played on Mardi
            # Gras", "came back in 2006, playing his first show on Mardi Gras" (2006, not the
            # article's year)
            year = _framed_year(ctx, start)
            # (not a year a figure is compared with: "opened earlier than last year, and the
            # deals on Black Friday ...")
            if (year is None and ctx.anchor is not None and ctx.anchor.gran == "year"
                    and 0 <= ctx.anchor_at < start and ctx.same_sentence(ctx.anchor_at, start)
                    and not _COMPARED_YEAR.search(ctx.text, max(0, ctx.anchor_at - 20), ctx.anchor_at)):
                year = ctx.anchor.day.year
            if year is not None:
                used = "narrative"
        if year is None:
            if ref is None:
                return Resolved(None, mod)
            used = how
            cands = [(y, holiday_date(hol, y)) for y in (ref.day.year - 1, ref.day.year, ref.day.year + 1)]
            cands = [(y, d) for y, d in cands if d is not None]
            if rel is not None and rel < 0:
                past = [d for _, d in cands if d < ref.day]
                d = max(past) if past else None
            elif rel is not None and rel > 0:
                fut = [d for _, d in cands if d > ref.day]
                d = min(fut) if fut else None
            else:
                t = ctx.tense(start, end)
                pool = [d for _, d in cands if (t != "past" or d <= ref.day) and (t != "future" or d >= ref.day)] or [d for _, d in cands]
                d = min(pool, key=lambda x: abs((x - ref.day).days)) if pool else None
        else:
            d = holiday_date(hol, year)
        return Resolved(d.isoformat() if d else None, mod, used)

    month = f.get("month")
    if month:
        day = f.get("day")
        if year is None:
            if ref is None:
                v = f"XXXX-{month:02d}" + (f"-{day:02d}" if day else "")
                return Resolved(v, mod)
            use = ctx.policy.get("month_use_tense", "yes")
            # a rule that knows the month's side of the DCT ("figures for November") before the clause
            t = _rule_tense(f, rel, ("past", "future", "present")) or (
                ctx.tense(start, end) if rel is None and use in ("yes", "future_only", True) and not f.get("untensed")
                else "present")
            narrated = False
            if use == "future_only" and t == "past":
                narrated = narrated_past(ctx.text, start)
                # a chronology's entry (a dated list told in the past, `list_entry_tense`) is a
                # past told as such: the day not after the article's
                if not narrated and list_entry_tense(ctx.text, start, end) != "past":
                    t = "present"
            base, used = ref.day, how
            if rel is None:
                year = _framed_year(ctx, start)
            if year is None and rel is not None and how == "narrative" and ref.gran == "year":
                year = ref.day.year + int(rel)  # "elected in 1994 and resigned the following March": March 1995
            if (year is None and rel is None and t == "present" and ctx.anchor is not None and ctx.anchor.gran == "month"
                    and ctx.anchor.day.month != month and 0 <= ctx.anchor_at < start and start - ctx.anchor_at <= 60
                    and ctx.same_sentence(ctx.anchor_at, start) and not _BY_MONTH.search(ctx.text, max(0, start - 12), start)):
                # a month compared with the month just named in its sentence: "builders broke ground
                # on 950,000 homes in May, up from 853,000 in April" is the April nearest that May,
                # not an April the text named years before ("since April 2006")
                # (not a month reached "by": "went on sale in February, and by October had sold out"
                # moves the story on, `_BY_MONTH`)
                year, used = _year_for_month(ctx.anchor.day, month, None, "present", None, "nearest"), "narrative"
            if (year is None and rel is None and day and ctx.anchor is not None and ctx.anchor.gran == "day"
                    and 0 <= ctx.anchor_at < start and _DAY_PAIR.match(ctx.text, ctx.anchor_at, start)
                    and "\n" not in ctx.text[ctx.anchor_at:start]):
                # a day joined to the day just named: "meet on April 30 and May 1" is the May right
                # after that April 30, not a May the text named with another year ("May 1979")
                a = ctx.anchor.day
                year, used = a.year + (1 if (month, day) < (a.month, a.day) else 0), "narrative"
            # the day of a plan made in the past or told called off (below) is read against the
            # article date, not a month the story named in another year ("Baghdad fell on 9 April"
            # in 2003 ... "postponed the elections, due on 20 April": this April); asked only while
            # the year is still open (its regexes would run for every month-day)
            plan_day = year is None and rel is None and t == "present" and (
                past_plan_for(ctx.text, start) or called_off_plan(ctx.text, start, end, ctx.sentence_starts())
                or reduced_plan_told_past(ctx.text, start, end) is not None)
            if year is None and rel is None and t == "present" and ctx.policy.get("month_repeats") and not plan_day:
                year = _month_again(ctx, month)
            entry_day = _list_entry_day(ctx, start) if year is None and rel is None and day else None
            if entry_day is not None:
                # a day inside a dated list's entry is read from the entry's day ("- 3 Mar: the port
                # says it will raise fees from 17 Mar": the 17 Mar after that 3 Mar), as a weekday is
                year = _year_for_month(entry_day, month, day, t, None, "nearest", 1.0)
                used = "narrative"
            if year is None:
                if (rel is None and ctx.policy.get("month_follows_story") and ctx.anchor is not None
                        and ctx.anchor.gran in ("day", "month") and ctx.dct is not None
                        and abs((ctx.anchor.day - ctx.dct).days) > 183):
                    base, used = ctx.anchor.day, "narrative"  # the story is in another year than the DCT
                elif narrated and rel is None and day and _story_day_nearby(ctx, start):
                    # a past event told right after a day of another year: "On March 20, 2003,
                    # warplanes struck Baghdad ... Baghdad fell on April 9" (2003, not last April)
                    base, used, t = ctx.anchor.day, "narrative", "present"
                # the day of a plan made in the past ("originally scheduled for Sept. 20") or told
                # called off ("planned for Aug. 30, was postponed") is as likely to come as to have
                # gone: the nearest one, without the policy's lean to the past (which is for a bare
                # month, "in March")
                weight = 1.0 if plan_day else float(ctx.policy.get("month_future_weight", 1.0))
                year = _year_for_month(base, month, day, t, rel, ctx.policy.get("month_untensed", "same_year"), weight)
                wd = f.get("weekday")
                if day and wd and rel is None:
                    # a weekday named with the day says the year: "had been scheduled for Thursday,
                    # March 19" (a Thursday in 2026, a Friday in 2027) is the year next to the one the
                    # tense chose where that day is that weekday, if the chosen one's is not
                    try:
                        if date(year, month, day).isoweekday() != int(wd):
                            fits = [y for y in (year - 1, year + 1) if date(y, month, day).isoweekday() == int(wd)]
                            if fits:
                                year = fits[0]
                    except ValueError:
                        pass
        if unit == "W" and (day or f.get("ord")):  # "the week of March 6", "the first week of March"
            try:
                d = date(year, month, day) if day else date(year, month, min(7 * (int(f["ord"]) - 1) + 4, 28))
            except ValueError:
                return Resolved(None, mod, used)
            return Resolved(format_value(d, "week"), mod, used)
        if day:
            try:
                v = date(year, month, day).isoformat()
            except ValueError:
                return Resolved(None, mod, used)
            return Resolved(v + pod, mod, used)
        return Resolved(f"{year:04d}-{month:02d}", mod, used)

    wd = f.get("weekday")
    if wd:
        if ref is None:
            return Resolved(f"XXXX-WXX-{wd}" + pod, mod)
        # a rule that knows the day's side of the DCT ("Monday's bombing") before the clause
        # ("present" from a rule: the nearest such day, as an anniversary's "50 years ago on Thursday")
        t = _rule_tense(f, rel, ("past", "future", "present")) or (ctx.tense(start, end) if rel is None and not f.get("plus_weeks") else "present")
        if t == "present" and rel is None and _POSSESSIVE.match(ctx.text, end):
            # "over Thursday's closing price", "Friday's trading volume": with no tense of its
            # own, a day whose result is spoken of is one that has been (all possessive weekdays
            # in the three golds are past or today)
            t = "past"
        if t == "present" and rel is None and ctx.past_weekday_at >= 0 and ctx.same_sentence(ctx.past_weekday_at, start):
            # "arrested two men on Monday, hours after the attack on a mosque there on Sunday": a
            # weekday with no tense of its own, in a sentence that already dated a weekday in the
            # past, is told in the past too
            t = "past"
        elif (t != "future" and rel is None and 0 <= ctx.future_weekday_at < start
              and ctx.same_sentence(ctx.future_weekday_at, start)
              and not (ctx.past_weekday_at >= 0 and ctx.same_sentence(ctx.past_weekday_at, start))
              and _regex_tense(ctx.text, ctx.sentence_starts(), start, end, left_only=True) == "present"):
            # the same looking ahead, when nothing before the day in its clause says otherwise:
            # "will arrive in Jakarta on Wednesday and address the parliament on Thursday morning,
            # the minister told a news briefing" (the "will" lies beyond the cue window; "told"
            # is the report's)
            t = "future"
        base = ref.day if ref.gran == "day" else (ctx.dct or ref.day)
        entry_day = _list_entry_day(ctx, start) if rel is None and not f.get("plus_weeks") else None
        if entry_day is not None:
            # a weekday inside a dated list's entry counts from the entry's day ("- 9 March: a judge
            # orders the gate opened on Friday": the Friday after that Sunday, not after the article's
            # day); with no tense of its own, the story moves on: the next such day
            base, how = entry_day, "narrative"
            if t == "present":
                t = "future"
        decided = (called_off_on_weekday(ctx.text, end, ctx.sentence_starts())
                   if t == "present" and rel is None and not f.get("plus_weeks") and ctx.dct is not None
                   and called_off_plan(ctx.text, start, end, ctx.sentence_starts()) else None)
        if f.get("plus_weeks"):  # "Friday week": the coming Friday (or today) and a week
            d = _weekday_date(base, wd, "future", None) + timedelta(weeks=int(f["plus_weeks"]))
        elif decided:
            # a plan's weekday told before the past day it was called off on ("The crossing,
            # scheduled for Monday, was delayed on Sunday"): the first such day after that one
            told = ctx.dct - timedelta(days=(ctx.dct.isoweekday() - decided) % 7)
            d = told + timedelta(days=(int(wd) - decided) % 7 or 7)
        else:
            d = _weekday_date(base, wd, t, rel, ctx.policy.get("weekday_untensed", "nearest"))
        if f.get("gran"):
            return Resolved(format_value(d, f["gran"]), mod, how)
        return Resolved(d.isoformat() + pod, mod, how)

    quarter = f.get("quarter") or (f.get("ord") if unit == "Q" else None)
    half = f.get("half") or (f.get("ord") if unit == "HALF" else None)
    season = f.get("season")
    if quarter or half or season:
        if year is None:
            if ref is None:
                code = f"Q{quarter}" if quarter else f"H{half}" if half else season
                return Resolved(f"XXXX-{code}", mod)
            used = how
            if season and rel and ref.gran == "year":
                year = ref.day.year + rel  # "in 2019 ... the following spring": spring 2020
            elif season and rel is None and _after_offset(ctx, start):
                # "reopened five months later, in the autumn": the season the story has moved to
                year, used = _season_near(ctx.last_offset.day, season), "narrative"
            elif season:
                t = _rule_tense(f, rel) or ctx.tense(start, end)
                if rel is None and t == "past" and _season_booked_soon(ctx.text, start, ref.day, season):
                    t = "future"
                year = (_framed_year(ctx, start) if rel is None else None) or _season_year(ref.day, season, t, rel)
                # "In 1990, they spent the summer ..."; a rule's own tense ("the spring term will
                # ...": `academic_term_ahead`) before the clause's
            else:
                year = ref.day.year
                first_month = 3 * (int(quarter) - 1) + 1 if quarter else (1 if int(half) == 1 else 7)
                # a fiscal quarter's number says nothing of its calendar months ("its fiscal
                # third-quarter profit fell" in March is FedEx's December-February quarter): the
                # year of the report, as the TimeBank golds write them
                period_start = date(year, min(first_month, 12), 1)
                starts_soon = period_start <= ref.day + timedelta(days=FORWARD_PERIOD_DAYS)
                if rel is None and not f.get("fiscal") and period_start > ref.day and not (
                        quarter and starts_soon and forward_period(ctx.text, start)) and (
                        ctx.tense(start, end) == "past" or (quarter and _reported_period(ctx.text, start, end)
                                                            and ref.day < _quarter_end(year - 1, int(quarter)) + timedelta(days=REPORT_DAYS))):
                    # "profits fell in the fourth quarter" written in January; "will report
                    # fourth-quarter results on Jan. 30": results are those of a quarter that has ended
                    # (not the coming quarter a business books or forecasts for: "said bookings for the
                    # second quarter were weak" in late March, `forward_period`)
                    year -= 1
                elif (rel is None and quarter and not f.get("fiscal") and _quarter_end(year, int(quarter)) < ref.day
                      and for_delivery(ctx.text, start)):
                    # a quarter goods are sold for that has already ended this year is next year's:
                    # "crude for loading in the first quarter" told in November (only after "for
                    # delivery": a quarter merely told in a future clause, "expects to report ... in
                    # the third quarter", may be one that has ended)
                    year += 1
        if quarter:
            return Resolved(f"{year:04d}-Q{min(int(quarter), 4)}", mod, used)
        if half:
            return Resolved(f"{year:04d}-H{min(int(half), 2)}", mod, used)
        return Resolved(f"{year:04d}-{season}", mod, used)

    if year is not None:
        return Resolved(f"{year:04d}", mod, used)
    if "day" in f and ref is not None:  # "the 15th": day of the reference month
        try:
            return Resolved(ref.day.replace(day=int(f["day"])).isoformat(), mod, how)
        except ValueError:
            return Resolved(None, mod, how)
    # a bare part of the day: "this morning", "tonight"
    if pod and ref is not None:
        d = ref.day if ref.gran == "day" else (ctx.dct or ref.day)
        if f.get("night_before_if_past") and ctx.dct is not None:
            # "overnight" after another day the story is at, on the same side of the article date as
            # the clause's tense ("Tuesday afternoon and continue overnight"), is that day's night;
            # else tonight, or last night in a past clause ("rain fell overnight")
            t = ctx.tense(start, end)
            if not (how == "narrative" and ref.gran == "day" and ref.day != ctx.dct
                    and (ref.day < ctx.dct) == (t == "past")):
                d, how = ctx.dct - timedelta(days=1) if t == "past" else ctx.dct, "dct"
        return Resolved(d.isoformat() + pod, mod, how)
    return Resolved(None, mod)


_DUR_UNIT = {
    "S": ("T", "S", 1), "MIN": ("T", "M", 1), "H": ("T", "H", 1), "D": ("", "D", 1),
    "NIGHT": ("", "D", 1), "W": ("", "W", 1), "FN": ("", "W", 2), "WE": ("", "WE", 1),
    "M": ("", "M", 1), "Q": ("", "Q", 1), "HALF": ("", "M", 6), "SEASON": ("", "M", 3),
    "Y": ("", "Y", 1), "DE": ("", "Y", 10), "CE": ("", "Y", 100), "MIL": ("", "Y", 1000),
}
# Half units expressed one unit down.
_HALF = {"Y": (6, "M"), "M": (2, "W"), "D": (12, "H"), "H": (30, "MIN"), "W": (84, "H"), "MIN": (30, "S"),
         "DE": (5, "Y"), "CE": (50, "Y"), "NIGHT": (12, "H")}
_DATE_PART = ("Y", "M", "W", "D")


def _iso_duration(parts: list[tuple[int, str]]) -> str:
    """[(2, "Y"), (6, "M")] -> "P2Y6M"; [(5, "H"), (30, "MIN")] -> "PT5H30M"."""
    date_s, time_s = "", ""
    for n, u in parts:
        t, code, mult = _DUR_UNIT[u]
        if t:
            time_s += f"{n * mult}{code}"
        else:
            date_s += f"{n * mult}{code}"
    return "P" + date_s + ("T" + time_s if time_s else "")


def duration_value(num: Any, unit: str) -> Optional[str]:
    if unit not in _DUR_UNIT:
        return None
    if num == "X" or num is None:
        t, code, _ = _DUR_UNIT[unit]
        return f"P{t}X{code}"
    if isinstance(num, float) and not num.is_integer():
        whole = int(num)
        if abs(num - whole - 0.5) < 1e-9 and unit in _HALF:
            k, u2 = _HALF[unit]
            parts = ([(whole, unit)] if whole else []) + [(k, u2)]
            return _iso_duration(parts)
        t, code, mult = _DUR_UNIT[unit]
        return f"P{t}{round(num * mult, 2)}{code}"
    return _iso_duration([(int(num), unit)])


def r_duration(f: dict, rule: Rule, ctx: Context, start: int, end: int) -> Resolved:
    unit = f.get("unit")
    chain = [(f[k], u) for k, u in (("dur_h", "H"), ("dur_min", "MIN"), ("dur_s", "S")) if f.get(k) is not None]
    if chain:  # "4hr 43min 25sec": every part of the chain
        return Resolved(_iso_duration(chain), _mod(f, rule))
    order = ("CE", "DE", "Y", "M", "W", "D", "H", "MIN", "S")
    if (f.get("unit_b") in order and unit in order and order.index(f["unit_b"]) > order.index(unit)
            and all(isinstance(f.get(k), int) for k in ("num", "num_b"))):
        # "three years and six months": both parts, the larger first
        return Resolved(_iso_duration([(f["num"], unit), (f["num_b"], f["unit_b"])]), _mod(f, rule))
    num = f.get("num", 1)
    if f.get("halfplus") and isinstance(num, (int, float)):
        num = num + 0.5
    if rule.value:
        try:
            return Resolved(rule.value.format(**f), _mod(f, rule))
        except (KeyError, ValueError):
            pass
    if "num2" in f and isinstance(num, (int, float)) and isinstance(f["num2"], (int, float)):
        num = f["num2"]  # ranges "two to three years": TimeML takes the upper bound
    return Resolved(duration_value(num, unit) if unit else None, _mod(f, rule))


def r_literal(f: dict, rule: Rule, ctx: Context, start: int, end: int) -> Resolved:
    try:
        v = (rule.value or "").format(**f)
    except (KeyError, ValueError, IndexError):
        v = None
    return Resolved(v or None, _mod(f, rule))


_GRAN_UNIT = {"day": "D", "week": "W", "weekend": "W", "month": "M", "season": "SEASON", "quarter": "Q",
              "half": "HALF", "year": "Y", "decade": "DE", "century": "CE"}


_BARE_PERIOD = re.compile(r"(?:the|its)\s+period", re.IGNORECASE)


def r_narrative(f: dict, rule: Rule, ctx: Context, start: int, end: int) -> Resolved:
    """"at that time", "that day", "the quarter": the period the text is talking about.

    For quarters and halves the period of that grain the text is about wins ("the quarter" after
    "the third quarter", see ``Context.topic``); else the narrative anchor at that grain ("that
    year"), or, for a finer grain than the anchor's ("the day" after "October 1982"), the last
    period of that grain mentioned, else (``dct_fallback``) the article date; with no anchor or
    with ``latest``, the article date (shifted by ``back`` units: "the latest quarter" = the last
    completed one)."""
    mod = _mod(f, rule)
    unit = f.get("unit")
    gran = f.get("gran") or (UNIT_GRAN.get(unit) if unit else None)
    year = f.get("year")
    if gran == "quarter" and f.get("month") and f.get("day") and ctx.dct is not None and year is None:
        # "will report results for the quarter ending Sept. 30" (on Sept. 10): a quarter that ends
        # within three months after the article date is the current one, whatever quarter the
        # story talked of before (a report's topic quarter has ended)
        try:
            ends = date(ctx.dct.year, f["month"], f["day"])
        except ValueError:
            ends = None
        if ends is not None and 0 < (ends - ctx.dct).days <= 92:
            mid = ends - timedelta(days=45)
            return Resolved(f"{mid.year:04d}-Q{(mid.month - 1) // 3 + 1}", mod, "dct")
    if (gran == "quarter" and year is None and _BARE_PERIOD.fullmatch(ctx.text[start:end])
            and ctx.topic("quarter") is None and ctx.topic("half") is None):
        # "Airlines added 1,200 flights for the period" in a story that names no quarter or half:
        # the period the story means is no report's quarter (was the last quarter); no timex
        return Resolved(None, mod, type="NONE")
    if (gran in ("quarter", "half") or f.get("topic")) and ctx.topic(gran) is not None:
        v = ctx.topic(gran).value
        if year is not None and v[:4].isdigit():
            v = f"{year:04d}" + v[4:]  # "the 1988 quarter": the quarter in talk, in 1988
        return Resolved(v, mod, "narrative")
    if year is not None:
        return Resolved(f"{year:04d}", mod)
    if gran == "quarter" and f.get("month") and f.get("day") and ctx.dct is not None:
        # "the quarter ended July 31": the quarter holding most of the three months before that day
        try:
            ended = date(_year_for_month(ctx.dct, f["month"], f["day"], "past", None), f["month"], f["day"])
        except ValueError:
            ended = None
        if ended is not None:
            mid = ended - timedelta(days=45)
            return Resolved(f"{mid.year:04d}-Q{(mid.month - 1) // 3 + 1}", mod, "dct")
    p, how = ctx.ref("dct" if f.get("latest") else "narrative")
    if p is None:
        return Resolved(rule.value or None, mod)
    if gran and how == "narrative" and RANK[gran] < RANK[p.gran]:
        # "the day" after "since October 1982": the last day the story mentions, else the article date
        if gran in ctx.last_by_gran:
            p = ctx.last_by_gran[gran]
        elif f.get("dct_fallback"):
            p, how = ctx.ref("dct")
    if (how == "narrative" and f.get("dct_fallback") and ctx.dct is not None and p.day > ctx.dct
            and ctx.tense(start, end) == "past"):
        # "The rupee ended the day at 68.75" after a forecast "to March 31": a day told in the
        # past cannot be one after the article date; the story's own day, as with no anchor
        p, how = ctx.ref("dct")
    if how == "dct" and gran and f.get("back"):
        p = Point(shift(p.day, int(f["back"]), _GRAN_UNIT[gran]), p.gran)
    if how == "dct" and not gran:
        return Resolved(rule.value or None, mod)
    g = p.gran
    if gran and RANK[gran] > RANK[g]:
        g = gran
    return Resolved(format_value(p.day, g), mod, how)



_REPORTING = re.compile(r"\b(?:said|says|told|announced|reported|stated)\b", re.IGNORECASE)
_CLAUSE_EDGE = re.compile(r"[,;:()\u2014]|\s(?:and|but|which|who|where|when|while)\s", re.IGNORECASE)


# After a live blog's entry stamp: a dash and the entry, or the end of the line ("Updated 10:35 GMT").
_STAMP_AFTER = re.compile(r"[ \t]*(?:[-\u2013\u2014][ \t]|\r?\n|$)")
# A line that is only a day: a live blog's day heading ("Wednesday 22 October", "Oct. 21, 2025", "Monday").
_DAY_HEADER = re.compile(
    r"(?m)^[ \t]*(?:(?:(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday),?[ \t]+)?"
    r"(?:[0-9]{1,2}(?:st|nd|rd|th)?[ \t]+[A-Z][a-z]+\.?|[A-Z][a-z]+\.?[ \t]+[0-9]{1,2}(?:st|nd|rd|th)?)(?:,?[ \t]+[0-9]{4})?"
    r"|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)[ \t]*$")


def blog_stamp(ctx: Context, start: int, end: int) -> bool:
    """A live blog's entry stamp: a clock time opening its line, after nothing or a word of the
    policy's `blog_stamp_prefixes` ("Updated", "Posted at"), and followed by a dash or the end of
    the line ("11:45 - Troops retook the mine.", "Updated 10:35 GMT")."""
    text = ctx.text
    lead = " ".join(text[text.rfind("\n", 0, start) + 1:start].split()).lower()
    if lead and lead not in (ctx.policy.get("blog_stamp_prefixes") or ()):
        return False
    return _STAMP_AFTER.match(text, end) is not None


def r_time(f: dict, rule: Rule, ctx: Context, start: int, end: int) -> Resolved:
    hour = f.get("hour")
    minute = f.get("minute") or 0
    ampm = (f.get("ampm") or "").lower().replace(".", "").strip()
    if hour is None and f.get("pod") and not any(k in f for k in ("weekday", "month", "day", "year", "rel", "unit", "yrel")):
        # a part of the day alone ("fell 3 percent in the afternoon"): on the day a bare clock
        # time would take
        hour = -1
    if hour is None:
        return Resolved(None, _mod(f, rule))
    if "morning" in ampm:  # "4 in the morning", "10 o'clock at night" (the half of the day in words)
        ampm = "am"
    elif "afternoon" in ampm or "evening" in ampm or "night" in ampm:
        ampm = "am" if "night" in ampm and hour < 5 else "pm"
    if hour < 0:
        pass
    elif ampm.startswith("p") and hour < 12:
        hour += 12
    elif ampm.startswith("a") and hour == 12:
        hour = 0
    if hour > 24 or minute > 59 or (hour < 0 and not f.get("pod")):
        return Resolved(None, _mod(f, rule))
    # the day: from date fields of the same expression, else the reference day
    sub = {k: v for k, v in f.items() if k in ("weekday", "month", "day", "year", "rel", "unit", "yrel")}
    if "rel" in sub and "unit" not in sub:
        sub["unit"] = "D"
    if sub:
        day_res = r_calendar(sub, rule, ctx, start, end)
        base = day_res.value
        how = day_res.anchor
        if base is None:
            return Resolved(None, _mod(f, rule))
    else:
        # a bare clock time belongs to the day the story is at (the last day mentioned), else the DCT
        ref, how = ctx.ref("narrative")
        if ctx.anchor_period_end and ref is not None and ref is ctx.anchor and ref.gran == "day":
            # "in the 12 months to September 30, 2012, ... released at 10 am": the end of a
            # counted period is no day the story is at; the last day told, else the article's
            ref, how = (ctx.clock_day, "narrative") if ctx.clock_day is not None else ctx.ref("dct")
        if ctx.clock_day is not None and ref is not None and ref.gran == "day" and ref.day != ctx.clock_day.day:
            ref = ctx.clock_day  # "late Monday, officials said on Tuesday. ... at 10:40 p.m.": Monday
        fb = ctx.flashback
        if (fb is not None and hour >= 0 and ref is not None and ref is ctx.clock_day and fb[0] == ctx.clock_day_at
                and hour * 60 + minute < fb[1]):
            # "left the quay at 6:15am on Tuesday ... Its radar had broken down on Monday evening ...
            # docked at 9:40am": a clock time before the flashback's own time is on the story's day
            ref = fb[2]
        if (ref is not None and ref.gran != "day" and ctx.clock_day is not None
                and 0 <= ctx.clock_day_at < ctx.anchor_at and ctx.same_sentence(ctx.clock_day_at, ctx.anchor_at)
                and ctx.text.count(".", ctx.anchor_at, start) <= 2):
            # a month or year named after the day in the day's sentence (a relative clause, a
            # reduced one, an "after ..." phrase) is background, not the moment the story is at:
            # "United begin at Swansea on Saturday, the first match for Moyes since he replaced
            # Ferguson, who retired in May ... Kick-off is at 5:30 pm" (Saturday); "gave birth late
            # Friday, a year after a cub born to her last September died ... \n\n at 5:32 pm" (Friday)
            ref, how = ctx.clock_day, "narrative"
        if (ref is not None and ctx.dct is not None and abs((ref.day - ctx.dct).days) > 183
                and max(ctx.clock_day_at, ctx.anchor_at) >= 0
                and ctx.text.find("\n\n", max(ctx.clock_day_at, ctx.anchor_at), start) >= 0):
            # a day of another era (over half a year from the article date) named in an earlier
            # paragraph: "... hit its crisis low on March 9, 2009 ... \n\n Traders applauded as
            # the closing bell rang at 4 p.m." is the article's day (a day near the article's, as
            # "late Monday, officials said on Tuesday. \n\n The train struck at 10:40 p.m.", stays)
            ref, how = ctx.ref("dct")
        if (ref is not None and ctx.dct is not None and ref.gran == "day" and ref.day > ctx.dct
                and clock_told_past(ctx.text, start, end)):
            # a clock time of a past event is no later than the article date: "... canceled for
            # Saturday. \n\n Trains stopped running at about 1 p.m." is the article's day
            ref, how = ctx.ref("dct")
        elif (ref is not None and ctx.clock_day is not None and ref.day == ctx.clock_day.day
                and ctx.same_sentence(ctx.clock_day_at, start)):
            said = None
            for said in _REPORTING.finditer(ctx.text, ctx.clock_day_at, start):
                pass
            if said is not None and not _CLAUSE_EDGE.search(ctx.text, said.end(), start):
                # the day belongs to what was said, the clock to the saying after it: "admitted
                # between Friday and Sunday, the commission said in a statement posted at 9 a.m."
                ref, how = ctx.ref("dct")
        if (hour >= 18 and ref is not None and ref.gran == "day" and ctx.early_day is not None
                and ref.day == ctx.early_day.day and max(ctx.anchor_at, ctx.clock_day_at) <= ctx.early_day_at
                and ctx.late_day is not None and ctx.late_day.day < ref.day
                and 0 <= ctx.late_day_at < ctx.early_day_at and ctx.same_sentence(ctx.late_day_at, ctx.early_day_at)
                and ctx.text.count(".", ctx.early_day_at, start) <= 2):
            # "inmates who escaped late Saturday were captured early Tuesday ... cut through a
            # fence at about 11:30 p.m.": an evening clock time belongs to the day named "late",
            # not to the one named "early" beside it (the morning of that day)
            ref, how = ctx.late_day, "narrative"
        if ref is not None and ref.gran == "day" and how == "narrative" and hour < 12:
            # a part of the day or a morning hour told after a clock time or a midnight that ran into
            # a later day than the story's ("By 6 a.m. [the next day] ... empty by midmorning";
            # "took effect at midnight. Drivers blocked the roads from early morning"): that day
            later, later_at = None, -1
            if ctx.last_clock is not None and ctx.last_clock.date() > ref.day:
                later, later_at = ctx.last_clock.date(), ctx.last_clock_at
            if (ctx.last_midnight is not None and ctx.last_midnight_at > later_at
                    and ctx.last_midnight > ref.day):
                later, later_at = ctx.last_midnight, ctx.last_midnight_at
            if (later is not None and later_at >= max(ctx.anchor_at, ctx.clock_day_at)
                    and ctx.sentences_between(later_at, start) <= 2 and (ctx.dct is None or later <= ctx.dct)):
                ref = Point(later, "day")
        stamp = blog_stamp(ctx, start, end)
        if stamp and ctx.blog_day is not None and not _DAY_HEADER.search(ctx.text, ctx.blog_day_at, start):
            # a live blog's entry stamp is on the day of the stamp before it (the day the blog was
            # at before its first entry, or a day heading since), not on a day an entry names
            ref, how = ctx.blog_day, "narrative"
        if ref is not None and ref.gran != "day":
            ref, how = ctx.ref("dct")
        if stamp and ref is not None:
            ctx.blog_day, ctx.blog_day_at = ref, start
        if ref is None:
            if hour < 0:
                return Resolved(f"XXXX-XX-XXT{f['pod']}", _mod(f, rule))
            return Resolved(f"XXXX-XX-XXT{hour:02d}:{minute:02d}", _mod(f, rule))
        base = ref.day.isoformat()
    if hour < 0:
        return Resolved(f"{base[:10]}T{f['pod']}", _mod(f, rule), how)
    zone = "Z" if str(f.get("tz") or "").upper() in ("UTC", "GMT", "Z") else ""
    return Resolved(f"{base[:10]}T{hour:02d}:{minute:02d}{zone}", _mod(f, rule), how)


# ----------------------------------------------------------------------------- bare ordinal days

def _day_in_month(y: int, m: int, day: int) -> Optional[date]:
    """That day of month ``m`` of year ``y``; None where the month is too short for it."""
    try:
        return date(y, m, day)
    except ValueError:  # "the 31st" in a month of 30 days
        return None


def _days_of_month_near(center: date, day: int) -> list[date]:
    """That day of the month in the month of ``center`` and the months on either side of it."""
    out = []
    for k in (-1, 0, 1):
        first = add_months(center.replace(day=1), k)
        d = _day_in_month(first.year, first.month, day)
        if d is not None:
            out.append(d)
    return out


@functools.lru_cache(maxsize=4)
def _ordinal_rank_regex(words: tuple) -> re.Pattern:
    """Any of ``words`` (or its plural) as a whole word; a regex that never matches for none."""
    if not words:
        return re.compile(r"(?!x)x")
    return re.compile(r"\b(?:" + "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True)) + r")s?\b",
                      re.IGNORECASE)


@functools.lru_cache(maxsize=4)
def _ordinal_noun_regex(nouns: tuple) -> re.Pattern:
    """An ordinal, at most one word, then one of ``nouns`` (or its plural): "the 20th floor", "the
    third straight round", "17th-century"."""
    if not nouns:
        return re.compile(r"(?!x)x")
    alt = "|".join(re.escape(w) for w in sorted(nouns, key=len, reverse=True))
    return re.compile(r"\b(?:[0-9]{1,3}(?:st|nd|rd|th)|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth"
                      r"|tenth|eleventh|twelfth|[a-z]+teenth|[a-z]+tieth|[a-z]+-(?:first|second|third|fourth|fifth|"
                      r"sixth|seventh|eighth|ninth))[\s-]+(?:(?!(?:the|a|an|his|her|its|their|our)\s)[a-z]+\s+)?"
                      r"(?:" + alt + r")s?\b", re.IGNORECASE)


def _paragraph_anchor(ctx: Context, start: int) -> bool:
    """Whether the story's reference date is a day or a month told before ``start`` in the same
    paragraph (no blank line in between): a bare day of the month counts from it."""
    a = ctx.anchor
    return a is not None and a.gran in ("day", "month") and 0 <= ctx.anchor_at < start \
        and "\n\n" not in ctx.text[ctx.anchor_at:start]


def r_day_of_month(f: dict, rule: Rule, ctx: Context, start: int, end: int) -> Resolved:
    """A bare ordinal day ("on the 16th", "by the 29th"): that day of the month the context gives.

    A month the story is in (the narrative anchor: a month, or a day of the same paragraph) gives it
    when the tense agrees (a past clause not after the article date, a future one not before it): a
    month, its day; a day, the nearest such day to it. Else the article date: the nearest such day
    on the side the tense says (past: on or before it; future: on or after it; no tense: nearest).
    A sentence (or the one before) that names what an elided ordinal counts ("the 15th hole ... on
    the 16th", "the 20th floor ... on the 19th": policy `ordinal_rank_nouns`) or a sport counted in
    holes or innings (`ordinal_rank_context`) leaves it untagged."""
    day = f.get("day")
    if not day or not 1 <= int(day) <= 31:
        return Resolved(None, type="NONE")
    day = int(day)
    lo, hi = ctx.sentence_span(start, back=1)  # this sentence and the one before
    if (_ordinal_rank_regex(tuple(ctx.policy.get("ordinal_rank_context") or ())).search(ctx.text, lo, hi)
            or _ordinal_noun_regex(tuple(ctx.policy.get("ordinal_rank_nouns") or ())).search(ctx.text, lo, hi)):
        return Resolved(None, type="NONE")
    t = ctx.tense(start, end)
    dct = ctx.dct
    a = ctx.anchor
    if f.get("weekday"):
        d = _weekday_day_of_month(ctx, int(f["weekday"]), day, t, start)
        if d is not None:
            return d
    if _paragraph_anchor(ctx, start):
        if a.gran == "month":
            cands = [d for d in [_day_in_month(a.day.year, a.day.month, day)] if d is not None]
        else:
            cands = sorted(_days_of_month_near(a.day, day), key=lambda d: abs((d - a.day).days))[:1]
        if cands:
            d = cands[0]
            if dct is None or not ((t == "past" and d > dct) or (t == "future" and d < dct)):
                return Resolved(d.isoformat(), None, "narrative")
    if dct is None:
        return Resolved(None)
    near = _days_of_month_near(dct, day)
    if t == "past":
        near = [d for d in near if d <= dct]
    elif t == "future":
        near = [d for d in near if d >= dct]
    if not near:
        return Resolved(None)
    d = min(near, key=lambda d: (abs((d - dct).days), d > dct))
    return Resolved(d.isoformat(), None, "dct")


def _weekday_day_of_month(ctx: Context, wd: int, day: int, tense: Optional[str], start: int) -> Optional[Resolved]:
    """"Tuesday the 8th": the 8th of the month nearest to the reference where it is a Tuesday. The
    reference is the month the story is in (a month, or a day of the same paragraph), else the
    article date, where only days on the tense's side of it count (past: on or before; future: on
    or after). None where no month within half a year fits."""
    a, dct = ctx.anchor, ctx.dct
    center, how = None, "dct"
    if _paragraph_anchor(ctx, start):
        center, how = a.day, "narrative"
    elif dct is not None:
        center = dct
    if center is None:
        return None
    cands = []
    for k in range(-6, 7):
        first = add_months(center.replace(day=1), k)
        d = _day_in_month(first.year, first.month, day)
        if d is None or d.isoweekday() != wd:
            continue
        if dct is not None and ((tense == "past" and d > dct) or (tense == "future" and d < dct)):
            continue
        cands.append(d)
    if a is not None and how == "narrative" and a.gran == "month":
        cands = [d for d in cands if (d.year, d.month) == (a.day.year, a.day.month)] or cands
    if not cands:
        return None
    d = min(cands, key=lambda d: (abs((d - center).days), d > center))
    return Resolved(d.isoformat(), None, how)


RESOLVERS: dict[str, Callable[..., Resolved]] = {
    "calendar": r_calendar,
    "day_of_month": r_day_of_month,
    "duration": r_duration,
    "literal": r_literal,
    "narrative": r_narrative,
    "time": r_time,
}
