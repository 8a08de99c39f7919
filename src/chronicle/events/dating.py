"""Event dating: each event gets the interval of the temporal expression that governs it.

1. a DATE/TIME timex attached to the trigger or to a word above it in the same clause
   ("Shoigu traveled to Pyongyang last week", "Kim's visit ... is expected this year");
   verbs that share a clause inherit it ("... traveled to Pyongyang, where he met ...");
2. an earlier event of the same article with the same type and participants that the text
   dated (within-document coreference: "The medal was awarded ..." after "... awarded ... on
   Thursday");
3. the article date, marked ``source: "article"``.

Then, within the article (rules and examples in ``resources/events/dating.yaml``):
- a coarsely dated mention takes the date of the one more precise mention of the same event
  inside its interval ("the visit last year" after "Putin's visit ... in June last year");
- an event "during" another event takes that event's date when it is at least as precise and
  inside the event's own ("signed a treaty during the President's visit" -> the visit's day).
"""
from __future__ import annotations

from datetime import date
from functools import lru_cache
from typing import Optional

from chronicle.events.status import governors
from chronicle.model import EventDate, Mention, Timex


def _timex_attachments(doc, timexes: list[Timex]) -> dict[int, list[Timex]]:
    """token index -> the dated timexes attached to it (skipping prepositions: 'on Thursday')."""
    out: dict[int, list[Timex]] = {}
    for tx in timexes:
        if tx.interval_start is None or tx.type not in ("DATE", "TIME"):
            continue
        span = doc.char_span(tx.start, tx.end, alignment_mode="expand")
        if span is None:
            continue
        inside = set(range(span.start, span.end))
        heads = set()
        for t in span:
            if t.head.i not in inside:
                h = t.head
                while h.pos_ == "ADP" and h.head.i != h.i:
                    h = h.head
                heads.add(h.i)
        for h in heads:
            out.setdefault(h, []).append(tx)
    return out


def _event_date(tx: Timex) -> EventDate:
    return EventDate(text=tx.text, value=tx.value, start=tx.interval_start, end=tx.interval_end,
                     source="text", timex_id=tx.id)


def article_date(day: Optional[date]) -> EventDate:
    return EventDate(text=None, value=day.isoformat() if day else None, start=day, end=day, source="article")


def clause_words(doc, trigger_i: int):
    """The trigger, then the words above it in its clause, up to a reporting verb (whose time is
    the report's, not the event's) or a preposition of order ("after his visit": the clause's
    time is not the visit's; ``other_time`` in dating.yaml)."""
    order = other_time_preps()
    for t in [doc[trigger_i], *governors(doc[trigger_i])]:
        if t.pos_ == "ADP" and t.lower_ in order:
            return
        yield t
        if t.lemma_.lower() in ("say", "report", "tell", "announce"):
            return


def governing_timexes(doc, trigger_i: int, attachments: dict[int, list[Timex]]) -> list[Timex]:
    for t in clause_words(doc, trigger_i):
        if t.i in attachments:
            return attachments[t.i]
    return []


def date_events(doc, events: list[tuple[Mention, int]], timexes: list[Timex], dct: Optional[date],
                person_ids: frozenset[str] = frozenset()) -> list[Mention]:
    """Set ``date`` on every event; an event governed by coordinated dates ("in May 2015 and
    May 2020") becomes one mention per date. Returns the (possibly longer) event list.
    ``person_ids``: the article's actors that are people (two mentions naming different people
    are different events)."""
    attachments = _timex_attachments(doc, timexes)
    out: list[tuple[Mention, int]] = []
    dated: dict[tuple, Mention] = {}  # _context_key -> the latest text-dated event with that key
    for mention, trigger_i in events:
        found = governing_timexes(doc, trigger_i, attachments)
        if not found:
            prev = dated.get(_context_key(mention))
            mention.date = prev.date.model_copy() if prev is not None else article_date(dct)
            out.append((mention, trigger_i))
            _remember(dated, mention)
            continue
        for n, tx in enumerate(found):
            m = mention if n == 0 else mention.model_copy(deep=True)
            m.date = _event_date(tx)
            out.append((m, trigger_i))
            _remember(dated, m)
    _refine_coarse(out, person_ids)
    _anchor_to_events(doc, out)
    return [m for m, _ in out]


