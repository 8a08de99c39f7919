"""The check every tagger change is held to: tag all four TIMEX3 corpora, score them, count changed files.

    python benchmarks/timex_guard.py [TAG] [--against BASE] [--out build/timex-guard] [--shared ../shared]

Tags TimeBank and AQUAINT (shared/data/timeml), MEANTIME (shared/data/meantime, converted to
TempEval-3 gold once) and the project's own unseen articles (every `first*/` folder of
benchmarks/data/timeml-own-2013, pooled) into OUT/TAG/<corpus>, and prints strict / relaxed /
value / type F1 per corpus. With --against BASE it also counts, per corpus, the files whose
tagging differs from OUT/BASE/<corpus>: take BASE on the code before a change and TAG after it;
the dev corpora should be byte-identical (0 files) or the difference explained as a net gain.

    python benchmarks/timex_guard.py before          # on the code before the change
    python benchmarks/timex_guard.py after --against before
    python benchmarks/_timex_errors.py build/timex-guard/gold/OWN build/timex-guard/after/OWN value
"""
from __future__ import annotations

import argparse
import filecmp
import shutil
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from chronicle.eval.timex import score_dirs  # noqa: E402
from chronicle.time.timeml import annotate_dir, meantime_to_timeml  # noqa: E402

CORPORA = ("TimeBank", "AQUAINT", "MEANTIME", "OWN")


def gold_dirs(shared: Path, out: Path) -> dict[str, Path]:
    """The gold folder of each corpus; MEANTIME and OWN are assembled under OUT/gold."""
    meantime = out / "gold" / "MEANTIME"
    if not any(meantime.glob("*.tml")):
        meantime.mkdir(parents=True, exist_ok=True)
        meantime_to_timeml(shared / "data" / "meantime" / "intra-doc_annotation", meantime)
    # the own batches are rebuilt every run: a new pass adds a folder
    own = out / "gold" / "OWN"
    shutil.rmtree(own, ignore_errors=True)
    own.mkdir(parents=True)
    for tml in sorted((ROOT / "benchmarks" / "data" / "timeml-own-2013").glob("first*/*.tml")):
        shutil.copy(tml, own / tml.name)
    return {"TimeBank": shared / "data" / "timeml" / "TimeBank",
            "AQUAINT": shared / "data" / "timeml" / "AQUAINT", "MEANTIME": meantime, "OWN": own}


def differing_files(a: Path, b: Path) -> int:
    names = {p.name for p in a.glob("*.tml")} | {p.name for p in b.glob("*.tml")}
    return sum(not ((a / n).exists() and (b / n).exists() and filecmp.cmp(a / n, b / n, shallow=False))
               for n in names)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("tag", nargs="?", default="latest", help="name of this run (a folder under --out)")
    ap.add_argument("--against", help="an earlier run's tag to count changed files against")
    ap.add_argument("--out", type=Path, default=ROOT / "build" / "timex-guard")
    ap.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    args = ap.parse_args(argv)
    golds = gold_dirs(args.shared, args.out)
    run = args.out / args.tag
    for corpus in CORPORA:
        pred = run / corpus
        shutil.rmtree(pred, ignore_errors=True)
        annotate_dir(golds[corpus], pred)
        s = score_dirs(golds[corpus], pred)
        line = (f"{corpus:9s} S/R/V/T {s['strict']['f1']} / {s['relaxed']['f1']} / {s['value']['f1']} / "
                f"{s['type']['f1']}  (gold {s['counts']['gold']}, system {s['counts']['system']})")
        if args.against:
            line += f"  files differing from {args.against}: {differing_files(args.out / args.against / corpus, pred)}"
        print(line, flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
