"""The temporal tagger: find TIMEX3 expressions with the YAML rules, pick the longest
non-overlapping matches, and normalize them in text order (so that narrative expressions
such as "the next day" see the last concrete date before them)."""
from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime, timedelta
import re
from typing import Optional

from chronicle.model import Timex
from chronicle.time.calendar import parse_value, value_to_interval
from chronicle.time.resolve import RESOLVERS, Context, Resolved, fields_of
from chronicle.time.rules import Rule, RuleSet, load_ruleset


# A full date this close to the start of a text without an article date is taken as its dateline.
DATELINE_CHARS = 300
# "since 1998", "its lowest level since December 2008": the start of a span that reaches the
# present; the story does not move there, so such a date is no narrative anchor ("the next day",
# "the year" after it still refer to the story's own time).
_SINCE_BEFORE = re.compile(r"\bsince\s+$", re.IGNORECASE)
# A date of birth ("anyone born after 6 April 1970", "born on May 3, 1950") describes a person,
# not the moment the story is at: it does not move the narrative anchor.
_BORN_BEFORE = re.compile(r"\bborn\s+(?:on\s+|in\s+|after\s+|before\s+|since\s+)?$", re.IGNORECASE)
# (datingFix46) A date the text rejects ("cleared the camp on Monday, not on Sunday", "on Friday
# rather than Thursday", "instead of on Tuesday") is no moment the story is at: it does not move
# the narrative anchor.
_REJECTED_BEFORE = re.compile(r"\b(?:not|rather\s+than|instead\s+of)\s+(?:on\s+|in\s+|at\s+)?$", re.IGNORECASE)
# The day a statement was made ("... late Monday, officials said on Tuesday") is no day for the
# clock times of the events told ("The train struck at about 10:40 p.m.": Monday night).
_SAID_BEFORE = re.compile(r"\b(?:said|says|announced|told\s+reporters)\s+(?:on\s+)?$")
# The last day of a counted period ("in the 12 months to September 30, 2012", "the quarter
# ended June 30", "the year through March 31") bounds a statistic; it is no day a clock time later in
# the story happens on ("estimates released at 10 am": the article's day).
_PERIOD_END_BEFORE = re.compile(
    r"\b(?:days?|weeks?|months?|quarters?|years?|period|half|season)\s+(?:to|through|thru|ending|ended)\s+(?:on\s+)?$",
    re.IGNORECASE)
# The day a report came out, after a date the same sentence tells ("rose to 80 percent in 2012,
# ..., the department said on Friday. The rate was up from 78 percent a year earlier"; "will
# deliver his Budget on 20 March, the Treasury confirmed on Monday, with a vote the following
# Tuesday"): the story stays at that date; the day of saying is no narrative anchor.
_REPORTED_BEFORE = re.compile(r"\b(?:said|says|announced|confirmed|reported|told\s+reporters)\s+(?:on\s+)?$")
# A day named inside a relative or participle clause ("The pontiff, elected last Wednesday as
# the first pope from the Americas, toured the square ... at 9:30 a.m.", "Fernandez, who had lunch
# with the pope on Monday", "the spending cuts that took effect on Friday") dates what that clause
# tells of a noun, not the moment the story is at: it is no day for later bare clock times. The
# clause runs from its comma or relative word to the day with no comma, colon or semicolon between;
# a participle after a comma must be closed by another comma (else it is the main verb after an
# apposition: "Chavez, 58, died Tuesday afternoon").
_REL_CLAUSE_BEFORE = re.compile(
    r"(?:,\s*(?:who|whom|whose|which|where)\b"
    r"|\b(?:who|which|that)\s+(?:had\s+|has\s+|have\s+)?(?:[a-z]+ed|took|came|went|began|fell|won|made|held)\s)"
    r"[^,;:!?\n.]*$")
