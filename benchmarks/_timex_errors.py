"""List where a tagged TimeML folder differs from its gold: the worklist of a tagger pass.

    python benchmarks/_timex_errors.py GOLD_DIR PRED_DIR [value|span|all]

One line per difference, with 60 characters of context before and 40 after:
VAL (overlapping spans, another value or type), MISS (a gold timex nothing overlaps),
EXTRA (a system timex no gold overlaps), SPAN (overlapping, same value and type, other extent).
"value" lists VAL only; "span" lists MISS, EXTRA and SPAN; "all" (the default) lists everything.
"""
from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from chronicle.eval.timex import doc_name, input_files  # noqa: E402
from chronicle.time.timeml import read_timeml  # noqa: E402


def _overlap(a: dict, b: dict) -> int:
    return min(a["end"], b["end"]) - max(a["start"], b["start"])


def differences(gold_dir: str, pred_dir: str, mode: str = "all"):
    """Yield one line per difference between the gold and the tagged folder."""
    preds = {doc_name(p): p for p in input_files(pred_dir)}
    for path in input_files(gold_dir):
        name = doc_name(path)
        _, _, text, gold = read_timeml(path)
        system = read_timeml(preds[name])[3] if name in preds else []

        def context(x: dict) -> str:
            return text[max(0, x["start"] - 60):x["end"] + 40].replace("\n", " ")

        def span(x: dict) -> str:
            return text[x["start"]:x["end"]]

        for g in gold:
            hits = [s for s in system if _overlap(g, s) > 0]
            if not hits:
                if mode in ("all", "span"):
                    yield f"MISS  {name} [{span(g)}] {g['type']} {g.get('value')} | {context(g)}"
                continue
            s = hits[0]
            if (s.get("value") or "") != (g.get("value") or "") or s["type"] != g["type"]:
                if mode in ("all", "value"):
                    yield (f"VAL   {name} [{span(g)}] gold {g['type']} {g.get('value')} "
                           f"sys [{span(s)}] {s['type']} {s.get('value')} | {context(g)}")
            elif (s["start"], s["end"]) != (g["start"], g["end"]) and mode in ("all", "span"):
                yield f"SPAN  {name} gold [{span(g)}] sys [{span(s)}]"
        for s in system:
            if mode in ("all", "span") and not any(_overlap(g, s) > 0 for g in gold):
                yield f"EXTRA {name} [{span(s)}] {s['type']} {s.get('value')} | {context(s)}"


def main(argv: list[str]) -> int:
    if len(argv) not in (2, 3) or (len(argv) == 3 and argv[2] not in ("value", "span", "all")):
        print(__doc__, file=sys.stderr)
        return 2
    if not Path(argv[0]).is_dir() or not Path(argv[1]).is_dir():
        print(f"error: not a folder: {argv[0] if not Path(argv[0]).is_dir() else argv[1]}", file=sys.stderr)
        return 2
    for line in differences(*argv):
        print(line)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
