"""The retry queue: articles a stage failed on, kept whole, retried by ``chronicle ingest --retry-failed``.

A failure is also logged in ``failures`` (the per-run log, with the article id); this queue holds
one row per failed article (by content hash) with the article itself, so a retry needs neither
the original files nor the original order. A row goes away once its article is stored.
"""
from __future__ import annotations

from datetime import datetime, timezone
from typing import Iterable, Optional

from sqlalchemy import delete, insert, select, update

from chronicle.model import Article
from chronicle.store import schema as S

_IN = 500


def remember(store, article: Article, stage: str, error: str, run_id: Optional[int] = None) -> None:
    """Queue ``article`` for retry (or count one more attempt if it is queued already)."""
    t = S.failed_articles
    h = article.content_hash
    now = datetime.now(timezone.utc)
    with store._write() as conn:
        n = conn.execute(update(t).where(t.c.content_hash == h).values(
            attempts=t.c.attempts + 1, stage=stage, error=error, run_id=run_id, failed_at=now)).rowcount
        if not n:
            conn.execute(insert(t).values(
                content_hash=h, external_id=article.id, origin=article.origin, article=article.model_dump_json(),
                stage=stage, error=error, attempts=1, run_id=run_id, failed_at=now))


def forget(store, content_hashes: Iterable[str]) -> int:
    """Drop these articles from the queue (they are stored now); returns rows removed."""
    hashes = list(content_hashes)
    if not hashes:
        return 0
    t = S.failed_articles
    removed = 0
    with store._write() as conn:
        for i in range(0, len(hashes), _IN):
            removed += conn.execute(delete(t).where(t.c.content_hash.in_(hashes[i:i + _IN]))).rowcount
    return removed


def has_queued(store) -> bool:
    t = S.failed_articles
    with store._read() as conn:
        return conn.execute(select(t.c.content_hash).limit(1)).first() is not None


def queued(store) -> list[dict]:
    """The queue, oldest first: content_hash, external_id, origin, stage, error, attempts, failed_at."""
    t = S.failed_articles
    with store._read() as conn:
        rows = conn.execute(select(t.c.content_hash, t.c.external_id, t.c.origin, t.c.stage, t.c.error,
                                   t.c.attempts, t.c.failed_at).order_by(t.c.failed_at, t.c.content_hash))
        return [dict(r) for r in rows.mappings()]


def failed_articles(store) -> list[Article]:
    """The queued articles, ready to ingest again. Entries whose article got stored meanwhile
    (for example by a later run over the same files) are dropped first."""
    t, a = S.failed_articles, S.articles
    with store._write() as conn:
        conn.execute(delete(t).where(t.c.content_hash.in_(select(a.c.content_hash))))
    with store._read() as conn:
        payloads = conn.execute(select(t.c.article).order_by(t.c.failed_at, t.c.content_hash)).scalars().all()
    return [Article.model_validate_json(p) for p in payloads]


def migrate(conn) -> None:
    """Migration ``0004_failed_articles`` (a no-op where ``0001`` already built the table)."""
    S.failed_articles.create(conn, checkfirst=True)