_PARTICIPLE_BEFORE = re.compile(r",\s*(?:[a-z]+ly\s+)?[a-z]+(?:ed|en)\s[^,;:!?\n.]*$")
_CLAUSE_CLOSED = re.compile(r"[^;:!?\n.]{0,120}?,")
# (time104) A day told in a past-perfect clause ("The pump had jammed on Tuesday evening") goes
# back behind the story's day told in an earlier sentence ("The crew was winched off at 6 a.m. on
# Wednesday"); a later bare clock time earlier in the day than that flashback's own time cannot
# follow it on its day ("... landed at 7:10 a.m.": Wednesday, the story's day); one after it may
# ("It had left at 4 a.m. Tuesday ... By 3 p.m. it ...": Tuesday). The clause runs from "had" to
# the day with no sentence or clause mark.
_PAST_PERFECT_BEFORE = re.compile(
    r"\bhad\s+(?:(?:not|never|already|just|also|earlier)\s+)?(?:been\s+)?"
    r"(?:[a-z]+(?:ed|en|wn)|left|lost|set|run|begun|gone|made|kept|sent|spent|held|hit|shut|struck|met|fled|sunk|sank)\b"
    r"[^,;:!?\n.]{0,60}$", re.IGNORECASE)


# where a part of the day begins, in minutes ("Friday night": from 8 p.m.)
_POD_START = {"MO": 5 * 60, "MI": 12 * 60, "AF": 12 * 60, "EV": 17 * 60, "NI": 20 * 60}


def _time_of_day(value: str):
    """Minutes into the day of a day's clock time or part of the day ("...T04:47", "...TNI"), else None."""
    m = re.match(r"\d{4}-\d{2}-\d{2}T(?:(\d{2}):(\d{2})|([A-Z]{2}))", value or "")
    if m is None:
        return None
    return int(m.group(1)) * 60 + int(m.group(2)) if m.group(1) else _POD_START.get(m.group(3))


def _past_perfect_background(ctx: Context, p, start: int) -> bool:
    """True if the day ``p`` at ``start`` is told in a past-perfect clause and is earlier than the
    clock day the story told in an earlier sentence (``_PAST_PERFECT_BEFORE``)."""
    c = ctx.clock_day
    return (p.gran == "day" and c is not None and p.day < c.day and 0 <= ctx.clock_day_at < start
            and not ctx.same_sentence(ctx.clock_day_at, start)
            and _PAST_PERFECT_BEFORE.search(ctx.text, ctx.sentence_span(start)[0], start) is not None)


def _in_rel_clause(text: str, start: int, end: int) -> bool:
    """True if the day at ``text[start:end]`` is named inside a relative or participle clause."""
    lo = max(0, start - 120)
    if _REL_CLAUSE_BEFORE.search(text, lo, start):
        return True
    return bool(_PARTICIPLE_BEFORE.search(text, lo, start) and _CLAUSE_CLOSED.match(text, end))


# "Net income was $18.1 million, compared with $15.3 million in the first quarter of 2012": the
# period a figure is compared with is no anchor either ("a solid start to the year" is this year).
_COMPARED_BEFORE = re.compile(
    r"\b(?:compared\s+(?:with|to)|versus|vs\.?|(?:up|down)\s+from)\s+(?:[^,;:!?()\n.]|\.(?=[0-9])){0,50}?"
    r"\b(?:in|during|for|at|on)\s+(?:the\s+)?$", re.IGNORECASE)

# Fields that give a clock time its own day ("10 p.m. Wednesday", "5 p.m. EST Nov. 9").
_DAY_FIELDS = ("weekday", "month", "day", "year", "rel", "unit", "yrel")
# What may stand between a bare clock time and the day it belongs to: "10:35 a.m. (0735 GMT)
# Friday", "at 3 p.m. local time on Saturday", "16:15 UTC, June 1st", "5 p.m. New York time on
# Monday", "noon Eastern time Tuesday".
_CLOCK_TO_DAY = re.compile(
    r"[\s,()]*(?:(?:on|local\s+time|(?-i:(?:[A-Z][a-z]+\s+){1,3})time|(?-i:[A-Z]{2,4}))[\s,()]*)*", re.IGNORECASE)
