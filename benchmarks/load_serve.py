"""Load test of `chronicle serve`: 50 concurrent clients of mixed reads while an ingest runs.

Bounded and local: the server binds 127.0.0.1 on a free port, every phase has a fixed length,
and the server and the ingest are stopped at the end whatever happens.

    python benchmarks/load_serve.py [--clients 50] [--seconds 30] [--baseline-seconds 10]

1. ingest examples/ into a temporary SQLite database; start `chronicle serve` on it (a subprocess,
   with a write token);
2. baseline: the same clients and reads for --baseline-seconds with no ingest running;
3. load: --seconds of reads while `chronicle ingest` (a second process) writes generated articles
   into the same database and one client also POSTs articles to /api/articles.

Prints p50 / p99 latency and requests/second of each phase and the ratio load/baseline; exits 1
on any error (a non-2xx answer, a refused connection or a timeout).
"""
from __future__ import annotations

import argparse
import http.client
import json
import os
import random
import shutil
import signal
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import urllib.parse
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
BIN = Path(sys.executable).parent
TOKEN = "load-test-token-0123"
READS = [
    # (weight, path) — what an analyst's browser asks for
    (4, "/api/events?party=North+Korea&with=Russia&limit=50"),
    (3, "/api/events?limit=100"),
    (2, "/api/events?type=CONSULT&status=occurred&limit=50"),
    (2, "/api/events?q=visit&limit=50"),
    (3, "/api/timeline?party=North+Korea&with=Russia"),
    (2, "/api/stats?by=month"),
    (1, "/api/stats?by=dyad"),
    (2, "/api/actors?limit=50"),
    (1, "/api/network"),
    (1, "/api/places"),
    (1, "/api/facets"),
    (1, "/api/export?format=csv&party=PRK"),
    (1, "/"),
    (3, "EVENT"),    # one event page
    (2, "ARTICLE"),  # one article with its annotations
]


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def make_articles(folder: Path, n: int) -> None:
    """n new articles (JSONL): the demo texts with a distinguishing sentence, so none is a duplicate."""
    from chronicle.readers import read_inputs

    base = [a for a in read_inputs([str(ROOT / "examples")]) if hasattr(a, "text")]
    with open(folder / "generated.jsonl", "w", encoding="utf-8") as f:
        for i in range(n):
            a = base[i % len(base)]
            f.write(json.dumps({"id": f"gen-{i}", "date": a.date.isoformat(),
                                "text": a.text + f"\n\nLoad-test copy {i}."}) + "\n")


def get(conn: http.client.HTTPConnection, path: str) -> tuple[int, bytes]:
    conn.request("GET", path, headers={"Accept": "application/json"})
    r = conn.getresponse()
    return r.status, r.read()


class Phase:
    def __init__(self):
        self.latencies: list[float] = []
        self.errors: list[str] = []
        self.lock = threading.Lock()


def client(host: str, port: int, until: float, phase: Phase, event_ids: list[str], article_keys: list[int],
           seed: int) -> None:
    rnd = random.Random(seed)
    paths = [p for w, p in READS for _ in range(w)]
    conn = http.client.HTTPConnection(host, port, timeout=30)
    lat, errs = [], []
    while time.monotonic() < until:
        p = rnd.choice(paths)
        if p == "EVENT":
            p = "/api/events/" + urllib.parse.quote(rnd.choice(event_ids))
        elif p == "ARTICLE":
            p = f"/api/articles/{rnd.choice(article_keys)}"
        t0 = time.perf_counter()
        try:
            status, _ = get(conn, p)
        except Exception as err:  # noqa: BLE001 - every failure is counted
            errs.append(f"{p}: {type(err).__name__}: {err}")
            conn.close()
            conn = http.client.HTTPConnection(host, port, timeout=30)
            continue
        lat.append(time.perf_counter() - t0)
        if not 200 <= status < 300:
            errs.append(f"{p}: HTTP {status}")
    conn.close()
    with phase.lock:
        phase.latencies += lat
        phase.errors += errs


def poster(host: str, port: int, until: float, phase: Phase, stats: dict) -> None:
    """One client writing through the API during the load phase (articles with new text)."""
    conn = http.client.HTTPConnection(host, port, timeout=60)
    i = 0
    while time.monotonic() < until:
        body = (f"date 2025-03-{1 + i % 28:02d}\nRussian Foreign Minister Sergey Lavrov visited Pyongyang on "
                f"Monday and met North Korean leader Kim Jong-un, TASS reported. Posted copy {i} {time.time()}.\n")
        try:
            conn.request("POST", "/api/articles", body=body.encode(),
                         headers={"Authorization": f"Bearer {TOKEN}", "Content-Type": "text/plain"})
            r = conn.getresponse()
            r.read()
            if r.status != 201:
                phase.errors.append(f"POST /api/articles: HTTP {r.status}")
            else:
                stats["posted"] += 1
        except Exception as err:  # noqa: BLE001
            phase.errors.append(f"POST /api/articles: {type(err).__name__}: {err}")
            conn.close()
            conn = http.client.HTTPConnection(host, port, timeout=60)
        i += 1
    conn.close()


