"""Ingest: read inputs, skip what is already stored, annotate in batches, store transactionally.

Resumable by construction: articles are identified by content hash, and the hashes already in
the store are skipped before any parsing, so a run started again only does the remaining work.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Callable, Iterable, Iterator, Optional

from chronicle.errors import InputProblem
from chronicle.model import AnnotatedArticle, Article
from chronicle.pipeline import AnnotationFailure


@dataclass
class IngestSummary:
    read: int = 0
    stored: int = 0
    duplicates: int = 0
    skipped: list[InputProblem] = field(default_factory=list)
    failed: list[AnnotationFailure] = field(default_factory=list)

    def as_dict(self) -> dict:
        return {
            "read": self.read,
            "stored": self.stored,
            "duplicates": self.duplicates,
            "skipped": len(self.skipped),
            "failed": len(self.failed),
        }


def _new_articles(items: Iterable, store, summary: IngestSummary, seen: set[str]) -> Iterator[Article]:
    for item in items:
        if isinstance(item, InputProblem):
            summary.skipped.append(item)
            continue
        summary.read += 1
        h = item.content_hash
        if h in seen or store.has_article(h):
            summary.duplicates += 1
            continue
        seen.add(h)
        yield item


def ingest(
    items: Iterable,
    store,
    batch_size: int = 32,
    argv: str = "",
    on_progress: Optional[Callable[[int], None]] = None,
    options: Optional[dict] = None,
    runner=None,
    write_batch: Optional[int] = None,
) -> IngestSummary:
    """Store every readable, new article of ``items`` (Articles and InputProblems, as the readers
    yield them). One bad article never stops the batch: it is logged in ``failures`` and queued
    for ``chronicle ingest --retry-failed`` (:mod:`chronicle.store.retry`).

    ``runner`` annotates (:mod:`chronicle.parallel`: in this process by default, local worker
    processes, or a Dask cluster); results come back in input order to this single writer, so
    the stored rows are the same whatever the runner.

    ``write_batch``: articles per write transaction (and linking pass), at least ``batch_size``.
    By default ``batch_size`` in this process, and at least 64 with worker processes or Dask,
    whose small chunks keep the workers evenly loaded but would make the single writer pay a
    commit per few articles."""
    from chronicle.parallel import SerialRunner
    from chronicle.store import retry

    runner = runner or SerialRunner()
    if write_batch is None:
        write_batch = batch_size if getattr(runner, "workers", 1) <= 1 else 64
    write_batch = max(batch_size, write_batch)

    summary = IngestSummary()
    run_id = store.start_run(argv)
    seen: set[str] = set()
    pending: list[AnnotatedArticle] = []
    failed_hashes: set[str] = set()
    queue = {"used": retry.has_queued(store)}

    def fail(result: AnnotationFailure) -> None:
        summary.failed.append(result)
        failed_hashes.add(result.article.content_hash)
        queue["used"] = True
        store.record_failure(run_id, result.article.origin or result.article.id,
                             f"stage {result.stage}: {result.error}", article_id=result.article.id)
        retry.remember(store, result.article, result.stage, result.error, run_id)

    def flush() -> None:
        if pending:
            stats = _store_chunk(store, pending, run_id, fail)
            if queue["used"]:
                retry.forget(store, [h for h in (x.article.content_hash for x in pending) if h not in failed_hashes])
            if stats.stored:  # link the new mentions into canonical events (chronicle.link)
                from chronicle.link.store_adapter import link_pending
                link_pending(store)
            summary.stored += stats.stored
            summary.duplicates += stats.duplicates
            pending.clear()

    articles = _new_articles(items, store, summary, seen)
    for result in runner.annotate(articles, batch_size=batch_size, options=options):
        if isinstance(result, AnnotationFailure):
            fail(result)
        else:
            pending.append(result)
            if len(pending) >= write_batch:
                flush()
        if on_progress:
            on_progress(1)
    flush()
    _link_leftovers(store)
    for problem in summary.skipped:
        store.record_failure(run_id, problem.origin, problem.reason)
    store.finish_run(run_id, summary.as_dict())
    return summary


def _store_chunk(store, pending: list[AnnotatedArticle], run_id: Optional[int],
                 fail: Callable[[AnnotationFailure], None]):
    """Store a chunk in one transaction. If the database refuses the data of one article (not
    the connection), store the chunk one article per transaction instead, and record the
    refused ones as failed (stage ``store``) so the rest of the batch goes on."""
    from sqlalchemy.exc import DataError, IntegrityError, ProgrammingError, StatementError

    from chronicle.store import AddStats

    try:
        return store.add_many(pending, run_id=run_id)
    except (DataError, IntegrityError, ProgrammingError, ValueError, StatementError) as err:
        if len(pending) == 1 and not isinstance(err, (DataError, IntegrityError, ValueError)):
            raise
    total = AddStats()
    for item in pending:
        try:
            total = total + store.add_many([item], run_id=run_id)
        except (DataError, IntegrityError, ValueError) as err:
            fail(AnnotationFailure(item.article, "store", f"{type(err).__name__}: {str(err).splitlines()[0]}"))
    return total


def _link_leftovers(store) -> None:
    """Link mentions a killed run stored but did not link yet (canonical events, chronicle.link)."""
    from chronicle.link.store_adapter import has_pending, link_pending

    if has_pending(store):
        link_pending(store)