_HHMM_VALUE = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}")
_DAY_VALUE = re.compile(r"^[0-9]{4}-[0-9]{2}-[0-9]{2}(?=$|T)")
# The first clock time of a range whose second one names the day: "between 8 a.m. and noon on
# Wednesday", "from 9 a.m. to 5 p.m. Tuesday" (both on that day).
_CLOCK_RANGE_FROM = re.compile(r"\b(?:between|from)\s+(?:about\s+|around\s+)?$", re.IGNORECASE)
_CLOCK_RANGE_GAP = re.compile(r"\s*(?:and|to|until|till|-|\u2013|\u2014)\s*", re.IGNORECASE)
_HOUR = re.compile(r"T([01][0-9]|2[0-3])")
_CLOCK_VALUE = re.compile(r"^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]")
# Between two coordinated weekdays ("next Tuesday and Wednesday", "last Friday, Saturday or
# Sunday", "from Monday to Friday"): the second is the next such day after the first, in the same
# direction and week, not a day resolved on its own.
_WEEKDAY_COORD = re.compile(r"\s*(?:,\s*(?:and\s+|or\s+)?|(?:and|or|to|through|thru|and/or)\s+|[-\u2013]\s*)(?:on\s+)?")


# the end of a dateline: "OSLO, June 7, 2013 (AFP) - ", "March 14 (Reuters) - ", "... (AP) -- "
_DATELINE_END = re.compile(r"\s*(?:\([A-Z][A-Za-z./ ]{1,20}\)\s*)?(?:--?|\u2013|\u2014)\s")


def in_dateline(text: str, start: int, end: int) -> bool:
    """A date in the dateline is the article's own date, no day the story tells of."""
    if start >= DATELINE_CHARS or "\n\n" in text[:start].strip() or re.search(r"\s(?:--?|\u2013|\u2014)\s", text[:start]):
        return False
    return _DATELINE_END.match(text, end) is not None


# (datingFix46) "ratified it on Tuesday, a day late: the Monday sitting was adjourned" / "... on
# Tuesday because the Monday sitting was adjourned": an earlier day the same sentence names after a
# colon (not a clock time's) or "because", once it has told its day, explains the act; the story stays at the act's day.
_EXPLANATION = re.compile(r":\s|\bbecause\b", re.IGNORECASE)  # not a clock time's colon
_CLOCK_AT = re.compile(r"\d{1,2}[:.]\d{2}\b")


def _explains_before(ctx: Context, p, start: int) -> bool:
    """True if the day ``p`` at ``start`` is earlier than the anchor day its own sentence told before
    it, behind a colon or "because" between the two (``_EXPLANATION``)."""
    a = ctx.anchor
    return (p.gran == "day" and a is not None and a.gran == "day" and p.day < a.day
            and 0 <= ctx.anchor_at < start and ctx.same_sentence(ctx.anchor_at, start)
            and not _CLOCK_AT.match(ctx.text, ctx.anchor_at)  # "08:05 - A recap: ...": a label, no act's day
            and _EXPLANATION.search(ctx.text, ctx.anchor_at, start) is not None)


def _compared_before(text: str, start: int) -> bool:
    """True if the expression at ``start`` dates the figure something is compared with."""
    lo = max(0, start - 80)
    window = text[lo:start].lower()
    if "compared" not in window and "from" not in window and "vs" not in window and "versus" not in window:
        return False
    return _COMPARED_BEFORE.search(text, lo, start) is not None


def find_candidates(text: str, rs: RuleSet) -> list[tuple[int, int, Rule, object]]:
    """Every rule match as (start, end, rule, match)."""
    out = []
    low = None
    for rule in rs.rules:
        if rule.requires:  # a cheap test before the regex scan: the rule's key word is absent
            if low is None:
                low = text.lower()
            if not any(k in low for k in rule.requires):
                continue
        search = rule.regex.search
        has_pre = "pre" in rule.regex.groupindex
        pos = 0
        while True:
            m = search(text, pos)
            if m is None:
                break
            s, e = m.span()
            if has_pre and m.start("pre") >= 0:
                s = m.end("pre")  # left context the expression needs but does not include
            nl = text.find("\n", s, e)
            if nl >= 0:  # an expression does not run across a line break (headline, dateline)
                pos = nl + 1
                continue
            if e > s:
                out.append((s, e, rule, m))
            pos = e if e > s else s + 1
    return out


