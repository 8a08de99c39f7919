"""The single writer's cost per article, which caps throughput with many workers.

Annotates N benchmark articles once, then times, in this process and from those results:
  - bringing a result back from a worker: unpickling the pydantic model tree vs validating its JSON
    (what chronicle.parallel sends);
  - storing and linking (chronicle.ingest.ingest with a runner that hands back the ready results)
    with one transaction per 4 articles vs per 64 (ingest's write_batch for parallel runners).

    python benchmarks/writer_cost.py --n 128
"""
from __future__ import annotations

import argparse
import os
import pickle
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _corpus import generate  # noqa: E402

from chronicle.ingest import ingest  # noqa: E402
from chronicle.model import AnnotatedArticle  # noqa: E402
from chronicle.pipeline import annotate_many  # noqa: E402
from chronicle.store import Store  # noqa: E402


class ReadyRunner:
    """Hands back annotations made beforehand, so only the writer is timed."""

    workers = 1

    def __init__(self, results):
        self.by_hash = {r.article.content_hash: r for r in results}

    def annotate(self, articles, batch_size=32, options=None):
        for a in articles:
            yield self.by_hash[a.content_hash]


def per_article_ms(fn, n: int) -> float:
    t0 = time.perf_counter()
    fn()
    return (time.perf_counter() - t0) / n * 1000


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--n", type=int, default=128)
    args = ap.parse_args()
    articles = generate(args.n)
    results = [r for r in annotate_many(articles, batch_size=16, errors="collect") if isinstance(r, AnnotatedArticle)]
    n = len(results)
    pickled = [pickle.dumps(r) for r in results]
    as_json = [r.model_dump_json().encode() for r in results]
    t_pickle = per_article_ms(lambda: [pickle.loads(b) for b in pickled], n)
    t_json = per_article_ms(lambda: [AnnotatedArticle.model_validate_json(b) for b in as_json], n)
    print(f"{n} annotated articles, {sum(map(len, as_json)) / n / 1024:.1f} KiB of JSON each")
    print(f"result transport: unpickle {t_pickle:.2f} ms/article, JSON validate {t_json:.2f} ms/article "
          f"({t_pickle / t_json:.1f}x)")
    timings = {}
    for write_batch in (4, 64):
        with tempfile.TemporaryDirectory() as tmp:
            store = Store(os.path.join(tmp, "bench.db"))
            t = per_article_ms(lambda: ingest(articles, store, batch_size=4, runner=ReadyRunner(results),
                                              write_batch=write_batch), n)
            store.close()
        timings[write_batch] = t
        print(f"store + link, {write_batch} articles per transaction: {t:.1f} ms/article")
    print(f"ratio 4 vs 64 per transaction: {timings[4] / timings[64]:.2f}x")


if __name__ == "__main__":
    main()
