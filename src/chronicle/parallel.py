"""Annotate on local processes or on a Dask cluster: same function, same chunks, same results.

Every runner cuts the stream of articles into the same chunks (``batch_size`` articles each)
and calls the same pure function on each, :func:`annotate_chunk` (which calls
:func:`chronicle.pipeline.annotate_many`), and yields the results **in input order**. The
single writer (:func:`chronicle.ingest.ingest`) therefore stores the same rows in the same
order whatever the runner and the number of workers.

    SerialRunner()                 in this process (the default)
    ProcessRunner(workers=4)       local processes; each loads the spaCy model once
    DaskRunner("tcp://host:8786")  a dask.distributed cluster (workers need chronicle installed);
                                   results stream back in batches to the single writer

``2 x workers`` chunks run at once; a slow chunk at the head of the order does not idle the
others, and at most ``4 x workers`` chunks (running or finished, waiting their turn) are held,
so memory stays bounded on any corpus size. Annotated articles travel back as JSON, which the
writer validates about 5x faster than it unpickles the same pydantic models.
A chunk whose worker died (killed, out of memory) is tried once more; if it fails again its
articles come back as :class:`AnnotationFailure` records (stage ``worker``), retryable later.
"""
from __future__ import annotations

import multiprocessing
import os
import threading
import time
from collections import deque
from itertools import islice
from typing import Any, Iterable, Iterator, Optional, Union

from chronicle.model import AnnotatedArticle, Article
from chronicle.pipeline import AnnotationFailure, annotate_many

Result = Union[AnnotatedArticle, AnnotationFailure]


def annotate_chunk(articles: list[Article], batch_size: int = 32, options: Optional[dict] = None) -> list[Result]:
    """Annotate one chunk; never raises for a bad article.

    A stage failure becomes an :class:`AnnotationFailure` (``annotate_many(errors="collect")``).
    If the parse itself fails (``nlp.pipe`` raises, which would lose the whole chunk), the chunk
    is annotated again one article at a time so only the article at fault is recorded as failed.
    """
    try:
        return list(annotate_many(articles, batch_size=batch_size, errors="collect", options=options))
    except Exception as err:
        if len(articles) == 1:
            return [AnnotationFailure(articles[0], getattr(err, "chronicle_stage", "parse"),
                                      f"{type(err).__name__}: {err}")]
        out: list[Result] = []
        for a in articles:
            out.extend(annotate_chunk([a], 1, options))
        return out


def annotate_chunk_packed(articles: list[Article], batch_size: int = 32,
                          options: Optional[dict] = None) -> list[Union[bytes, AnnotationFailure]]:
    """:func:`annotate_chunk` for another process: each annotated article travels as its JSON.

    Unpickling a pydantic model tree costs the receiving process about 5x more than validating
    the same model from JSON (benchmarks/writer_cost.py), and the single writer is what caps
    throughput with many workers."""
    return [r.model_dump_json().encode() if isinstance(r, AnnotatedArticle) else r
            for r in annotate_chunk(articles, batch_size, options)]


def unpack(results: list[Union[bytes, AnnotationFailure]]) -> list[Result]:
    """The results of :func:`annotate_chunk_packed`, back as models (exact round trip)."""
    return [AnnotatedArticle.model_validate_json(r) if isinstance(r, bytes) else r for r in results]


def chunked(items: Iterable[Article], size: int) -> Iterator[list[Article]]:
    it = iter(items)
    while True:
        chunk = list(islice(it, size))
        if not chunk:
            return
        yield chunk


def _worker_failed(chunk: list[Article], err: BaseException) -> list[Result]:
    return [AnnotationFailure(a, "worker", f"{type(err).__name__}: {err}") for a in chunk]


class SerialRunner:
    """Annotate in this process."""

    name = "serial"
    workers = 1

    def annotate(self, articles: Iterable[Article], batch_size: int = 32,
                 options: Optional[dict] = None) -> Iterator[Result]:
        for chunk in chunked(articles, batch_size):
            yield from annotate_chunk(chunk, batch_size, options)

    def close(self) -> None:
        pass

    def __enter__(self):
        return self

    def __exit__(self, *exc) -> None:
        self.close()


def _warm_worker(parent_pid: Optional[int] = None) -> None:
    """Process-pool initializer: load the spaCy model and the stages once per worker, and end
    this worker when its parent dies (a killed ``chronicle ingest`` leaves no worker behind)."""
    from chronicle.nlp import get_nlp
    from chronicle.pipeline import _load_stages

    if parent_pid is not None:
        threading.Thread(target=_exit_with_parent, args=(parent_pid,), daemon=True).start()
    get_nlp()
    _load_stages()


def _exit_with_parent(parent_pid: int) -> None:
    while True:
        if os.getppid() != parent_pid:
            os._exit(0)
        time.sleep(0.5)