def select(cands: list[tuple[int, int, Rule, object]]) -> list[tuple[int, int, Rule, object]]:
    """Longest match wins; ties go to the higher priority, then the earlier rule. No overlaps."""
    order = sorted(enumerate(cands), key=lambda ic: (-(ic[1][1] - ic[1][0]), -ic[1][2].priority, ic[1][0], ic[0]))
    end = max((c[1] for c in cands), default=0)
    taken = bytearray(end)
    chosen = []
    for _, c in order:
        s, e = c[0], c[1]
        if taken.find(1, s, e) != -1:
            continue
        taken[s:e] = b"\x01" * (e - s)
        chosen.append(c)
    chosen.sort(key=lambda c: c[0])
    return [c for c in chosen if c[2].type != "NONE"]


def tag_timexes(text: str, dct: Optional[date], doc=None, ruleset: Optional[RuleSet] = None) -> list[Timex]:
    """TIMEX3 expressions of ``text`` normalized against the article date ``dct``.

    ``doc`` is an optional spaCy ``Doc`` of the same text, used for the tense of bare weekdays
    and months; without it a regex cue over the sentence decides."""
    if not text:
        return []
    if isinstance(dct, datetime):
        dct = dct.date()
    rs = ruleset or load_ruleset()
    ctx = Context(text=text, dct=dct, doc=doc, policy=rs.policy)
    timexes: list[Timex] = []
    bare_clock: set[int] = set()  # clock times that took their day from the context, not from a day of their own
    prev_day = None  # (index of the next timex, date) after a weekday resolved to a day
    for start, end, rule, m in select(find_candidates(text, rs)):
        while end > start and text[end - 1].isspace():  # a span never ends on a space
            end -= 1
        fields = fields_of(m, rule, rs)
        try:
            res = RESOLVERS[rule.resolve](fields, rule, ctx, start, end)
        except (ValueError, OverflowError, KeyError, TypeError):  # out-of-range calendar arithmetic
            res = Resolved(None, fields.get("mod") or rule.mod)
        if res.type == "NONE":  # the resolver found the match is no time expression here
            continue
        if (fields.get("month") and not any(k in fields for k in ("year", "day", "rel", "yrel", "weekday"))
                and res.value and _MONTH_VALUE.fullmatch(res.value) and timexes
                and timexes[-1].value and _MONTH_OR_DAY_VALUE.fullmatch(timexes[-1].value)
                and res.value[:4] != timexes[-1].value[:4] and int(res.value[5:7]) > int(timexes[-1].value[5:7])
                and _MONTH_COORD.fullmatch(text, timexes[-1].end, start) and ctx.tense(start, end) == "present"):
            # "in September and at the APEC forum in October": a later month joined to a month by
            # "and" / "or" with no tense of its own is in that month's year (it was weighed alone
            # against the article date: 2012-10 after 2013-09); so after a day: "will hold a sale in
            # London on June 25, and return to New York in November"
            res = replace(res, value=timexes[-1].value[:4] + res.value[4:])
        elif (fields.get("month") and fields.get("day") and not any(k in fields for k in ("year", "rel", "yrel", "weekday"))
                and res.value and _DAY_VALUE.fullmatch(res.value) and timexes
                and timexes[-1].value and _DAY_VALUE.fullmatch(timexes[-1].value)
                and res.value[:4] != timexes[-1].value[:4] and res.value[5:10] > timexes[-1].value[5:10]
                and _DAY_COORD.fullmatch(text, timexes[-1].end, start) and ctx.tense(start, end) == "present"):
            # "will mark his birthday on February 16 and the anniversary of the armistice on July
            # 27": a later day joined to a day by "and" / "or" with no tense of its own is in that
            # day's year (weighed alone against the article date it was last July)
            res = replace(res, value=timexes[-1].value[:4] + res.value[4:])
        if (fields.get("month") and not any(k in fields for k in ("year", "rel", "yrel", "weekday"))
                and res.value and timexes and timexes[-1].value
                and (_DAY_VALUE.fullmatch(res.value) or _MONTH_VALUE.fullmatch(res.value))
                and len(timexes[-1].value) == len(res.value) and (
                    _DAY_VALUE.fullmatch(timexes[-1].value) or _MONTH_VALUE.fullmatch(timexes[-1].value))
                and _RANGE_GAP.fullmatch(text, timexes[-1].end, start) and "\n" not in text[timexes[-1].end:start]
                and _RANGE_FROM.search(text, max(0, timexes[-1].start - 16), timexes[-1].start)):
            # "between April 24 and June 21", "from May to July": the end of a range is the first
            # such day or month at or after its start (each weighed alone, a tense cue of the
            # sentence -- "shoppers ... should check" -- could send the end a year past the start);
            # not across a line break: "... from Mar 17\n- Mar 11: ..." is a dated list's next line (time101)
            y0 = int(timexes[-1].value[:4])
            y = y0 if res.value[5:] >= timexes[-1].value[5:] else y0 + 1
            res = replace(res, value=f"{y:04d}" + res.value[4:])
        if (prev_day is not None and prev_day[0] == len(timexes) and fields.get("weekday")
                and not any(k in fields for k in ("rel", "plus_weeks", "month", "day", "year"))
                and res.value and _DAY_VALUE.match(res.value)
                and _WEEKDAY_COORD.fullmatch(text, timexes[-1].end, start)):
            d0 = prev_day[1]
            shift = (int(fields["weekday"]) - d0.isoweekday()) % 7
            # a list runs forward through the week ("Saturday, Sunday and Monday"); one that goes
            # back ("statements made Friday and Thursday") names days each resolved on its own
            if shift and (int(fields["weekday"]) > d0.isoweekday() or shift <= 3):
                d = date.fromordinal(d0.toordinal() + shift)
                res = replace(res, value=d.isoformat() + res.value[10:], anchor=timexes[-1].anchor)
        prev_day = None
        if (rule.resolve == "time" and res.value and not any(k in fields for k in _DAY_FIELDS) and timexes):
            res = _clock_day_from_bracketed(text, start, res, timexes[-1])
        ttype = res.type or rule.type
        if ttype == "DATE" and res.value and "T" in res.value and res.value[:1].isdigit() and ":" in res.value:
            ttype = "TIME"
        interval = None
        if ttype in ("DATE", "TIME") and res.value:
            interval = value_to_interval(res.value)
            if interval is None and re.fullmatch(r"\d{4}-\d{2}-XX", res.value):
                # a day of a known month ("the next day" after "October 2011"): its month bounds it
                interval = value_to_interval(res.value[:7])
            p = parse_value(res.value)
            if p is not None and p.gran == "quarter":
                ctx.last_quarter, ctx.last_quarter_at = p, start
            if p is not None and rule.anchor == "narrative" and fields.get("dir") is not None and fields.get("num") is not None:
                # a counted offset ("five months later"): a bare season right after it is the one at its point
                ctx.last_offset, ctx.last_offset_at = p, start  # (resolve._after_offset)
            offset_clock = fields.get("unit") in ("H", "MIN") and rule.resolve == "calendar" and bool(
                _HHMM_VALUE.fullmatch(res.value))  # "two hours later" from a clock time: no day the story moves to
            if (p is not None and rule.updates_anchor and (rule.updates_anchor != "day" or p.gran == "day")
                    and not offset_clock):
                if (not _SINCE_BEFORE.search(text, max(0, start - 6), start) and not _compared_before(text, start)
                        and not _BORN_BEFORE.search(text, max(0, start - 14), start)
                        and not _REJECTED_BEFORE.search(text, max(0, start - 16), start)
                        and not _explains_before(ctx, p, start)):
                    if not (p.gran == "day" and 0 <= ctx.anchor_at < start and ctx.same_sentence(ctx.anchor_at, start)
                            and _REPORTED_BEFORE.search(text, max(0, start - 24), start)):
                        ctx.anchor, ctx.anchor_at = p, start
                        if p.gran == "day" and ctx.dct is not None and p.day <= ctx.dct:
                            ctx.past_day, ctx.past_day_at = p, start
                        ctx.anchor_period_end = p.gran == "day" and bool(
                            _PERIOD_END_BEFORE.search(text, max(0, start - 24), start))
                    if (p.gran == "day" and not _SAID_BEFORE.search(text, max(0, start - 24), start)
                            and not _PERIOD_END_BEFORE.search(text, max(0, start - 24), start)
                            and not _in_rel_clause(text, start, end)
                            and not in_dateline(text, start, end)):
                        ctx.flashback = None
                        tod = _time_of_day(res.value)
                        if tod is not None and _past_perfect_background(ctx, p, start):
                            ctx.flashback = (start, tod, ctx.clock_day)  # (resolve.r_time)
                        ctx.clock_day, ctx.clock_day_at = p, start
                if p.gran == "day" and res.mod in ("START", "END") and "T" not in res.value:
                    if res.mod == "END":
                        ctx.late_day, ctx.late_day_at = p, start
                    else:
                        ctx.early_day, ctx.early_day_at = p, start
                ctx.note(p)
            if (ctx.dct is None and p is not None and p.gran == "day" and res.anchor is None
                    and start < DATELINE_CHARS):
                ctx.dct = p.day  # no article date: a full date in the dateline stands in for it
        if fields.get("weekday") and res.value and _DAY_VALUE.match(res.value):
            prev_day = (len(timexes) + 1, date.fromisoformat(res.value[:10]))
            if ctx.dct is not None and prev_day[1] < ctx.dct:
                ctx.past_weekday_at = start
            elif ctx.dct is not None and prev_day[1] > ctx.dct:
                ctx.future_weekday_at = start
        if rule.resolve == "time" and res.value and "T" in res.value and not any(k in fields for k in _DAY_FIELDS):
            bare_clock.add(len(timexes))
            res = _after_night(text, start, res, timexes, bare_clock)
        if ttype == "TIME" and res.value and _HHMM_VALUE.fullmatch(res.value) and res.value[11:13] < "24":
            # the last clock time told, from which "two hours later" counts
            ctx.last_clock, ctx.last_clock_at = datetime.strptime(res.value, "%Y-%m-%dT%H:%M"), start
            if ctx.dct is not None and ctx.last_clock.date() <= ctx.dct:
                ctx.past_clock, ctx.past_clock_at = ctx.last_clock, start
        elif ttype == "TIME" and res.value and _HHMM_VALUE.fullmatch(res.value) and res.value[11:16] == "24:00":
            # a midnight told as a day's end: the next day starts there (`r_time`)
            ctx.last_midnight = date.fromisoformat(res.value[:10]) + timedelta(days=1)
            ctx.last_midnight_at = start
        timexes.append(
            Timex(
                id=f"t{len(timexes) + 1}",
                text=text[start:end],
                start=start,
                end=end,
                type=ttype,
                value=res.value,
                mod=res.mod,
                interval_start=interval[0] if interval else None,
                interval_end=interval[1] if interval else None,
                anchor=res.anchor if res.value else None,
            )
        )
    _clock_day_from_next(text, timexes, bare_clock)
    _habitual_clock(text, timexes, bare_clock)
    return timexes


