"""Event typing and roles on the reference data in ../shared (dev scoring only; nothing shipped).

- PLOVER GSR examples (CC BY-SA; PLOVER 0.5 labels mapped to current PLOVER): converted to the
  `chronicle eval events` CSV (text,label,source,target) and scored.
- MEANTIME Wikinews (CC BY): MEANTIME marks every event mention (not PLOVER-typed), so it tells
  how often a chronicle trigger is an annotated event (trigger precision) and what share of
  annotated event mentions chronicle turns into events (coverage; low by design: chronicle
  extracts political interactions, not every event).
- ConfliBERT sentences (GPL, scoring only): PentaClass labels 1-4 against the quad category of
  chronicle's top event (class 0, "neutral", is left out: PLOVER has no neutral class), and
  source/target overlap from the BIO file.

    python benchmarks/eval_events.py [--shared ../shared] [--write-csv DIR]
"""
from __future__ import annotations

import argparse
import csv
import json
import sys
from pathlib import Path

from chronicle.eval.events import LEGACY_LABELS, QUAD, extract_sentences, overlaps, score

ROOT = Path(__file__).resolve().parents[1]


def _actor_text(actors) -> str:
    if isinstance(actors, str):  # one GSR record has a bare string ("diplomatic") as its target
        return actors
    if isinstance(actors, dict):
        actors = [actors]
    return "; ".join(a["actorText"] if isinstance(a, dict) else str(a) for a in actors or [])


def gsr_rows(path: Path) -> list[dict]:
    rows = []
    for item in json.loads(path.read_text(encoding="utf-8")):
        if item.get("event") == "DOCUMENT" or not item.get("text"):
            continue
        label = LEGACY_LABELS.get(item["event"], item["event"])
        rows.append({"id": item["id"], "text": item["text"], "label": label,
                     "source": _actor_text(item.get("source")), "target": _actor_text(item.get("target"))})
    return rows


def conflibert_rows(folder: Path) -> list[dict]:
    rows = []
    with (folder / "cameo_class_train.tsv").open(encoding="utf-8") as fh:
        for n, line in enumerate(fh):
            text, _, label = line.rstrip("\n").rpartition("\t")
            if text:
                rows.append({"id": f"c{n}", "text": text, "label": label})
    return rows


def conflibert_roles(folder: Path) -> list[dict]:
    sents, cur = [], []
    for line in (folder / "cameo_ner_train.txt").read_text(encoding="utf-8").splitlines():
        if not line.strip():
            if cur:
                sents.append(cur)
            cur = []
            continue
        tok, _, tag = line.rpartition(" ")
        cur.append((tok, tag))
    if cur:
        sents.append(cur)
    rows = []
    for n, toks in enumerate(sents):
        text = " ".join(t for t, _ in toks)
        src = " ".join(t for t, tag in toks if tag.endswith("-S"))
        tgt = " ".join(t for t, tag in toks if tag.endswith("-T"))
        rows.append({"id": f"r{n}", "text": text, "label": "", "source": src, "target": tgt})
    return rows


def meantime_docs(folder: Path):
    """(text, dct, event mention char spans) for each English MEANTIME CAT XML file."""
    import xml.etree.ElementTree as ET
    from datetime import date

    for path in sorted(folder.glob("intra-doc_annotation/*/*.xml")):
        root = ET.parse(str(path)).getroot()
        markables = root.find("Markables")
        anchors = [a.get("t_id") for a in markables.iter("token_anchor")] if markables is not None else []
        sent_of = {t.get("t_id"): int(t.get("sentence") or 0) for t in root.iter("token")}
        last = max((sent_of.get(a, 0) for a in anchors), default=0)
        spans, parts, pos, prev_sent = {}, [], 0, None
        for tok in root.iter("token"):
            if int(tok.get("sentence") or 0) > last:
                break
            word = tok.text or ""
            if parts:
                sep = "\n" if tok.get("sentence") != prev_sent else " "
                parts.append(sep)
                pos += len(sep)
            spans[tok.get("t_id")] = (pos, pos + len(word))
            parts.append(word)
            pos += len(word)
            prev_sent = tok.get("sentence")
        dct = None
        for tx in root.iter("TIMEX3"):
            if tx.get("functionInDocument") == "CREATION_TIME" and tx.get("value"):
                try:
                    dct = date.fromisoformat(tx.get("value")[:10])
                except ValueError:
                    pass
        events = []
        for ev in (markables.iter("EVENT_MENTION") if markables is not None else []):
            toks = [spans[a.get("t_id")] for a in ev.iter("token_anchor") if a.get("t_id") in spans]
            if toks:
                events.append((min(t[0] for t in toks), max(t[1] for t in toks)))
        yield "".join(parts), dct, events


