"""Event dating: each event gets the interval of the temporal expression that governs it.

1. a DATE/TIME timex attached to the trigger or to a word above it in the same clause
   ("Shoigu traveled to Pyongyang last week", "Kim's visit ... is expected this year");
   verbs that share a clause inherit it ("... traveled to Pyongyang, where he met ...");
2. an earlier event of the same article with the same type and participants that the text
   dated (within-document coreference: "The medal was awarded ..." after "... awarded ... on
   Thursday");
3. the article date, marked ``source: "article"``.
"""
from __future__ import annotations

from datetime import date
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


def governing_timexes(doc, trigger_i: int, attachments: dict[int, list[Timex]]) -> list[Timex]:
    tok = doc[trigger_i]
    for t in [tok, *governors(tok)]:
        if t.i in attachments:
            return attachments[t.i]
        if t.lemma_.lower() in ("say", "report", "tell", "announce"):
            break
    return []


def date_events(doc, events: list[tuple[Mention, int]], timexes: list[Timex], dct: Optional[date]) -> list[Mention]:
    """Set ``date`` on every event; an event governed by coordinated dates ("in May 2015 and
    May 2020") becomes one mention per date. Returns the (possibly longer) event list."""
    attachments = _timex_attachments(doc, timexes)
    out: list[Mention] = []
    dated: dict[tuple, Mention] = {}  # _context_key -> the latest text-dated event with that key
    for mention, trigger_i in events:
        found = governing_timexes(doc, trigger_i, attachments)
        if not found:
            prev = dated.get(_context_key(mention))
            mention.date = prev.date.model_copy() if prev is not None else article_date(dct)
            out.append(mention)
            _remember(dated, mention)
            continue
        for n, tx in enumerate(found):
            m = mention if n == 0 else mention.model_copy(deep=True)
            m.date = _event_date(tx)
            out.append(m)
            _remember(dated, m)
    return out


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