_HABIT_RANGE_GAP = re.compile(r"\s*(?:to|and|until|till|through|-|\u2013)\s*")
_HABIT_SET_GAP = re.compile(r"\s*,?\s*")
# a recurring day, or a recurring part of one ("11:15 p.m. each night")
_DAILY_SET = re.compile(r"P1D|XXXX-WXX-[1-7]|XXXX-WXX-WE|XXXX-XX-XXT(?:MO|AF|EV|NI)")
_BARE_NOON_MIDNIGHT = re.compile(r"(?:about\s+|around\s+)?(?:midnight|noon|midday)", re.IGNORECASE)


def _habitual_clock(text: str, timexes: list[Timex], bare_clock: set[int]) -> None:
    """A bare clock time (or range of them) followed by a recurring day is the hour of a habit, no
    day's: "will picket from 7 a.m. to 5 p.m. each day", "opens at 9 a.m. every day" ->
    XXXX-XX-XXT07:00 (TimeML gives a habitual time of day no calendar day)."""
    def bare(n: int) -> bool:  # a bare "midnight" / "noon" ends a range too ("from 8 a.m. to midnight daily")
        return n in bare_clock or _BARE_NOON_MIDNIGHT.fullmatch(timexes[n].text) is not None

    i = 0
    while i < len(timexes):
        if not bare(i):
            i += 1
            continue
        j = i
        while (j + 1 < len(timexes) and bare(j + 1)
               and _HABIT_RANGE_GAP.fullmatch(text[timexes[j].end:timexes[j + 1].start])):
            j += 1
        k = j + 1
        if (k < len(timexes) and timexes[k].type == "SET" and _DAILY_SET.fullmatch(timexes[k].value or "")
                and _HABIT_SET_GAP.fullmatch(text[timexes[j].end:timexes[k].start])):
            for t in timexes[i:j + 1]:
                if t.value and "T" in t.value:
                    t.value = "XXXX-XX-XX" + t.value[t.value.index("T"):]
                    t.interval_start = t.interval_end = None
                    t.anchor = None
        i = j + 1


