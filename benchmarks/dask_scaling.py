"""Scaling on Dask: the same corpus ingested with 1, 2, 4, ... Dask workers, printing throughput,
speed-up and efficiency (speed-up / workers) against the 1-worker run of the same invocation.

Each step starts a dask.distributed LocalCluster of k single-threaded worker processes, warms
every worker (spaCy model and resources loaded), then times a full ingest of the corpus (annotate
on the cluster, results streamed back in batches to the single writer, stored and linked) into a
fresh SQLite database, or with --annotate-only only the cluster work (results discarded).

Default worker counts: powers of two up to this machine's CPU count. On a 16-core machine:

    python benchmarks/dask_scaling.py --workers 1,2,4,8,16 --n 10000      # target: >= 80% at 16

With --scheduler tcp://HOST:8786 it runs once on an existing cluster instead (speed-up then needs
a 1-worker run on the same cluster for reference).
"""
from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _corpus import generate  # noqa: E402

from chronicle.ingest import ingest  # noqa: E402
from chronicle.parallel import DaskRunner, _warm_worker  # noqa: E402
from chronicle.store import Store  # noqa: E402


def powers_of_two(limit: int) -> list[int]:
    out, k = [], 1
    while k <= limit:
        out.append(k)
        k *= 2
    return out


def timed(client, articles, batch_size: int, annotate_only: bool) -> float:
    runner = DaskRunner(client)
    client.run(_warm_worker)
    with tempfile.TemporaryDirectory() as tmp:
        t0 = time.perf_counter()
        if annotate_only:
            n = sum(1 for _ in runner.annotate(articles, batch_size=batch_size))
            assert n == len(articles)
        else:
            store = Store(os.path.join(tmp, "bench.db"))
            summary = ingest(articles, store, batch_size=batch_size, runner=runner)
            assert summary.stored == len(articles), summary.as_dict()
            store.close()
        return time.perf_counter() - t0


def main() -> None:
    from distributed import Client, LocalCluster

    ap = argparse.ArgumentParser()
    ap.add_argument("--n", type=int, default=200, help="articles (the benchmark corpus has 10,000)")
    ap.add_argument("--workers", default=",".join(map(str, powers_of_two(os.cpu_count() or 1))))
    ap.add_argument("--batch-size", type=int, default=16)
    ap.add_argument("--annotate-only", action="store_true", help="time the cluster work only, no store")
    ap.add_argument("--scheduler", help="an existing cluster (tcp://HOST:8786): one run on it")
    args = ap.parse_args()
    articles = generate(args.n)
    mode = "annotate only" if args.annotate_only else "full ingest into SQLite"
    print(f"machine: {os.cpu_count()} CPUs, load average {os.getloadavg()[0]:.1f}; {len(articles)} articles; "
          f"{mode}; batch {args.batch_size}", flush=True)
    if args.scheduler:
        with Client(args.scheduler) as client:
            k = len(client.nthreads())
            s = timed(client, articles, args.batch_size, args.annotate_only)
            print(f"{k} workers on {args.scheduler}: {len(articles) / s:.1f} articles/s ({s:.1f} s)")
        return
    base = None
    print(f"{'workers':>7} {'seconds':>8} {'articles/s':>10} {'speed-up':>8} {'efficiency':>10}")
    for k in [int(x) for x in args.workers.split(",")]:
        with LocalCluster(n_workers=k, threads_per_worker=1, processes=True, dashboard_address=None,
                          silence_logs=40) as cluster, Client(cluster) as client:
            s = timed(client, articles, args.batch_size, args.annotate_only)
        rate = len(articles) / s
        base = base or (k, rate)
        speedup = rate / base[1]
        print(f"{k:>7} {s:>8.1f} {rate:>10.1f} {speedup:>7.2f}x {speedup / (k / base[0]):>10.0%}", flush=True)
    print(f"load average after: {os.getloadavg()[0]:.1f}")


if __name__ == "__main__":
    main()