def meantime_scores(folder: Path, event_classifier: bool = True) -> dict:
    from chronicle.model import Article
    from chronicle.pipeline import annotate_many

    docs = list(meantime_docs(folder))
    articles = [Article(id=f"m{i}", date=dct, text=text) for i, (text, dct, _) in enumerate(docs)]
    triggers = hits = covered = gold = 0
    options = {"event_classifier": event_classifier}
    for (text, _, events), result in zip(docs, annotate_many(articles, options=options)):
        gold += len(events)
        found = [(e.trigger.start, e.trigger.end) for e in result.events]
        triggers += len(found)
        hits += sum(1 for s, e in found if any(s < ge and gs < e for gs, ge in events))
        covered += sum(1 for gs, ge in events if any(s < ge and gs < e for s, e in found))
    return {"documents": len(docs), "event_mentions": gold, "chronicle_events": triggers,
            "trigger_precision": round(hits / triggers, 4) if triggers else None,
            "coverage": round(covered / gold, 4) if gold else None}


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--shared", default=str(ROOT.parent / "shared"))
    ap.add_argument("--write-csv", default=None, help="also write the converted GSR CSV here")
    ap.add_argument("--limit", type=int, default=None)
    ap.add_argument("--rules-only", action="store_true", help="without the statistical fallback")
    args = ap.parse_args()
    events_dir = Path(args.shared) / "data" / "events"

    rows = gsr_rows(events_dir / "PLOVER_GSR_CAMEO.json")[: args.limit]
    if args.write_csv:
        out = Path(args.write_csv) / "plover_gsr.csv"
        out.parent.mkdir(parents=True, exist_ok=True)
        with out.open("w", newline="", encoding="utf-8") as fh:
            w = csv.DictWriter(fh, fieldnames=["text", "label", "source", "target"])
            w.writeheader()
            w.writerows({k: r[k] for k in ("text", "label", "source", "target")} for r in rows)
    fallback = not args.rules_only
    result = score(rows, extract_sentences(rows, event_classifier=fallback))
    result.pop("per_label")
    note = (" [in-sample: the fallback was trained on these sentences; cross-validated numbers:"
            " benchmarks/train_event_classifier.py --cv 5]") if fallback else " [rules only]"
    print("PLOVER GSR (322 sentences, PLOVER 0.5 labels mapped):", json.dumps(result) + note)

    print("MEANTIME event mentions:", json.dumps(meantime_scores(Path(args.shared) / "data" / "meantime", fallback)))

    conf = conflibert_rows(events_dir / "confliBERT")[: args.limit]
    conf = [r for r in conf if r["label"] != "0"]
    preds = extract_sentences(conf, event_classifier=fallback)
    hits = sum(1 for r, (_, e) in zip(conf, preds) if e and str(QUAD.get(e.plover)) == r["label"])
    print(f"ConfliBERT quad class (labels 1-4, {len(conf)} sentences): accuracy {hits / len(conf):.4f}, "
          f"no event {sum(1 for _, e in preds if e is None)}")

    roles = conflibert_roles(events_dir / "confliBERT")[: args.limit]
    preds = extract_sentences(roles, event_classifier=fallback)
    with_src = [(r, e) for r, (_, e) in zip(roles, preds) if r["source"]]
    with_tgt = [(r, e) for r, (_, e) in zip(roles, preds) if r["target"]]
    s = sum(1 for r, e in with_src if e and overlaps([a.text for a in e.actor], r["source"]))
    t = sum(1 for r, e in with_tgt if e and overlaps([a.text for a in e.recipient], r["target"]))
    print(f"ConfliBERT roles ({len(roles)} sentences): source match {s / len(with_src):.4f}, "
          f"target match {t / len(with_tgt):.4f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