_MONTH_VALUE = re.compile(r"[0-9]{4}-[0-9]{2}")
_MONTH_OR_DAY_VALUE = re.compile(r"[0-9]{4}-[0-9]{2}(?:-[0-9]{2})?")
# the start and end of a range of days or months: "between April 24 and June 21", "from May to July"
_RANGE_FROM = re.compile(r"\b(?:between|from)\s+(?:early\s+|late\s+|mid-?)?$", re.IGNORECASE)
_RANGE_GAP = re.compile(r"\s*(?:and|to|until|till|through|-|\u2013|\u2014)\s*(?:early\s+|late\s+|mid-?)?", re.IGNORECASE)
# a month joined to the one before it in the same sentence: ", and at the forum in", " or in"
# a day joined to the one before it in the same sentence: " and the anniversary on", ", or on"
_DAY_COORD = re.compile(r",?\s+(?:and|or)\s+[^.;:!?()]{0,80}?\bon\s+", re.IGNORECASE)
_MONTH_COORD = re.compile(r",?\s+(?:and|or)\s+[^.;:!?()]{0,80}?\b(?:in|by|until|from)\s+(?:early\s+|late\s+|mid-?)?", re.IGNORECASE)


# "at about 10:30 p.m. ... By 6 a.m., officers were going door to door": a story told forward
# through the night reaches the early morning of the next day. Only "by", "until", "before" lead
# such a time (a flashback, "the plane had left at 6 a.m.", stays on the day).
_FORWARD_CLOCK = re.compile(r"\b(?:by|until|till|before)\s+(?:about\s+|around\s+)?$", re.IGNORECASE)