class _Windowed(SerialRunner):
    """Shared ordered, bounded submission loop; subclasses provide ``_submit`` and ``_result``
    (and ``_wait_any`` where their futures are not ``concurrent.futures`` ones).

    Results are yielded in input order, but a slow chunk at the head does not starve the
    workers: new chunks are submitted whenever fewer than ``window`` are still running, while
    at most ``2 x window`` chunks (running or finished, not yet yielded) are held at once."""

    window: int = 2

    def _submit(self, chunk: list[Article], batch_size: int, options: Optional[dict]) -> Any:
        raise NotImplementedError

    def _result(self, future: Any) -> list[Result]:
        raise NotImplementedError

    def _done(self, future: Any) -> bool:
        return future.done()

    def _wait_any(self, futures: list[Any]) -> None:
        """Return once at least one of ``futures`` has finished (concurrent.futures here)."""
        from concurrent.futures import FIRST_COMPLETED, wait

        wait(futures, return_when=FIRST_COMPLETED)

    def _retry(self, chunk: list[Article], batch_size: int, options: Optional[dict],
               err: BaseException) -> list[Result]:
        try:
            return self._result(self._submit(chunk, batch_size, options))
        except Exception as again:  # the worker died twice on this chunk
            return _worker_failed(chunk, again)

    def annotate(self, articles: Iterable[Article], batch_size: int = 32,
                 options: Optional[dict] = None) -> Iterator[Result]:
        pending: deque[tuple[list[Article], Any]] = deque()
        limit = 2 * self.window

        def pop() -> list[Result]:
            chunk, fut = pending.popleft()
            try:
                return self._result(fut)
            except Exception as err:
                return self._retry(chunk, batch_size, options, err)

        for chunk in chunked(articles, batch_size):
            pending.append((chunk, self._submit(chunk, batch_size, options)))
            while pending:
                if len(pending) >= limit or self._done(pending[0][1]):
                    yield from pop()
                    continue
                running = [f for _, f in pending if not self._done(f)]
                if len(running) < self.window:
                    break  # a worker is free: submit the next chunk
                self._wait_any(running)
        while pending:
            yield from pop()


class ProcessRunner(_Windowed):
    """Annotate on ``workers`` local processes (``spawn``: a clean interpreter per worker)."""

    name = "processes"

    def __init__(self, workers: int, start_method: str = "spawn"):
        if workers < 1:
            raise ValueError("workers must be >= 1")
        self.workers = workers
        self.window = 2 * workers
        self._ctx = multiprocessing.get_context(start_method)
        self._pool = None

    def _new_pool(self):
        from concurrent.futures import ProcessPoolExecutor

        return ProcessPoolExecutor(max_workers=self.workers, mp_context=self._ctx, initializer=_warm_worker,
                                   initargs=(os.getpid(),))

    def _submit(self, chunk, batch_size, options):
        from concurrent.futures.process import BrokenProcessPool

        if self._pool is None:
            self._pool = self._new_pool()
        try:
            return self._pool.submit(annotate_chunk_packed, chunk, batch_size, options)
        except BrokenProcessPool:
            self._restart()
            return self._pool.submit(annotate_chunk_packed, chunk, batch_size, options)

    def _result(self, future):
        return unpack(future.result())

    def _restart(self) -> None:
        if self._pool is not None:
            self._pool.shutdown(wait=False, cancel_futures=True)
        self._pool = self._new_pool()

    def _retry(self, chunk, batch_size, options, err):
        from concurrent.futures.process import BrokenProcessPool

        if isinstance(err, BrokenProcessPool) and (self._pool is None or getattr(self._pool, "_broken", True)):
            self._restart()
        return super()._retry(chunk, batch_size, options, err)

    def pids(self) -> list[int]:
        """The worker processes' ids (for memory measurements)."""
        procs = getattr(self._pool, "_processes", None) or {}
        return list(procs)

    def close(self) -> None:
        if self._pool is not None:
            self._pool.shutdown(wait=True, cancel_futures=True)
            self._pool = None


class DaskRunner(_Windowed):
    """Annotate on a dask.distributed cluster: ``DaskRunner("tcp://host:8786")`` or an existing
    ``distributed.Client``. Run workers with ``--nthreads 1`` (spaCy holds the GIL): one worker
    process per core. Options (an actor dictionary) are sent to every worker once."""

    name = "dask"

    def __init__(self, address_or_client: Any):
        try:
            from distributed import Client
        except ImportError as err:  # pragma: no cover - install problem
            from chronicle.errors import ChronicleError

            raise ChronicleError("--dask needs dask.distributed: pip install 'chronicle[dask]'") from err
        if isinstance(address_or_client, str):
            self.client = Client(address_or_client, timeout="30s")
            self._own_client = True
        else:
            self.client = address_or_client
            self._own_client = False
        threads = sum(self.client.nthreads().values()) or 1
        self.workers = threads
        self.window = max(2, 2 * threads)
        self._options_key: tuple[int, Any] | None = None

    def _options(self, options: Optional[dict]):
        if not options:
            return options
        if self._options_key is None or self._options_key[0] != id(options):
            self._options_key = (id(options), self.client.scatter(options, broadcast=True, hash=False))
        return self._options_key[1]

    def _submit(self, chunk, batch_size, options):
        return self.client.submit(annotate_chunk_packed, chunk, batch_size, self._options(options), pure=False)

    def _result(self, future):
        try:
            return unpack(future.result())
        finally:
            future.release()

    def _wait_any(self, futures) -> None:
        from distributed import wait

        wait(futures, return_when="FIRST_COMPLETED")

    def close(self) -> None:
        if self._own_client:
            self.client.close()


def make_runner(workers: int = 0, dask: Optional[str] = None) -> SerialRunner:
    """The runner the CLI options ask for: ``--dask ADDRESS`` wins, else ``--workers N``
    (N worker processes; 0: annotate in this process)."""
    if dask:
        return DaskRunner(dask)
    if workers and workers >= 1:
        return ProcessRunner(workers)
    return SerialRunner()


__all__ = ["annotate_chunk", "annotate_chunk_packed", "unpack", "chunked", "SerialRunner", "ProcessRunner", "DaskRunner", "make_runner", "Result"]