def run_phase(host, port, clients, seconds, event_ids, article_keys, with_poster=False) -> tuple[Phase, float, dict]:
    phase = Phase()
    stats = {"posted": 0}
    until = time.monotonic() + seconds
    threads = [threading.Thread(target=client, args=(host, port, until, phase, event_ids, article_keys, i))
               for i in range(clients)]
    if with_poster:
        threads.append(threading.Thread(target=poster, args=(host, port, until, phase, stats)))
    t0 = time.monotonic()
    for t in threads:
        t.start()
    for t in threads:
        t.join(timeout=seconds + 90)
    return phase, time.monotonic() - t0, stats


def pct(values: list[float], q: float) -> float:
    if not values:
        return float("nan")
    values = sorted(values)
    return values[min(len(values) - 1, int(q * len(values)))]


def report(name: str, phase: Phase, wall: float) -> dict:
    lat = phase.latencies
    out = {"requests": len(lat), "rps": len(lat) / wall if wall else 0.0, "p50_ms": 1000 * pct(lat, 0.50),
           "p99_ms": 1000 * pct(lat, 0.99), "mean_ms": 1000 * (statistics.fmean(lat) if lat else float("nan")),
           "errors": len(phase.errors)}
    print(f"{name:9s} requests {out['requests']:6d} · {out['rps']:7.1f} req/s · p50 {out['p50_ms']:7.1f} ms · "
          f"p99 {out['p99_ms']:7.1f} ms · errors {out['errors']}", flush=True)
    return out


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--clients", type=int, default=50)
    ap.add_argument("--seconds", type=float, default=30.0)
    ap.add_argument("--baseline-seconds", type=float, default=10.0)
    ap.add_argument("--ingest-articles", type=int, default=400)
    args = ap.parse_args()

    tmp = Path(tempfile.mkdtemp(prefix="chronicle-load-"))
    server = ingest_proc = None
    try:
        db = tmp / "load.db"
        subprocess.run([str(BIN / "chronicle"), "ingest", str(ROOT / "examples"), "--db", str(db), "-q"],
                       check=True, capture_output=True)
        gen = tmp / "gen"
        gen.mkdir()
        make_articles(gen, args.ingest_articles)

        host, port = "127.0.0.1", free_port()
        server = subprocess.Popen(
            [str(BIN / "chronicle"), "serve", "--db", str(db), "--host", host, "--port", str(port)],
            env={**os.environ, "CHRONICLE_WRITE_TOKEN": TOKEN}, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
        deadline = time.monotonic() + 60
        while True:
            try:
                c = http.client.HTTPConnection(host, port, timeout=2)
                status, body = get(c, "/api/health")
                c.close()
                if status == 200:
                    break
            except OSError:
                pass
            if time.monotonic() > deadline or server.poll() is not None:
                print("server did not start:", server.stderr.read().decode()[-2000:] if server.poll() is not None else "")
                return 1
            time.sleep(0.2)

        c = http.client.HTTPConnection(host, port, timeout=30)
        items = json.loads(get(c, "/api/events?limit=500")[1])["items"]
        c.close()
        event_ids = [e["id"] for e in items]
        article_keys = sorted({e["article"]["key"] for e in items})

        print(f"chronicle serve on {host}:{port} · {args.clients} clients · mixed reads ({len(READS)} kinds)", flush=True)
        base, base_wall, _ = run_phase(host, port, args.clients, args.baseline_seconds, event_ids, article_keys)
        b = report("baseline", base, base_wall)

        ingest_proc = subprocess.Popen(
            [str(BIN / "chronicle"), "ingest", str(gen), "--db", str(db), "-q"],
            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
        before = json.loads(get(http.client.HTTPConnection(host, port, timeout=30), "/api/health")[1])["counts"]
        load, load_wall, st = run_phase(host, port, args.clients, args.seconds, event_ids, article_keys, with_poster=True)
        after = json.loads(get(http.client.HTTPConnection(host, port, timeout=30), "/api/health")[1])["counts"]
        ingest_running = ingest_proc.poll() is None
        lo = report("ingesting", load, load_wall)
        stored = after["articles"] - before["articles"]
        print(f"during the load phase: {stored} articles stored ({st['posted']} by POST /api/articles, the rest by "
              f"`chronicle ingest` in another process{', still running at the end' if ingest_running else ''})")
        print(f"ratio ingesting/baseline: p50 {lo['p50_ms'] / b['p50_ms']:.2f}x · p99 {lo['p99_ms'] / b['p99_ms']:.2f}x · "
              f"throughput {lo['rps'] / b['rps']:.2f}x")
        errors = base.errors + load.errors
        for e in errors[:10]:
            print("error:", e)
        if stored <= 0:
            print("error: nothing was ingested during the load phase")
            return 1
        print("errors: 0" if not errors else f"errors: {len(errors)}")
        return 1 if errors else 0
    finally:
        for proc in (ingest_proc, server):
            if proc is not None and proc.poll() is None:
                proc.send_signal(signal.SIGTERM)
                try:
                    proc.wait(timeout=15)
                except subprocess.TimeoutExpired:
                    proc.kill()
                    proc.wait()
        shutil.rmtree(tmp, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())