def _after_night(text: str, start: int, res: Resolved, timexes: list[Timex], bare_clock: set[int]) -> Resolved:
    """A bare early-morning clock time (before 8 a.m.) led by "by"/"until"/"before" right after a
    bare night clock time (8 p.m. or later) or a night (`TNI`) of the same day, with no date or time
    between (durations may be): the next day."""
    hour = int(res.value[11:13]) if res.value[10:11] == "T" and res.value[11:13].isdigit() else None
    if hour is None or hour >= 8 or not _DAY_VALUE.match(res.value):
        return res
    if not _FORWARD_CLOCK.search(text, max(0, start - 16), start):
        return res
    k = len(timexes) - 1
    while k >= 0 and timexes[k].type in ("DURATION", "SET"):  # "held him for half an hour"
        k -= 1
    if k < 0:
        return res
    prev = timexes[k]
    pv = prev.value or ""
    # a night of the same day ("flew home overnight", "drove through Sunday night") leads on to the
    # next morning as a night clock time does
    night = prev.type == "TIME" and pv[10:] == "TNI"
    if not night and k not in bare_clock:
        return res
    if pv[:10] != res.value[:10] or (not night and (pv[10:11] != "T" or not pv[11:13].isdigit() or int(pv[11:13]) < 20)):
        return res
    d = date.fromisoformat(res.value[:10]).toordinal() + 1
    return replace(res, value=date.fromordinal(d).isoformat() + res.value[10:])