def _span_days(d: EventDate) -> int:
    return (d.end - d.start).days


def _inside(inner: EventDate, outer: EventDate) -> bool:
    return outer.start <= inner.start and inner.end <= outer.end


def _text_dated(m: Mention) -> bool:
    return m.date.source == "text" and m.date.start is not None and m.date.end is not None


def _people(m: Mention, person_ids: frozenset[str]) -> frozenset[str]:
    return frozenset(f.actor_id for f in (*m.actor, *m.recipient) if f.actor_id in person_ids)


def _refine_coarse(pairs: list[tuple[Mention, int]], person_ids: frozenset[str]) -> None:
    """A text-dated mention takes the date of the one strictly more precise text-dated mention of
    the same event (same context key, no different people: Rudenko's trip "earlier this month"
    is not Shoigu's "last week") that lies inside its interval; with several distinct candidates
    ("in June ... and in October ... last year") it keeps its own."""
    by_key: dict[tuple, list[Mention]] = {}
    for m, _ in pairs:
        key = _context_key(m)
        if _text_dated(m) and (key[2] or key[3]):
            by_key.setdefault(key, []).append(m)
    for group in by_key.values():
        if len(group) < 2:
            continue
        originals = {id(m): m.date for m in group}
        people = {id(m): _people(m, person_ids) for m in group}
        for m in group:
            own, mine = originals[id(m)], people[id(m)]
            finer = {(d.start, d.end): d for d, theirs in ((originals[id(o)], people[id(o)]) for o in group if o is not m)
                     if _inside(d, own) and _span_days(d) < _span_days(own)
                     and not (mine and theirs and not (mine & theirs))}
            if len(finer) == 1:
                m.date = next(iter(finer.values())).model_copy()


_ARGUMENT_DEPS = frozenset({"dobj", "nsubjpass", "nsubj", "attr", "oprd"})


def _anchor_to_events(doc, pairs: list[tuple[Mention, int]]) -> None:
    """An event "during" another event mention of the article takes that mention's text date
    when it is at least as precise as its own and inside it (or when it has none of its own)."""
    preps = same_time_preps()
    by_trigger: dict[int, Mention] = {}
    for m, i in pairs:
        by_trigger.setdefault(i, m)
    for m, i in pairs:
        anchor = None
        # the trigger, or the verb it is an argument of ("signed an agreement during the visit");
        # not further: "resulting in the deployment" is not in the time of "signed ... during"
        tok = doc[i]
        for t in [tok, tok.head] if tok.dep_ in _ARGUMENT_DEPS else [tok]:
            for child in t.children:
                if child.dep_ == "prep" and child.lower_ in preps:
                    anchor = next((by_trigger.get(o.i) for o in child.children if o.dep_ == "pobj"), None)
                    if anchor is not None:
                        break
            if anchor is not None:
                break
        if anchor is None or anchor is m or not _text_dated(anchor):
            continue
        if not _text_dated(m):
            m.date = anchor.date.model_copy()
        elif _inside(anchor.date, m.date) and _span_days(anchor.date) < _span_days(m.date):
            m.date = anchor.date.model_copy()


@lru_cache(maxsize=1)
def dating_rules() -> dict:
    from chronicle.events.lexicon import load_resource

    return load_resource("dating.yaml")


@lru_cache(maxsize=1)
def other_time_preps() -> frozenset[str]:
    return frozenset(dating_rules()["other_time"]["preps"])


def same_time_preps() -> frozenset[str]:
    return frozenset(e["prep"] for e in dating_rules()["same_time"])


def _context_key(m: Mention) -> tuple:
    """Two mentions of an article with equal keys (type, status, actor and recipient countries)
    are taken to be the same event; the later one may inherit the earlier one's text date."""
    return (m.type, m.status, frozenset(f.country for f in m.actor if f.country),
            frozenset(f.country for f in m.recipient if f.country))


def _remember(dated: dict[tuple, Mention], m: Mention) -> None:
    # An index instead of scanning all earlier events for each one (quadratic on long texts).
    key = _context_key(m)
    if m.date.source == "text" and (key[2] or key[3]):
        dated[key] = m
