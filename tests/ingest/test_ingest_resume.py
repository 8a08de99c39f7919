"""Crash safety and resumability: SIGKILL an ingest in the middle of a store transaction, check the
database is consistent (no partial article, no orphan mention), restart, check the corpus is
complete with nothing stored twice and equal to an uninterrupted run. Both backends."""
from __future__ import annotations

import json
import os
import queue
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path

import psutil
from sqlalchemy import func, select
from typer.testing import CliRunner

from chronicle.cli.main import app
from chronicle.store import Store
from chronicle.store import schema as S
from chronicle.store.check import check_store, has_errors

HOOK = Path(__file__).with_name("kill_hook_ingest.py")
runner = CliRunner()


def _lines(stream, q: queue.Queue) -> None:
    for line in stream:
        q.put(line)
    q.put(None)


def _run_until(args: list[str], marker: str, timeout: float = 120) -> subprocess.Popen:
    """Start the hooked ingest and return once it prints ``marker`` (it is then paused)."""
    p = subprocess.Popen([sys.executable, str(HOOK), marker.split()[-1], "ingest", *args], stdout=subprocess.PIPE,
                         stderr=subprocess.PIPE, text=True)
    q: queue.Queue = queue.Queue()
    threading.Thread(target=_lines, args=(p.stdout, q), daemon=True).start()
    deadline = time.monotonic() + timeout
    while True:
        line = q.get(timeout=max(0.1, deadline - time.monotonic()))
        if line is None:
            raise AssertionError(f"ingest ended before {marker!r}: {p.wait()} {p.stderr.read()}")
        if line.startswith(marker):
            return p


def _articles(store) -> tuple[int, int, int]:
    a = S.articles
    with store.engine.connect() as conn:
        return conn.execute(select(func.count(), func.count(a.c.content_hash.distinct()),
                                   func.count(a.c.external_id.distinct()))).one()


def _content(store) -> list[str]:
    """Every stored event mention, without the store's own row ids (PostgreSQL sequences do not
    roll back, so ids after a crash differ from a clean run's; the content must not)."""
    return sorted(json.dumps({k: v for k, v in r.items() if k != "event_id"}, sort_keys=True, default=str)
                  for r in store.export_rows())


def test_sigkill_mid_transaction_then_restart(db_url, corpus, tmp_path):
    # SQLite run on a worker process (which must die with its parent), PostgreSQL in-process.
    workers = "1" if db_url.startswith("sqlite") else "0"
    args = [str(corpus), "--db", db_url, "--batch-size", "2", "--quiet"]
    p = _run_until(args + ["--workers", workers], "IN_TX 2")  # chunk 1 committed, chunk 2 written, not committed
    children = psutil.Process(p.pid).children(recursive=True)
    os.kill(p.pid, signal.SIGKILL)
    p.wait(timeout=30)

    store = Store(db_url)
    try:
        assert _articles(store) == (2, 2, 2)  # exactly the committed chunk: no partial article
        problems = check_store(store)
        assert not has_errors(problems), problems  # no orphan mention, role, timex; hashes intact
        assert store.counts()["mentions"] > 0
    finally:
        store.close()
    _, alive = psutil.wait_procs(children, timeout=15)
    assert not alive, f"worker processes outlived the killed ingest: {alive}"

    result = runner.invoke(app, ["ingest", *args])  # restart, in this process
    assert result.exit_code == 0, result.output
    assert "stored 4 · already stored 2" in result.output

    reference = Store(f"sqlite:///{tmp_path / 'reference.db'}")
    restarted = Store(db_url)
    try:
        assert runner.invoke(app, ["ingest", str(corpus), "--db", reference.url, "--quiet"]).exit_code == 0
        assert _articles(restarted) == (6, 6, 6)  # complete, nothing twice
        assert check_store(restarted) == []  # and every mention linked to its canonical event
        assert _content(restarted) == _content(reference)
    finally:
        reference.close()
        restarted.close()
