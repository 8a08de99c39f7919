"""Scoring event typing and roles on labelled sentences.

Gold: a CSV with columns ``text,label,source,target`` (label = strict PLOVER code; source and
target = the actor and recipient text, empty when none). For each sentence chronicle's top
event is compared with the gold:

- accuracy and macro-F1 of the top event's ``plover`` code (a sentence with no event counts as a
  wrong prediction, labelled ``NONE``);
- source match: share of sentences with a gold source whose predicted actor text overlaps it
  (at least one shared word, case-insensitive); target match likewise for the recipient.
"""
from __future__ import annotations

import csv
import re
from collections import Counter
from datetime import date
from pathlib import Path
from typing import Iterable, Optional

from chronicle.model import AnnotatedArticle, Article, Mention

NONE = "NONE"
_WORD = re.compile(r"\w+", re.UNICODE)
_STOP = {"the", "a", "an", "of", "and", "'s", "s", "in", "on", "to", "for"}

# PLOVER 0.5 labels of the PLOVER GSR examples -> current PLOVER categories.
LEGACY_LABELS = {"DEMAND": "REQUEST", "DISAPPROVE": "ACCUSE", "INVESTIGATE": "ACCUSE", "FIGHT": "ASSAULT"}

# PLOVER quad categories (manual: "Quad category" of each type); ConfliBERT's PentaClass uses
# 0 = neutral, 1 = verbal cooperation, 2 = material cooperation, 3 = verbal conflict, 4 = material conflict.
QUAD = {
    "AGREE": 1, "CONSULT": 1, "SUPPORT": 1, "CONCEDE": 1,
    "COOPERATE": 2, "AID": 2, "RETREAT": 2,
    "REQUEST": 3, "ACCUSE": 3, "REJECT": 3, "THREATEN": 3,
    "PROTEST": 4, "SANCTION": 4, "MOBILIZE": 4, "COERCE": 4, "ASSAULT": 4,
}


def top_event(result: AnnotatedArticle, doc=None) -> Optional[Mention]:
    """The event a sentence is about: the one whose trigger is highest in the parse (closest to
    the root), then the most confident, then the first."""
    if not result.events:
        return None
    if doc is None:
        return max(result.events, key=lambda e: (e.confidence, -e.trigger.start))

    def depth(e: Mention) -> int:
        span = doc.char_span(e.trigger.start, e.trigger.end, alignment_mode="expand")
        if span is None:
            return 99
        tok, d = span.root, 0
        while tok.head.i != tok.i and d < 50:
            tok, d = tok.head, d + 1
        return d

    return min(result.events, key=lambda e: (depth(e), -e.confidence, e.trigger.start))


def words(text: Optional[str]) -> set[str]:
    return {w for w in _WORD.findall((text or "").lower()) if w not in _STOP}


def overlaps(predicted: Iterable[str], gold: str) -> bool:
    g = words(gold)
    return bool(g) and any(words(p) & g for p in predicted)


def read_gold(path: str | Path) -> list[dict]:
    with open(path, newline="", encoding="utf-8") as fh:
        reader = csv.DictReader(fh)
        missing = {"text", "label"} - set(reader.fieldnames or [])
        if missing:
            raise ValueError(f"{path}: missing column(s) {', '.join(sorted(missing))}")
        return [dict(r) for r in reader]


def macro_f1(gold: list[str], pred: list[str]) -> float:
    labels = sorted(set(gold))
    f1s = []
    for lab in labels:
        tp = sum(1 for g, p in zip(gold, pred) if g == lab and p == lab)
        fp = sum(1 for g, p in zip(gold, pred) if g != lab and p == lab)
        fn = sum(1 for g, p in zip(gold, pred) if g == lab and p != lab)
        prec = tp / (tp + fp) if tp + fp else 0.0
        rec = tp / (tp + fn) if tp + fn else 0.0
        f1s.append(2 * prec * rec / (prec + rec) if prec + rec else 0.0)
    return sum(f1s) / len(f1s) if f1s else 0.0


def extract_sentences(rows: list[dict], dct: Optional[date] = None, batch_size: int = 64,
                      event_classifier: bool = True) -> list[tuple]:
    """(AnnotatedArticle, top event) for each row's text, in order (the sentence interface: the
    statistical fallback is on unless ``event_classifier=False``)."""
    from chronicle.nlp import get_nlp
    from chronicle.pipeline import run_stages

    nlp = get_nlp()
    articles = [Article(id=str(r.get("id") or i), date=dct, text=r["text"]) for i, r in enumerate(rows)]
    out = []
    for doc, article in nlp.pipe(((a.text, a) for a in articles), as_tuples=True, batch_size=batch_size):
        result = run_stages(article, doc, {"event_classifier": event_classifier})
        out.append((result, top_event(result, doc)))
    return out


def score(rows: list[dict], predictions: list[tuple], label_map: Optional[dict] = None) -> dict:
    gold_labels, pred_labels = [], []
    src_total = src_hit = tgt_total = tgt_hit = 0
    confusion: Counter = Counter()
    for row, (_, event) in zip(rows, predictions):
        gold = row["label"].strip().upper()
        gold = (label_map or {}).get(gold, gold)
        pred = event.plover if event else NONE
        gold_labels.append(gold)
        pred_labels.append(pred)
        confusion[(gold, pred)] += 1
        if (row.get("source") or "").strip():
            src_total += 1
            if event and overlaps([a.text for a in event.actor], row["source"]):
                src_hit += 1
        if (row.get("target") or "").strip():
            tgt_total += 1
            if event and overlaps([r.text for r in event.recipient], row["target"]):
                tgt_hit += 1
    n = len(gold_labels)
    correct = sum(1 for g, p in zip(gold_labels, pred_labels) if g == p)
    return {
        "sentences": n,
        "accuracy": round(correct / n, 4) if n else 0.0,
        "macro_f1": round(macro_f1(gold_labels, pred_labels), 4),
        "source_match": round(src_hit / src_total, 4) if src_total else None,
        "target_match": round(tgt_hit / tgt_total, 4) if tgt_total else None,
        "with_source": src_total,
        "with_target": tgt_total,
        "no_event": sum(1 for p in pred_labels if p == NONE),
        "per_label": {
            lab: {"gold": sum(1 for g in gold_labels if g == lab),
                  "correct": sum(1 for g, p in zip(gold_labels, pred_labels) if g == p == lab)}
            for lab in sorted(set(gold_labels))
        },
    }


def evaluate_csv(path: str | Path, dct: Optional[date] = None, event_classifier: bool = True) -> dict:
    rows = read_gold(path)
    return score(rows, extract_sentences(rows, dct, event_classifier=event_classifier))