# A clock time in brackets right after another: "6:15 am Monday (0030 GMT)", "1828 GMT (1:28 pm local time)".
_CLOCK_BRACKET = re.compile(r"\s*\(\s*")


def _clock_day_from_bracketed(text: str, start: int, res: Resolved, prev: Timex) -> Resolved:
    """A bare clock time in brackets right after a clock time with a day is the same moment in
    another zone: it takes that day, a day later or earlier where the two hours lie more than 14
    hours apart ("11 p.m. Monday (0500 GMT)" in Chicago is Tuesday in GMT; "6:15 am Monday (0030
    GMT)" in Kathmandu is Monday), so that it does not carry a stale day into the story."""
    pv, rv = prev.value or "", res.value or ""
    if prev.type != "TIME" or not _CLOCK_VALUE.match(pv) or not _CLOCK_VALUE.match(rv):
        return res
    if _CLOCK_BRACKET.fullmatch(text, prev.end, start) is None:
        return res
    hp, hr = _HOUR.match(pv[10:]), _HOUR.match(rv[10:])
    if hp is None or hr is None:
        return res
    step = 0
    if rv.endswith("Z") != pv.endswith("Z"):
        # the local hour minus the GMT hour is the zone's offset, between -12 and +14
        off = int(hp.group(1)) - int(hr.group(1)) if rv.endswith("Z") else int(hr.group(1)) - int(hp.group(1))
        if rv.endswith("Z"):
            step = 1 if off > 14 else (-1 if off < -12 else 0)
        else:
            step = -1 if off > 14 else (1 if off < -12 else 0)  # "0200 GMT (9 p.m. local time)": the day before
    d = date.fromordinal(date.fromisoformat(pv[:10]).toordinal() + step).isoformat()
    return replace(res, value=d + rv[10:], anchor=prev.anchor)


def _clock_day_from_next(text: str, timexes: list[Timex], bare_clock: set[int]) -> None:
    """A clock time right before the day it happens on takes that day: "10:35 a.m. (0735 GMT)
    Friday" is Friday at 10:35, "3 p.m. local time on Saturday" is Saturday at 15:00. Right to
    left, so that a chain of clock times ("10:35 a.m. (0735 GMT) Friday") all reach the day."""
    for i in sorted(bare_clock, reverse=True):
        if i + 1 >= len(timexes):
            continue
        t, nxt = timexes[i], timexes[i + 1]
        day = _DAY_VALUE.match(nxt.value or "")
        if day is None or nxt.type not in ("DATE", "TIME"):
            continue
        gap = text[t.end:nxt.start]
        if "\n" in gap:
            continue
        if _CLOCK_TO_DAY.fullmatch(gap) is None and not (
                _CLOCK_RANGE_GAP.fullmatch(gap) and _CLOCK_VALUE.match(nxt.value or "")
                and _CLOCK_RANGE_FROM.search(text, max(0, t.start - 16), t.start)):
            continue
        d = day.group(0)
        hm, hn = _HOUR.match(t.value[t.value.index("T"):]), _HOUR.match(nxt.value[10:])
        if hm and hn and nxt.value.endswith("Z") and not t.value.endswith("Z"):
            # a local time with its GMT in brackets: "6:00 am (2100 GMT Friday)" in Seoul is
            # Saturday morning (no zone lies more than 14 hours from GMT)
            gap_h = int(hm.group(1)) - int(hn.group(1))
            step = 1 if gap_h < -12 else (-1 if gap_h > 14 else 0)
            if step:
                d = date.fromordinal(date.fromisoformat(d).toordinal() + step).isoformat()
        t.value = d + t.value[t.value.index("T"):]
        t.anchor = nxt.anchor
        interval = value_to_interval(t.value)
        t.interval_start, t.interval_end = (interval[0], interval[1]) if interval else (None, None)
