"""Ingest: read inputs, skip what is already stored, annotate in batches, store transactionally.

Resumable by construction: articles are identified by content hash, and the hashes already in
the store are skipped before any parsing, so a run started again only does the remaining work.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import Callable, Iterable, Iterator, Optional

from chronicle.errors import InputProblem
from chronicle.model import AnnotatedArticle, Article
from chronicle.pipeline import AnnotationFailure, annotate_many


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
) -> IngestSummary:
    """Store every readable, new article of ``items`` (Articles and InputProblems, as the readers
    yield them). One bad article never stops the batch."""
    summary = IngestSummary()
    run_id = store.start_run(argv)
    seen: set[str] = set()
    pending: list[AnnotatedArticle] = []

    def flush() -> None:
        if pending:
            stats = store.add_many(pending, run_id=run_id)
            summary.stored += stats.stored
            summary.duplicates += stats.duplicates
            pending.clear()

    articles = _new_articles(items, store, summary, seen)
    for result in annotate_many(articles, batch_size=batch_size, errors="collect", options=options):
        if isinstance(result, AnnotationFailure):
            summary.failed.append(result)
            store.record_failure(run_id, result.article.origin or result.article.id,
                                 f"stage {result.stage}: {result.error}", article_id=result.article.id)
        else:
            pending.append(result)
            if len(pending) >= batch_size:
                flush()
        if on_progress:
            on_progress(1)
    flush()
    for problem in summary.skipped:
        store.record_failure(run_id, problem.origin, problem.reason)
    store.finish_run(run_id, summary.as_dict())
    return summary


def read_and_date(paths: list[str], default_date: Optional[date]) -> Iterator:
    from chronicle.readers import read_inputs

    return read_inputs(paths, default_date=default_date)
