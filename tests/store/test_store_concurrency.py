"""Readers are never blocked by a writer (SQLite WAL, PostgreSQL MVCC), and concurrent writers
never store an article twice."""
from __future__ import annotations

import random
import threading
import time

from chronicle.store import AddStats, Store, core


def test_reader_is_not_blocked_by_an_open_write_transaction(store_url, a1, a2):
    writer = Store(store_url)
    writer.add(a1)
    with writer._write() as conn:  # a chunk being written, not committed yet
        core._write_chunk(conn, [a2], None)
        t0 = time.monotonic()
        reader = Store(store_url)  # opening (migrations are up to date) must not wait for the writer
        assert reader.counts()["articles"] == 1  # sees the committed state only
        assert [e["article"]["id"] for e in reader.events()] == ["a1", "a1"]
        assert reader.timeline("PRK")
        assert time.monotonic() - t0 < 5
    assert reader.counts()["articles"] == 2  # committed now
    reader.close()
    writer.close()


def test_concurrent_writers_store_each_article_once(store_url, articles):
    Store(store_url).close()  # migrate once
    stores = [Store(store_url) for _ in range(3)]
    barrier = threading.Barrier(len(stores))
    results: list[AddStats] = []
    errors: list[BaseException] = []

    def work(store, seed):
        batch = list(articles)
        random.Random(seed).shuffle(batch)
        try:
            barrier.wait()
            results.append(store.add_many(batch, chunk_size=1))
        except BaseException as err:  # pragma: no cover - reported below
            errors.append(err)

    threads = [threading.Thread(target=work, args=(s, i)) for i, s in enumerate(stores)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(60)
    assert not errors, errors
    assert sum(r.stored for r in results) == 3 and sum(r.duplicates for r in results) == 6
    c = stores[0].counts()
    assert c["articles"] == 3 and c["mentions"] == 5
    for s in stores:
        s.close()
