"""Incremental ingest against batch ingest on the news probes (benchmarks/data/news-probes).

For each probe the corpus is annotated once, then stored into four SQLite databases:

- ``batch``: every article in one ingest (one linking pass, as ``benchmarks/news_probes.py``);
- ``single``: one article per linking pass, in corpus order (what one ``chronicle ingest`` per
  article does: the linker keeps nothing in memory between two passes);
- ``halves``: the first half of the corpus, then the second;
- ``again``: ``batch`` with the whole corpus ingested a second time (must change nothing).

It compares each incremental database with ``batch``: the partition of mentions into canonical
events (mentions placed differently: those whose event holds other mentions), the ``realizes``
links (as pairs of mention sets), the events' mention / article / source counts, and the probe
scores (``expected_links.py``; ``expected_dates.py`` with ``--dates``). ``again`` must also keep
every event id.

    .venv/bin/python benchmarks/incremental_linking.py [PROBE ...] [--dates] [--keep DIR]
"""
from __future__ import annotations

import argparse
import re
import sqlite3
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent / "data" / "news-probes"


class CachedRunner:
    """Annotates each article once (by content hash), so every database gets the same mentions."""

    name = "cached"
    workers = 1

    def __init__(self):
        from chronicle.parallel import SerialRunner

        self.inner = SerialRunner()
        self.cache: dict = {}

    def annotate(self, articles, batch_size: int = 32, options=None):
        todo = list(articles)
        fresh = [a for a in todo if a.content_hash not in self.cache]
        for a, r in zip(fresh, self.inner.annotate(fresh, batch_size=batch_size, options=options)):
            self.cache[a.content_hash] = r
        for a in todo:
            yield self.cache[a.content_hash]


def _ingest(db: str, articles: list, runner: CachedRunner, per_pass: int) -> None:
    from chronicle.ingest import ingest
    from chronicle.store import Store

    store = Store(db)
    try:
        ingest(iter(articles), store, batch_size=per_pass, runner=runner)
    finally:
        store.close()


def _state(db: str) -> dict:
    c = sqlite3.connect(db)
    m2e = dict(c.execute("select mention_id, event_id from event_mentions"))
    clusters: dict[str, set] = {}
    for m, e in m2e.items():
        clusters.setdefault(e, set()).add(m)
    of = {e: frozenset(ms) for e, ms in clusters.items()}
    counts = {of[r[0]]: r[1:] for r in c.execute(
        "select id, num_mentions, num_articles, num_sources from events") if r[0] in of}
    links = {(of.get(s), of.get(t)) for s, t in c.execute(
        "select source_id, target_id from event_links where relation='realizes'")}
    return {"m2e": m2e, "of": of, "clusters": set(of.values()), "counts": counts, "links": links}


def _score(probe: Path, scorer: str, db: str) -> str:
    out = subprocess.run([sys.executable, str(probe / scorer), db], capture_output=True, text=True)
    line = next((l for l in out.stdout.splitlines() if l.startswith(db)), out.stdout.strip()[-200:])
    line = line[len(db) + 2:]
    if scorer == "expected_links.py":
        m = re.search(r"(\d+) of (\d+) expectations met; realizes links not expected: (\d+)", line)
        return f"{m.group(1)}/{m.group(2)} +{m.group(3)}" if m else line
    m = re.search(r"(\d+) right, (\d+) wrong", line)
    return f"{m.group(1)} right" if m else line


def _compare(base: dict, other: dict) -> dict:
    moved = {m for m in base["m2e"] if m in other["m2e"]
             and base["of"][base["m2e"][m]] != other["of"][other["m2e"][m]]}
    same = base["clusters"] & other["clusters"]
    counts = sum(1 for k in same if base["counts"].get(k) != other["counts"].get(k))
    return {"events": len(other["clusters"]), "moved": len(moved),
            "links": f"{len(other['links'] & base['links'])}/{len(base['links'])}+{len(other['links'] - base['links'])}",
            "counts": counts}


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("probes", nargs="*")
    ap.add_argument("--dates", action="store_true", help="also score event dates")
    ap.add_argument("--keep", help="keep the databases under this folder")
    args = ap.parse_args()
    from chronicle.readers import read_inputs

    probes = sorted(p for p in HERE.iterdir() if (p / "corpus.jsonl").exists()
                    and (not args.probes or p.name in args.probes))
    print("probe: events batch / single / halves | mentions placed differently single / halves | "
          "realizes kept/batch+new single / halves | count rows differing | links scored batch / single / halves"
          + (" | dates" if args.dates else "") + " | again: same")
    worse = 0
    for probe in probes:
        articles = [a for a in read_inputs([str(probe / "corpus.jsonl")]) if not hasattr(a, "reason")]
        runner = CachedRunner()
        with tempfile.TemporaryDirectory() as tmp:
            root = Path(args.keep) / probe.name if args.keep else Path(tmp)
            root.mkdir(parents=True, exist_ok=True)
            dbs = {k: str(root / f"{k}.db") for k in ("batch", "single", "halves")}
            for db in dbs.values():
                Path(db).unlink(missing_ok=True)
            _ingest(dbs["batch"], articles, runner, 32)
            _ingest(dbs["single"], articles, runner, 1)
            half = (len(articles) + 1) // 2
            _ingest(dbs["halves"], articles[:half], runner, 32)
            _ingest(dbs["halves"], articles[half:], runner, 32)
            states = {k: _state(db) for k, db in dbs.items()}
            before = states["batch"]
            _ingest(dbs["batch"], articles, runner, 32)  # again: nothing new
            after = _state(dbs["batch"])
            again = after["m2e"] == before["m2e"] and after["links"] == before["links"] \
                and after["counts"] == before["counts"]
            cmp = {k: _compare(states["batch"], states[k]) for k in ("single", "halves")}
            scores = {k: _score(probe, "expected_links.py", db) for k, db in dbs.items()}
            dates = ""
            if args.dates:
                dates = " | " + " / ".join(_score(probe, "expected_dates.py", db) for db in dbs.values())
            print(f"{probe.name}: {len(states['batch']['clusters'])} / {cmp['single']['events']} / "
                  f"{cmp['halves']['events']} | {cmp['single']['moved']} / {cmp['halves']['moved']} | "
                  f"{cmp['single']['links']} / {cmp['halves']['links']} | "
                  f"{cmp['single']['counts']} / {cmp['halves']['counts']} | "
                  f"{scores['batch']} / {scores['single']} / {scores['halves']}{dates} | "
                  f"{'yes' if again else 'NO'}", flush=True)
            worse |= not again
    return int(worse)


if __name__ == "__main__":
    sys.exit(main())
