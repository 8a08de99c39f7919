"""Event dating against an outside gold: the TLINKs of TimeBank / AQUAINT (TimeML) and MEANTIME
(NewsReader CAT) that anchor an event mention in a time.

Gold. An event mention is *anchored* to a timex by a TLINK saying that the event happens within
the timex's time:

- event -> time: ``IS_INCLUDED``, ``DURING``, ``SIMULTANEOUS``, ``IDENTITY``;
- time -> event: ``INCLUDES``, ``SIMULTANEOUS``, ``IDENTITY``.

Not anchors: ``BEFORE`` / ``AFTER`` / ``IBEFORE`` / ``IAFTER`` (another time), the event
``INCLUDES`` a time or the time ``IS_INCLUDED`` in the event (the event is longer than the
timex: "the war, which included Monday's battle"), ``BEGINS`` / ``ENDS`` / ``BEGUN_BY`` /
``ENDED_BY`` (a boundary), ``MEASURE`` (a length). Each gold event falls in one class:

- ``text``: anchored to a timex of the text of type DATE or TIME (several such anchors: any counts);
- ``dct``: anchored to the document creation time only;
- ``other``: anchored only to a DURATION / SET timex, or one outside the text (a title);
- ``none``: not anchored at all.

Prediction. chronicle's own pieces run on the raw text: the spaCy parse, chronicle's timex
tagger (never the gold timexes), and ``chronicle.events.dating.date_events`` on the GOLD
triggers, each given a ``Mention`` of type ``unknown`` with no actors, and the status that
chronicle's own ``status_of`` gives its trigger token (the head of a multi-word trigger).

Measures, per corpus:

- ``text`` events: ``anchor`` = the share whose chronicle date comes from a chronicle timex that
  overlaps the gold timex's span (by at least one character); ``value_equal`` = the share whose
  date interval equals the gold timex's interval, ``value_overlap`` = equals, contains or is
  contained by it. Value measures are over the events whose gold value names a calendar interval
  (``value_to_interval``: ``1998-05-14``, ``1998-W20``, ``1998-Q2``, ``199``); values that do not
  (``PRESENT_REF``, ``1998-WXX``, ``XXXX-XX-XX``, a clock time with no date) are left out and
  counted as ``value_unscorable``; a TIME value counts as its day. ``anchor_calendar`` is
  ``anchor`` over those same events (a gold "now", ``PRESENT_REF``, has no interval to date by).
- ``dct`` events: ``dct_day`` = the share dated with the article date (``source: "article"``) or
  with a timex interval that is exactly the DCT's day.
- ``anchored_right``: over the ``text`` events with a calendar value and the ``dct`` events
  together, the share dated right (``value_equal`` for the first, ``dct_day`` for the second):
  one number that a dater cannot raise by always taking a text date or always the article's.
- ``none`` events: the share chronicle dates from the text (informative only: the gold gives no
  anchor, so nothing is right or wrong there).

Pipeline mode (``evaluate(..., pipeline=True)``, ``--pipeline``): chronicle's whole extraction runs
on each document (article date = the DCT) and the dates of its OWN event mentions whose trigger
starts inside a gold event's span are scored (real types, actors and status: every dating rule
can fire); ``covered`` counts the gold events scored so.

Baselines on the same events, same run: ``article`` (always the article date, as GDELT does) and
``nearest`` (the nearest chronicle DATE/TIME timex with an interval in the trigger's sentence,
else the article date).
"""
from __future__ import annotations

import datetime as dt
import hashlib
import xml.etree.ElementTree as ET
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterable, Optional, Union

from chronicle.time.calendar import is_midnight_t24, value_to_interval
from chronicle.time.timeml import (_NO_SPACE_AFTER, _NO_SPACE_BEFORE, _parse_date, input_files, read_meantime,
                                   text_and_spans)

PathLike = Union[str, Path]

EVENT_TO_TIME = frozenset({"IS_INCLUDED", "DURING", "SIMULTANEOUS", "IDENTITY"})
TIME_TO_EVENT = frozenset({"INCLUDES", "SIMULTANEOUS", "IDENTITY"})
DATED_TYPES = frozenset({"DATE", "TIME"})


@dataclass
class GoldTimex:
    tid: str
    type: str
    value: Optional[str]
    start: Optional[int] = None  # None: not in the text (the DCT, a title)
    end: Optional[int] = None
    dct: bool = False


