"""The runners' shared loop: input order, bounded work in flight, a dead worker's chunk retried
once and then recorded as failed; and annotate_chunk's fallback when the parse itself fails."""
from __future__ import annotations

from concurrent.futures import Future

from chronicle import parallel
from chronicle.model import AnnotatedArticle, Article
from chronicle.parallel import SerialRunner, _Windowed, annotate_chunk, chunked, make_runner
from chronicle.pipeline import AnnotationFailure


def arts(n: int) -> list[Article]:
    return [Article(id=f"a{i}", text=f"text {i}") for i in range(n)]


class FakeRunner(_Windowed):
    """Futures resolved lazily, out of order in time; chunks listed in ``die`` fail ``die[k]`` times."""

    def __init__(self, window: int, die: dict[str, int]):
        self.window, self.die, self.in_flight, self.max_in_flight = window, dict(die), 0, 0

    def _submit(self, chunk, batch_size, options):
        self.in_flight += 1
        self.max_in_flight = max(self.max_in_flight, self.in_flight)
        f: Future = Future()
        key = chunk[0].id
        if self.die.get(key, 0) > 0:
            self.die[key] -= 1
            f.set_exception(RuntimeError(f"worker died on {key}"))
        else:
            f.set_result([AnnotatedArticle(article=a) for a in chunk])
        return f

    def _result(self, future):
        self.in_flight -= 1
        return future.result()


def test_chunked():
    assert [len(c) for c in chunked(arts(7), 3)] == [3, 3, 1]
    assert list(chunked([], 3)) == []


def test_order_window_and_retry():
    r = FakeRunner(window=4, die={"a2": 1})
    out = list(r.annotate(arts(20), batch_size=2))
    assert [x.article.id for x in out] == [f"a{i}" for i in range(20)]
    assert all(isinstance(x, AnnotatedArticle) for x in out)  # a2's chunk died once, retried
    assert r.max_in_flight <= 5  # window + the retry


class SlowHeadRunner(_Windowed):
    """Futures finish only when the loop waits, newest first: the oldest chunk is always the
    slowest, the worst case for an in-order loop."""

    def __init__(self, window: int):
        self.window, self.futures, self.max_running, self.max_held = window, [], 0, 0
        self.yielded = 0

    def _submit(self, chunk, batch_size, options):
        f: Future = Future()
        f.chunk = chunk
        self.futures.append(f)
        running = sum(not x.done() for x in self.futures)
        self.max_running = max(self.max_running, running)
        self.max_held = max(self.max_held, len(self.futures) - self.yielded)
        return f

    def _result(self, future):
        if not future.done():  # the head, waited for at last
            future.set_result([AnnotatedArticle(article=a) for a in future.chunk])
        self.yielded += 1
        return future.result()

    def _wait_any(self, futures):
        f = futures[-1]
        f.set_result([AnnotatedArticle(article=a) for a in f.chunk])


def test_slow_head_does_not_starve_workers_and_work_held_stays_bounded():
    r = SlowHeadRunner(window=3)
    out = list(r.annotate(arts(40), batch_size=2))
    assert [x.article.id for x in out] == [f"a{i}" for i in range(40)]
    assert r.max_running == 3
    # chunks were submitted while the head was still running (finished ones waiting behind it),
    # up to the bound of twice the window
    assert r.max_held == 2 * 3


def test_packed_results_round_trip_exactly():
    done = [AnnotatedArticle(article=a) for a in arts(2)]
    fail = AnnotationFailure(arts(1)[0], "parse", "boom")
    packed = [d.model_dump_json().encode() for d in done] + [fail]
    back = parallel.unpack(packed)
    assert back[:2] == done and back[2] is fail


def test_chunk_that_kills_its_worker_twice_is_recorded_failed():
    out = list(FakeRunner(window=2, die={"a4": 2}).annotate(arts(8), batch_size=2))
    assert [x.article.id for x in out] == [f"a{i}" for i in range(8)]
    failed = [x for x in out if isinstance(x, AnnotationFailure)]
    assert [(f.article.id, f.stage) for f in failed] == [("a4", "worker"), ("a5", "worker")]
    assert "worker died on a4" in failed[0].error


def test_annotate_chunk_retries_one_by_one_when_the_parse_fails(monkeypatch):
    calls = []

    def fake_many(articles, batch_size=32, errors="raise", options=None):
        articles = list(articles)
        calls.append(len(articles))
        if any(a.id == "a1" for a in articles):
            raise MemoryError("parser blew up")
        return [AnnotatedArticle(article=a) for a in articles]

    monkeypatch.setattr(parallel, "annotate_many", fake_many)
    out = annotate_chunk(arts(3), 3)
    assert calls == [3, 1, 1, 1]
    assert [type(x).__name__ for x in out] == ["AnnotatedArticle", "AnnotationFailure", "AnnotatedArticle"]
    assert out[1].stage == "parse" and "MemoryError: parser blew up" == out[1].error


def test_make_runner():
    assert isinstance(make_runner(0), SerialRunner)
    r = make_runner(3)
    assert r.name == "processes" and r.workers == 3 and r.window == 6
    r.close()
