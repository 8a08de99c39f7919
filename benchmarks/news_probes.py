"""Event dating and linking on our own unseen multi-article news (benchmarks/data/news-probes).

Each probe is a small corpus of short dated articles (several outlets telling the same stories a
few days apart) with what an analyst expects written down before chronicle first ran on it:
`expected_dates.py` scores each event mention's date, `expected_links.py` the canonical events
(one real event per group of mentions, distinct events apart, `realizes` links). This script
ingests each corpus into a fresh SQLite database and runs both scorers.

    .venv/bin/python benchmarks/news_probes.py
"""
from __future__ import annotations

import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent / "data" / "news-probes"
CLI = [sys.executable, "-c", "from chronicle.cli.main import app; app()"]


def main() -> int:
    failed = 0
    for probe in sorted(p for p in HERE.iterdir() if (p / "corpus.jsonl").exists()):
        with tempfile.TemporaryDirectory() as tmp:
            db = str(Path(tmp) / "probe.db")
            subprocess.run([*CLI, "ingest", str(probe / "corpus.jsonl"), "--db", db],
                           check=True, capture_output=True)
            for scorer in ("expected_dates.py", "expected_links.py"):
                out = subprocess.run([sys.executable, str(probe / scorer), db], capture_output=True, text=True)
                failed |= out.returncode
                lines = [l for l in out.stdout.splitlines() if l.strip()]
                # the summary lines only: the per-mention detail is for debugging
                summary = [l for l in lines if not l.startswith("  ") and not l.startswith("unlisted")]
                print(f"{probe.name} {scorer}: " + " | ".join(s.replace(db, "db") for s in summary), flush=True)
    return failed


if __name__ == "__main__":
    sys.exit(main())
