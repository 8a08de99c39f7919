"""Gazetteer look-ups per second (chronicle.actors.gazetteer), beside a baseline measured in the same
run: a linear scan of the same place table, which a look-up must not become. The ratio is the
speed target (it replaced a timed test: speed targets live in benchmarks).

python benchmarks/gazetteer_lookup.py [--n 20000]"""
from __future__ import annotations

import argparse
import time

from chronicle.actors import gazetteer as gazetteer_module
from chronicle.actors.gazetteer import Gazetteer

NAMES = ["Pyongyang", "Moscow", "Khartoum", "Port Vila", "Nowhereville", "pyongyang", "Freetown", "Urgench"]


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--n", type=int, default=20000)
    args = ap.parse_args()
    gz = Gazetteer.default()
    gz.lookup("Pyongyang")  # load the tables once, outside the clock
    t = time.perf_counter()
    for i in range(args.n):
        gz.lookup(NAMES[i % len(NAMES)])
    indexed = time.perf_counter() - t
    # baseline: the same answers by scanning every place key of the table
    table = gazetteer_module._get_base().primary
    keys = list(table)
    scans = max(1, args.n // 100)
    t = time.perf_counter()
    for i in range(scans):
        want = NAMES[i % len(NAMES)].lower()
        next((table[k] for k in keys if k == want), None)
    scanned = (time.perf_counter() - t) * (args.n / scans)
    print(f"gazetteer: {len(keys)} places; {args.n} look-ups in {indexed:.3f} s "
          f"({args.n / indexed:,.0f}/s); linear scan baseline {scanned:.3f} s (extrapolated from {scans}); "
          f"ratio {scanned / indexed:.1f}x")


if __name__ == "__main__":
    main()
