"""Event typing and roles on the reference data in ../shared (dev scoring only; nothing shipped).

- PLOVER GSR examples (CC BY-SA; PLOVER 0.5 labels mapped to current PLOVER): converted to the
  `chronicle eval events` CSV (text,label,source,target) and scored.
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


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--shared", default=str(ROOT.parent / "shared"))
    ap.add_argument("--write-csv", default=None, help="also write the converted GSR CSV here")
    ap.add_argument("--limit", type=int, default=None)
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
    result = score(rows, extract_sentences(rows))
    result.pop("per_label")
    print("PLOVER GSR (322 sentences, PLOVER 0.5 labels mapped):", json.dumps(result))

    conf = conflibert_rows(events_dir / "confliBERT")[: args.limit]
    conf = [r for r in conf if r["label"] != "0"]
    preds = extract_sentences(conf)
    hits = sum(1 for r, (_, e) in zip(conf, preds) if e and str(QUAD.get(e.plover)) == r["label"])
    print(f"ConfliBERT quad class (labels 1-4, {len(conf)} sentences): accuracy {hits / len(conf):.4f}, "
          f"no event {sum(1 for _, e in preds if e is None)}")

    roles = conflibert_roles(events_dir / "confliBERT")[: args.limit]
    preds = extract_sentences(roles)
    with_src = [(r, e) for r, (_, e) in zip(roles, preds) if r["source"]]
    with_tgt = [(r, e) for r, (_, e) in zip(roles, preds) if r["target"]]
    s = sum(1 for r, e in with_src if e and overlaps([a.text for a in e.actor], r["source"]))
    t = sum(1 for r, e in with_tgt if e and overlaps([a.text for a in e.recipient], r["target"]))
    print(f"ConfliBERT roles ({len(roles)} sentences): source match {s / len(with_src):.4f}, "
          f"target match {t / len(with_tgt):.4f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
