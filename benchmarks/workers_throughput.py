"""Ingest throughput with 1 and 2 local worker processes (`chronicle ingest --workers N`), the
speed-up, and each worker's peak memory, measured in one run on the same articles.

Each run is a full ingest (annotate on the workers, store and link in the single writer) into a
fresh SQLite database. Worker start-up (interpreter, spaCy model, resources) is measured apart:
the pool is warmed on a few articles first, then the timed run starts. Corpus: the first N
articles of the generated benchmark corpus (benchmarks/_corpus.py).

    python benchmarks/workers_throughput.py [--n 300] [--workers 1,2] [--batch-size 16]
"""
from __future__ import annotations

import argparse
import os
import sys
import tempfile
import threading
import time
from pathlib import Path

import psutil

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _corpus import generate  # noqa: E402

from chronicle.ingest import ingest  # noqa: E402
from chronicle.parallel import ProcessRunner  # noqa: E402
from chronicle.store import Store  # noqa: E402


class PeakRSS:
    """Samples the resident memory of the given processes every 0.1 s; keeps each one's peak."""

    def __init__(self, pids_fn):
        self.pids_fn, self.peak, self.cpu, self._stop = pids_fn, {}, {}, threading.Event()
        self._t = threading.Thread(target=self._run, daemon=True)

    def _run(self):
        while not self._stop.is_set():
            for pid in self.pids_fn():
                try:
                    proc = psutil.Process(pid)
                    rss = proc.memory_info().rss
                    t = proc.cpu_times()
                    self.cpu[pid] = t.user + t.system
                except psutil.Error:
                    continue
                self.peak[pid] = max(self.peak.get(pid, 0), rss)
            self._stop.wait(0.1)

    def __enter__(self):
        self._t.start()
        return self

    def __exit__(self, *exc):
        self._stop.set()
        self._t.join()


def run(articles, warm, workers: int, batch_size: int) -> dict:
    with tempfile.TemporaryDirectory() as tmp, ProcessRunner(workers) as runner:
        store = Store(os.path.join(tmp, "bench.db"))
        t0 = time.perf_counter()
        ingest(warm, store, batch_size=1, runner=runner)  # start every worker, load the model
        startup = time.perf_counter() - t0
        me = psutil.Process()
        with PeakRSS(runner.pids) as mem:
            time.sleep(0.3)
            cpu0 = dict(mem.cpu)
            c0 = sum(me.cpu_times()[:2])
            t0 = time.perf_counter()
            summary = ingest(articles, store, batch_size=batch_size, runner=runner)
            seconds = time.perf_counter() - t0
            writer_cpu = sum(me.cpu_times()[:2]) - c0
            time.sleep(0.3)
        worker_cpu = sum(mem.cpu.get(p, 0) - cpu0.get(p, 0) for p in mem.cpu)
        store.close()
    assert summary.stored == len(articles), summary.as_dict()
    peaks = sorted(mem.peak.values())
    return {"workers": workers, "seconds": seconds, "rate": len(articles) / seconds, "startup": startup,
            "peak_mb": [p / 2**20 for p in peaks], "worker_ms": 1000 * worker_cpu / len(articles),
            "writer_ms": 1000 * writer_cpu / len(articles)}


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--n", type=int, default=300)
    ap.add_argument("--workers", default="1,2")
    ap.add_argument("--batch-size", type=int, default=16)
    args = ap.parse_args()
    corpus = generate(args.n + 8)
    warm, articles = corpus[-8:], corpus[:args.n]
    chars = sum(len(a.text) for a in articles) / len(articles)
    print(f"machine: {os.cpu_count()} CPUs, load average {os.getloadavg()[0]:.1f}; "
          f"{args.n} articles ({chars:.0f} chars each), batch {args.batch_size}", flush=True)
    results = []
    for k in [int(x) for x in args.workers.split(",")]:
        r = run(articles, warm, k, args.batch_size)
        results.append(r)
        print(f"{k:2d} worker(s): {r['rate']:6.1f} articles/s ({r['seconds']:.1f} s; start-up {r['startup']:.1f} s); "
              f"peak RSS per worker: {', '.join(f'{m:.0f} MB' for m in r['peak_mb'])}; CPU per article: "
              f"workers {r['worker_ms']:.0f} ms, writer {r['writer_ms']:.0f} ms", flush=True)
    base = results[0]
    for r in results[1:]:
        s = r["rate"] / base["rate"]
        print(f"speed-up {r['workers']} vs {base['workers']} worker(s): {s:.2f}x "
              f"(efficiency {s / (r['workers'] / base['workers']):.0%})")
    print(f"load average after: {os.getloadavg()[0]:.1f}")


if __name__ == "__main__":
    main()