@dataclass
class GoldEvent:
    eid: str
    start: int
    end: int
    text: str
    kind: str = "none"  # text / dct / other / none
    anchors: list[GoldTimex] = field(default_factory=list)  # the text DATE/TIME anchors (kind "text")


@dataclass
class GoldDoc:
    doc_id: str
    dct: Optional[dt.date]
    text: str
    events: list[GoldEvent]


def classify(events: dict[str, GoldEvent], timexes: dict[str, GoldTimex],
             links: Iterable[tuple[str, str, str]]) -> None:
    """Set each event's ``kind`` and ``anchors`` from (source id, relation, target id) links over
    event ids and timex ids."""
    found: dict[str, list[GoldTimex]] = {}
    for src, rel, dst in links:
        if src in events and dst in timexes and rel in EVENT_TO_TIME:
            found.setdefault(src, []).append(timexes[dst])
        elif src in timexes and dst in events and rel in TIME_TO_EVENT:
            found.setdefault(dst, []).append(timexes[src])
    for eid, ev in events.items():
        tx = found.get(eid, [])
        text = [t for t in tx if not t.dct and t.start is not None and t.type in DATED_TYPES]
        seen = set()
        ev.anchors = [t for t in text if not (t.tid in seen or seen.add(t.tid))]
        if ev.anchors:
            ev.kind = "text"
        elif any(t.dct for t in tx):
            ev.kind = "dct"
        elif tx:
            ev.kind = "other"
        else:
            ev.kind = "none"


# ------------------------------------------------------------------------------ TimeML reader

def read_timeml_anchors(path: PathLike) -> GoldDoc:
    """The text (as ``chronicle.time.timeml.read_timeml`` builds it), DCT and gold events with
    their anchors of a TimeML file (TimeBank / AQUAINT: EVENT, MAKEINSTANCE, TLINK)."""
    raw = Path(path).read_text(encoding="utf-8").lstrip("\ufeff").lstrip()
    root = ET.fromstring(raw.encode("utf-8"))
    docid_el = root.find(".//DOCID")
    doc_id = (docid_el.text or "").strip() if docid_el is not None and docid_el.text else Path(path).stem
    timexes: dict[str, GoldTimex] = {}
    dct = None
    for t in root.iter("TIMEX3"):
        is_dct = t.get("functionInDocument") == "CREATION_TIME"
        if is_dct and dct is None:
            dct = _parse_date(t.get("value"))
        timexes[t.get("tid")] = GoldTimex(t.get("tid"), t.get("type"), t.get("value"), dct=is_dct)
    text, spans = text_and_spans(root.find(".//TEXT"))
    events: dict[str, GoldEvent] = {}
    for el, a, b in spans:
        if el.tag == "TIMEX3" and not timexes[el.get("tid")].dct:
            timexes[el.get("tid")].start, timexes[el.get("tid")].end = a, b
        elif el.tag == "EVENT":
            events[el.get("eid")] = GoldEvent(el.get("eid"), a, b, text[a:b])
    instance = {m.get("eiid"): m.get("eventID") for m in root.iter("MAKEINSTANCE")}
    links = []
    for tl in root.iter("TLINK"):
        rel = tl.get("relType")
        src = instance.get(tl.get("eventInstanceID")) or tl.get("timeID")
        dst = instance.get(tl.get("relatedToEventInstance")) or tl.get("relatedToTime")
        if src and dst:
            links.append((src, rel, dst))
    classify(events, timexes, links)
    return GoldDoc(doc_id, dct, text, sorted(events.values(), key=lambda e: e.start))


# ---------------------------------------------------------------------------- MEANTIME reader

