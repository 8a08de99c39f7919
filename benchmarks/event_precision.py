"""Judged precision of the event stage on ordinary news (MEANTIME Wikinews and the demo corpus).

Runs the pipeline (``chronicle.pipeline.annotate_many``, article options: no statistical
fallback, as ``chronicle ingest`` does; ``--fallback`` adds it, as ``chronicle eval events``
does) over the 120 English MEANTIME documents (the annotated part, read as
``benchmarks/eval_events.py`` reads them) and the demo articles in ``examples/`` (full text),
and looks every emitted event mention up in the judged file
``benchmarks/data/meantime_event_judgements.jsonl`` (one line per mention: doc, sentence,
trigger text and character offset, emitted PLOVER code, and a careful PLOVER coder's
judgement: ``correct_type`` / ``wrong_type`` / ``not_an_event``, with ``roles`` ok / wrong for
actor and recipient). Printed: the share of emitted mentions judged ``correct_type`` (and of
those with right roles), over the judged ones, and every mention not in the file as
*unjudged* -- the measure stays honest when the output changes: judge the new lines and add
them to the file.

    python benchmarks/event_precision.py [--shared ../shared] [--fallback] [--show wrong|all]
    python benchmarks/event_precision.py --dump NEW.jsonl     # unjudged mentions, to be judged

The key of a judgement is (doc, trigger start, trigger text, PLOVER code): a mention whose code
changes is a new mention and must be judged again.
"""
from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "benchmarks"))
JUDGED = ROOT / "benchmarks" / "data" / "meantime_event_judgements.jsonl"


def _articles(shared: Path):
    from chronicle.model import Article
    from chronicle.readers import read_inputs
    from eval_events import meantime_docs

    folder = shared / "data" / "meantime"
    paths = sorted(folder.glob("intra-doc_annotation/*/*.xml"))
    out = []
    for path, (text, dct, _) in zip(paths, meantime_docs(folder)):
        out.append(Article(id=f"meantime/{path.stem}", date=dct, text=text))
    for a in read_inputs([str(ROOT / "examples")]):
        if hasattr(a, "text"):
            out.append(a.model_copy(update={"id": f"examples/{a.id}"}))
    return out


def _roles(fillers) -> str:
    return "; ".join(f.text for f in fillers)


def mentions(shared: Path, fallback: bool) -> list[dict]:
    from chronicle.pipeline import annotate_many

    arts = _articles(shared)
    out = []
    for art, result in zip(arts, annotate_many(arts, options={"event_classifier": fallback})):
        for m in result.events:
            out.append({"doc": art.id, "sentence": art.text[m.sentence.start:m.sentence.end].strip(), "trigger": m.trigger.text,
                        "start": m.trigger.start, "plover": m.plover, "type": m.type, "status": m.status,
                        "actor": _roles(m.actor), "recipient": _roles(m.recipient)})
    # Copies for coordinated dates share a trigger: one judgement each.
    seen, uniq = set(), []
    for r in out:
        k = key(r)
        if k not in seen:
            seen.add(k)
            uniq.append(r)
    return uniq


def key(r: dict) -> tuple:
    return (r["doc"], r["start"], r["trigger"], r["plover"])


def load_judgements(path: Path = JUDGED) -> dict:
    out = {}
    if path.exists():
        for line in path.read_text(encoding="utf-8").splitlines():
            line = line.strip()
            if line and not line.startswith("#"):
                r = json.loads(line)
                out[key(r)] = r
    return out


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--shared", default=str(ROOT.parent / "shared"))
    ap.add_argument("--fallback", action="store_true", help="with the statistical fallback (eval mode)")
    ap.add_argument("--dump", default=None, help="write the unjudged mentions here (JSON lines)")
    ap.add_argument("--show", choices=["wrong", "all"], default=None)
    args = ap.parse_args()
    found = mentions(Path(args.shared), args.fallback)
    judged = load_judgements()
    unjudged = [r for r in found if key(r) not in judged]
    if args.dump:
        with open(args.dump, "w", encoding="utf-8") as fh:
            for r in unjudged:
                fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    counts = {"correct_type": 0, "wrong_type": 0, "not_an_event": 0}
    roles_ok = 0
    for r in found:
        j = judged.get(key(r))
        if j is None:
            continue
        counts[j["judgement"]] += 1
        roles_ok += j["judgement"] == "correct_type" and j.get("roles") == "ok"
        if args.show == "all" or (args.show == "wrong" and j["judgement"] != "correct_type"):
            print(f"  {j['judgement']:13} {r['plover']:9} {r['doc']} '{r['trigger']}'@{r['start']}: "
                  f"{r['actor']} -> {r['recipient']} | {j.get('note', '')}")
    n = sum(counts.values())
    mode = "rules + fallback" if args.fallback else "rules (article default)"
    print(f"Judged event precision, MEANTIME + demo corpus, {mode}: {len(found)} mentions, {n} judged, "
          f"{len(unjudged)} unjudged")
    if n:
        print(f"  correct type {counts['correct_type']}/{n} = {counts['correct_type'] / n:.3f}; "
              f"correct type and roles {roles_ok}/{n} = {roles_ok / n:.3f}; "
              f"wrong type {counts['wrong_type']}, not an event {counts['not_an_event']}")
    for r in unjudged:
        print(f"  UNJUDGED {r['plover']:9} {r['doc']} '{r['trigger']}'@{r['start']}: {r['actor']} -> "
              f"{r['recipient']} | {r['sentence'][:140]}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
