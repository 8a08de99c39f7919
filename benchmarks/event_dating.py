"""Event dating against an outside gold: TimeBank, AQUAINT (TimeML TLINKs) and MEANTIME (CC BY,
CAT TLINKs). chronicle parses each raw text, tags its own timexes and dates the GOLD event
triggers with ``chronicle.events.dating.date_events``; the baselines (always the article date;
the nearest timex of the sentence, else the article date) run on the same events. Definitions
in ``chronicle.eval.dating`` and docs/sections/time.md ("Event dating against an outside gold").

    python benchmarks/event_dating.py [--shared ../shared] [--cache /tmp/datingeval/parses]
                                      [--errors FILE.jsonl] [--pipeline]

Prints one JSON object: corpus -> counts and, per dater (chronicle, article, nearest), each
measure's pct / n / of. ``--errors`` writes chronicle's misses (text- and DCT-anchored events it
dates wrongly) one JSON line each, for error analysis. ``--pipeline``: run chronicle's whole
extraction and score its own mentions whose trigger falls in a gold event's span (``covered``).
"""
from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

from chronicle.eval.dating import judge, evaluate

ROOT = Path(__file__).resolve().parents[1]


def _ctx(text: str, a: int, b: int, width: int = 110) -> str:
    s, e = max(0, a - width), min(len(text), b + width)
    return (text[s:a] + "[[" + text[a:b] + "]]" + text[b:e]).replace("\n", " ")


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    ap.add_argument("--cache", type=Path, default=Path("/tmp/datingeval/parses"))
    ap.add_argument("--errors", type=Path, default=None)
    ap.add_argument("--pipeline", action="store_true",
                    help="score chronicle's own mentions at the gold triggers (whole extraction) instead")
    args = ap.parse_args(argv)
    data = args.shared / "data"
    corpora = [("TimeBank", data / "timeml" / "TimeBank", "timeml"),
               ("AQUAINT", data / "timeml" / "AQUAINT", "timeml"),
               ("MEANTIME", data / "meantime" / "intra-doc_annotation", "meantime")]
    result, errors = {}, []
    for name, path, kind in corpora:
        if not path.is_dir():
            print(f"skip {name}: {path} not found", file=sys.stderr)
            continue
        started = time.perf_counter()
        details: list = []
        result[name] = evaluate(path, kind, cache=args.cache, details=details, pipeline=args.pipeline)
        result[name]["seconds"] = round(time.perf_counter() - started, 1)
        for gold, ev, preds in details:
            p = preds["chronicle"]
            v = judge(ev, p, gold.dct)
            if v.get("value_overlap") is False or v.get("dct_day") is False or \
                    (ev.kind == "text" and v.get("anchor") is False and v.get("value_equal") is not True):
                errors.append({"corpus": name, "doc": gold.doc_id, "dct": str(gold.dct), "event": ev.text,
                               "kind": ev.kind, "context": _ctx(gold.text, ev.start, ev.end),
                               "gold": [(gold.text[t.start:t.end], t.value) for t in ev.anchors],
                               "pred": {"source": p.source, "text": p.text, "start": str(p.start), "end": str(p.end)},
                               "nearest": preds["nearest"].text, **v})
    print(json.dumps(result, indent=2))
    if args.errors:
        args.errors.parent.mkdir(parents=True, exist_ok=True)
        with args.errors.open("w", encoding="utf-8") as out:
            for e in errors:
                out.write(json.dumps(e) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