def read_meantime_anchors(path: PathLike) -> GoldDoc:
    """The same for a MEANTIME CAT file (EVENT_MENTION, TIMEX3, TLINK source/target); the text is
    ``chronicle.time.timeml.read_meantime``'s. The creation-time TIMEX3 is also a date line of
    the text; a link to it counts as a link to the DCT."""
    doc_id, dct, text, _ = read_meantime(path)
    root = ET.parse(str(path)).getroot()
    # the token offsets of read_meantime's text (same rebuilding rule)
    spans: dict[str, tuple[int, int]] = {}
    pos, prev_sent, prev_tok = 0, None, None
    for tok in root.iter("token"):
        word, sent = tok.text or "", tok.get("sentence")
        if prev_tok is not None:
            sep = "\n" if sent != prev_sent else ("" if word in _NO_SPACE_BEFORE or prev_tok in _NO_SPACE_AFTER else " ")
            pos += len(sep)
        if pos + len(word) > len(text):
            break
        spans[tok.get("t_id")] = (pos, pos + len(word))
        pos += len(word)
        prev_sent, prev_tok = sent, word
    markables = root.find("Markables")

    def extent(el) -> Optional[tuple[int, int]]:
        ids = [a.get("t_id") for a in el.findall("token_anchor") if a.get("t_id") in spans]
        return (min(spans[i][0] for i in ids), max(spans[i][1] for i in ids)) if ids else None

    timexes: dict[str, GoldTimex] = {}
    events: dict[str, GoldEvent] = {}
    for el in (markables if markables is not None else ()):
        mid = el.get("m_id")
        if el.tag == "TIMEX3":
            ext = extent(el)
            is_dct = el.get("functionInDocument") == "CREATION_TIME"
            timexes[mid] = GoldTimex(mid, el.get("type"), el.get("value"), None if is_dct or ext is None else ext[0],
                                     None if is_dct or ext is None else ext[1], dct=is_dct)
        elif el.tag == "EVENT_MENTION":
            ext = extent(el)
            if ext is not None:
                events[mid] = GoldEvent(mid, ext[0], ext[1], text[ext[0]:ext[1]])
    links = []
    relations = root.find("Relations")
    for tl in (relations.iter("TLINK") if relations is not None else ()):
        s, t = tl.find("source"), tl.find("target")
        if s is not None and t is not None:
            links.append((s.get("m_id"), tl.get("reltype"), t.get("m_id")))
    classify(events, timexes, links)
    return GoldDoc(doc_id, dct, text, sorted(events.values(), key=lambda e: e.start))


# ------------------------------------------------------------------------------- prediction

@dataclass
class Predicted:
    """What a dater said for one gold event: the date interval, where it came from, and the
    character span of the timex it came from (None: the article date or no timex)."""

    start: Optional[dt.date]
    end: Optional[dt.date]
    source: str  # "text" / "article"
    timex_span: Optional[tuple[int, int]] = None
    text: Optional[str] = None


_CACHE = Path("/tmp/datingeval/parses")


def parse(text: str, cache: Optional[Path] = None):
    """The spaCy Doc of ``text`` (chronicle's model), cached on disk under ``cache`` when given."""
    from chronicle.nlp import get_nlp

    nlp = get_nlp()
    if cache is None:
        return nlp(text)
    from spacy.tokens import Doc

    # the parse depends on the pipeline as well as the text (a component that presets sentence starts
    # changes it): a cache keyed on the text alone served parses of an older pipeline
    key = hashlib.sha1(text.encode("utf-8") + _pipeline_fingerprint(nlp).encode("utf-8")).hexdigest()
    path = cache / f"{key}.spacy"
    if path.exists():
        return Doc(nlp.vocab).from_bytes(path.read_bytes())
    doc = nlp(text)
    cache.mkdir(parents=True, exist_ok=True)
    path.write_bytes(doc.to_bytes())
    return doc


def _pipeline_fingerprint(nlp) -> str:
    """The model's name and version, its components, and the code and rules of chronicle's own
    components (segment.py, limits.py, segment.yaml before the parser; nlp.py's lemma corrections,
    lemma_fixes.yaml, after the lemmatizer: a cached parse keeps the lemmas it was made with)."""
    from importlib import resources

    import chronicle.limits
    import chronicle.nlp
    import chronicle.segment

    res = resources.files("chronicle.resources")
    parts = [Path(chronicle.segment.__file__).read_bytes(), Path(chronicle.limits.__file__).read_bytes(),
             res.joinpath("segment.yaml").read_bytes(), Path(chronicle.nlp.__file__).read_bytes(),
             res.joinpath("nlp/lemma_fixes.yaml").read_bytes()]
    meta = nlp.meta
    return "|".join([meta.get("name", ""), meta.get("version", ""), ",".join(nlp.pipe_names),
                     *(hashlib.sha1(p).hexdigest() for p in parts)])


def _trigger_token(doc, ev: GoldEvent) -> Optional[int]:
    span = doc.char_span(ev.start, ev.end, alignment_mode="expand")
    if span is None or len(span) == 0:
        return None
    return span.root.i


