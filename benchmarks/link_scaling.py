"""Event linking at scale: 10k -> 100k (-> 1M with --max 1000000) synthetic mentions.

Realistic skew: countries, types, people and days drawn from Zipf-like distributions (a few
actors and dates very frequent), a fifth of the mentions dated only by their article, a tenth
planned. Each size runs in its own process; prints seconds, peak RSS, and the time per mention
relative to the 10k baseline of the same run (1.0 = linear; quadratic would grow 10x per step).

    .venv/bin/python benchmarks/link_scaling.py            # 10k, 100k
    .venv/bin/python benchmarks/link_scaling.py --max 1000000
"""
from __future__ import annotations

import argparse
import json
import random
import resource
import subprocess
import sys
import time
from datetime import date, timedelta


def synth(n: int, seed: int = 7):
    from chronicle.link.records import MentionRecord

    rng = random.Random(seed)
    countries = [f"C{i:03d}" for i in range(200)]
    types = ["CONSULT", "AGREE", "SUPPORT", "ACCUSE", "ASSAULT", "MOBILIZE", "COERCE", "AID", "REQUEST", "REJECT"]
    base = date(2015, 1, 1)
    hot_days = [rng.randrange(3650) for _ in range(50)]

    def zipf(k: int, s: float = 1.2) -> int:
        while True:
            x = int(rng.paretovariate(s)) - 1
            if x < k:
                return x

    out = []
    for i in range(n):
        day = base + timedelta(days=hot_days[zipf(50)] if rng.random() < 0.3 else rng.randrange(3650))
        prec = rng.random()
        if prec < 0.6:
            start = end = day
        elif prec < 0.8:
            start, end = day.replace(day=1), (day.replace(day=28) + timedelta(days=4)).replace(day=1) - timedelta(days=1)
        else:
            start, end = date(day.year, 1, 1), date(day.year, 12, 31)
        text = rng.random() > 0.2
        if not text:
            start = end = day + timedelta(days=rng.randrange(3))
        out.append(MentionRecord(
            id=f"m{i}", doc=f"d{i // 5}", type=types[zipf(len(types))],
            status="planned" if rng.random() < 0.1 else "occurred",
            actor_countries=frozenset([countries[zipf(200)]]), recipient_countries=frozenset([countries[zipf(200)]]),
            people=frozenset([f"p{zipf(5000)}"]) if rng.random() < 0.5 else frozenset(),
            start=start, end=end, text_dated=text, reported=day + timedelta(days=1)))
    return out


def one(n: int) -> dict:
    from chronicle.link import link

    ms = synth(n)
    t = time.perf_counter()
    res = link(ms)
    secs = time.perf_counter() - t
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    return {"n": n, "seconds": round(secs, 2), "peak_mib": round(peak), "events": len(res.events),
            "links": len(res.links)}


if __name__ == "__main__":
    ap = argparse.ArgumentParser()
    ap.add_argument("--max", type=int, default=100_000)
    ap.add_argument("--one", type=int, help=argparse.SUPPRESS)
    a = ap.parse_args()
    if a.one:
        print(json.dumps(one(a.one)))
        sys.exit(0)
    sizes = [n for n in (10_000, 100_000, 1_000_000) if n <= a.max]
    base = None
    print(f"{'mentions':>10} {'seconds':>9} {'peak MiB':>9} {'events':>9} {'links':>7} {'µs/mention':>11} {'vs 10k':>7}")
    for n in sizes:
        r = json.loads(subprocess.check_output([sys.executable, __file__, "--one", str(n)]))
        per = r["seconds"] / n * 1e6
        base = base or per
        print(f"{n:>10} {r['seconds']:>9} {r['peak_mib']:>9} {r['events']:>9} {r['links']:>7} {per:>11.1f} "
              f"{per / base:>7.2f}", flush=True)