def predict(gold: GoldDoc, doc, timexes=None) -> dict[str, dict[str, Predicted]]:
    """{dater: {event id: Predicted}} for chronicle and the two baselines."""
    from chronicle.events.dating import date_events
    from chronicle.events.status import status_of
    from chronicle.model import Mention, Sentence, Span
    from chronicle.time import tag_timexes

    if timexes is None:
        timexes = tag_timexes(gold.text, gold.dct, doc)
    by_id = {tx.id: tx for tx in timexes}
    dated_tx = [tx for tx in timexes if tx.type in DATED_TYPES and tx.interval_start is not None]
    article = Predicted(gold.dct, gold.dct, "article")
    pairs, mine = [], {}
    for ev in gold.events:
        i = _trigger_token(doc, ev)
        if i is None:
            continue
        tok = doc[i]
        sent = tok.sent
        m = Mention(id=ev.eid, type="unknown", status=status_of(tok),
                    trigger=Span(text=tok.text, start=tok.idx, end=tok.idx + len(tok.text)),
                    sentence=Sentence.of(sent))
        pairs.append((m, i))
        mine[ev.eid] = (m, i)
    pairs.sort(key=lambda p: p[1])
    date_events(doc, pairs, timexes, gold.dct)
    out: dict[str, dict[str, Predicted]] = {"chronicle": {}, "article": {}, "nearest": {}}
    for ev in gold.events:
        if ev.eid not in mine:
            continue
        m, i = mine[ev.eid]
        d = m.date
        tx = by_id.get(d.timex_id) if d.timex_id else None
        out["chronicle"][ev.eid] = Predicted(d.start, d.end, d.source, (tx.start, tx.end) if tx else None,
                                             d.text)
        out["article"][ev.eid] = article
        out["nearest"][ev.eid] = _nearest(doc, i, dated_tx, article)
    return out


def _nearest(doc, i: int, dated_tx, article: Predicted) -> Predicted:
    sent = doc[i].sent
    a, b = sent.start_char, sent.end_char
    at = doc[i].idx
    near = [tx for tx in dated_tx if tx.start >= a and tx.end <= b]
    if not near:
        return article
    tx = min(near, key=lambda t: (min(abs(t.start - at), abs(t.end - at)), t.start))
    return Predicted(tx.interval_start, tx.interval_end, "text", (tx.start, tx.end), tx.text)


def predict_pipeline(gold: GoldDoc, doc) -> dict[str, dict[str, Predicted]]:
    """Pipeline mode: chronicle's whole extraction on the document (article date = the DCT), then
    the dates of chronicle's OWN event mentions whose trigger starts inside a gold event's span
    (real types, actors and status, so every dating rule can fire). A gold event that no mention
    falls in is not scored (``no_token``); several mentions in one span (a mention copied per
    coordinated date, two triggers): the first by position. Baselines on the same events, from
    the mention's trigger token."""
    from chronicle.model import Article
    from chronicle.pipeline import run_stages

    result = run_stages(Article(id=gold.doc_id or "doc", date=gold.dct, text=gold.text), doc)
    by_id = {tx.id: tx for tx in result.timexes}
    dated_tx = [tx for tx in result.timexes if tx.type in DATED_TYPES and tx.interval_start is not None]
    article = Predicted(gold.dct, gold.dct, "article")
    mentions = sorted(result.events, key=lambda m: m.trigger.start)
    starts = [m.trigger.start for m in mentions]
    out: dict[str, dict[str, Predicted]] = {"chronicle": {}, "article": {}, "nearest": {}}
    from bisect import bisect_left

    for ev in gold.events:
        k = bisect_left(starts, ev.start)
        if k >= len(mentions) or mentions[k].trigger.start >= ev.end:
            continue
        m = mentions[k]
        d = m.date
        tx = by_id.get(d.timex_id) if d.timex_id else None
        out["chronicle"][ev.eid] = Predicted(d.start, d.end, d.source, (tx.start, tx.end) if tx else None, d.text)
        out["article"][ev.eid] = article
        span = doc.char_span(m.trigger.start, m.trigger.end, alignment_mode="expand")
        i = span.root.i if span is not None and len(span) else None
        out["nearest"][ev.eid] = article if i is None else _nearest(doc, i, dated_tx, article)
    return out


# ---------------------------------------------------------------------------------- scoring

def _gold_interval(t: GoldTimex) -> Optional[tuple[dt.date, dt.date]]:
    value = t.value or ""
    # a TIME counts as its day; a midnight written T24 of a day is the next day's start, the day
    # value_to_interval gives the tagger's own "midnight Friday"
    if t.type == "TIME" and "T" in value and not is_midnight_t24(value):
        value = value.split("T", 1)[0]
    return value_to_interval(value) if value else None


def judge(ev: GoldEvent, p: Predicted, dct: Optional[dt.date]) -> dict[str, Optional[bool]]:
    """The verdicts for one gold event and one prediction (None: not scorable)."""
    if ev.kind == "text":
        anchor = p.timex_span is not None and any(
            p.timex_span[0] < t.end and t.start < p.timex_span[1] for t in ev.anchors)
        golds = [g for g in (_gold_interval(t) for t in ev.anchors) if g is not None]
        if not golds or p.start is None or p.end is None:
            eq = ov = None if not golds else False
        else:
            eq = any((p.start, p.end) == g for g in golds)
            ov = any((g[0] <= p.start and p.end <= g[1]) or (p.start <= g[0] and g[1] <= p.end) for g in golds)
        return {"anchor": anchor, "anchor_calendar": anchor if golds else None, "value_equal": eq,
                "value_overlap": ov, "anchored_right": eq}
    if ev.kind == "dct":
        ok = p.source == "article" or (dct is not None and p.start == dct and p.end == dct)
        return {"dct_day": ok, "anchored_right": ok}
    if ev.kind == "none":
        return {"text_dated": p.source == "text"}
    return {}


def _pct(n: int, d: int) -> Optional[float]:
    return round(100.0 * n / d, 2) if d else None


def score(docs: list[tuple[GoldDoc, dict[str, dict[str, Predicted]]]]) -> dict:
    """Counts and percentages per dater over (gold doc, predictions) pairs."""
    counts = {"documents": len(docs), "events": 0, "text": 0, "dct": 0, "other": 0, "none": 0,
              "no_token": 0, "value_unscorable": 0}
    tallies: dict[str, dict[str, list[int]]] = {}
    for gold, preds in docs:
        for ev in gold.events:
            counts["events"] += 1
            counts[ev.kind] += 1
            if ev.eid not in preds["chronicle"]:
                counts["no_token"] += 1
                continue
            if ev.kind == "text" and not any(_gold_interval(t) for t in ev.anchors):
                counts["value_unscorable"] += 1
            for dater, by_event in preds.items():
                for k, v in judge(ev, by_event[ev.eid], gold.dct).items():
                    if v is not None:
                        t = tallies.setdefault(dater, {}).setdefault(k, [0, 0])
                        t[0] += int(v)
                        t[1] += 1
    out = dict(counts)
    for dater, t in tallies.items():
        out[dater] = {k: {"pct": _pct(n, d), "n": n, "of": d} for k, (n, d) in sorted(t.items())}
    return out


# ------------------------------------------------------------------------------- corpora

def read_corpus(path: PathLike, kind: str) -> list[GoldDoc]:
    """Gold docs of a directory: ``kind`` "timeml" (``.tml`` files) or "meantime" (CAT ``.xml``)."""
    if kind == "meantime":
        return [read_meantime_anchors(p) for p in sorted(Path(path).rglob("*.xml"))]
    return [read_timeml_anchors(p) for p in input_files(path) if p.name.endswith(".tml")]


def evaluate(path: PathLike, kind: str, cache: Optional[Path] = None, details: Optional[list] = None,
             pipeline: bool = False) -> dict:
    """Score chronicle's event dating and the baselines on a corpus directory. ``details``, when
    given a list, receives (gold doc, gold event, {dater: Predicted}) for every scored event.
    ``pipeline``: score chronicle's own mentions at the gold triggers (``predict_pipeline``)
    instead of dating the gold triggers (``predict``); ``no_token`` then counts the gold events
    no mention covers, ``covered`` / ``covered_text`` / ``covered_dct`` those it does."""
    docs = []
    for gold in read_corpus(path, kind):
        doc = parse(gold.text, cache)
        preds = predict_pipeline(gold, doc) if pipeline else predict(gold, doc)
        docs.append((gold, preds))
        if details is not None:
            for ev in gold.events:
                if ev.eid in preds["chronicle"]:
                    details.append((gold, ev, {d: p[ev.eid] for d, p in preds.items()}))
    out = score(docs)
    if pipeline:
        out["mode"] = "pipeline"
        out["covered"] = out["events"] - out["no_token"]
        for k in ("text", "dct"):
            out[f"covered_{k}"] = sum(1 for g, p in docs for ev in g.events if ev.kind == k and ev.eid in p["chronicle"])
    return out
