"""Pipeline robustness: an exception in any stage (or in the parse, or in the store) for one article
is caught, logged with the article id, recorded as failed and queued; the batch goes on; and
`chronicle ingest --retry-failed` stores it once the fault is gone. Both backends."""
from __future__ import annotations

import pytest
from sqlalchemy.exc import DataError
from typer.testing import CliRunner

from chronicle import pipeline
from chronicle.cli.main import app
from chronicle.nlp import get_nlp
from chronicle.store import Store, core
from chronicle.store.retry import failed_articles, queued

runner = CliRunner()
BAD = "airbus-3307"  # the article the injected faults hit (its text mentions Airbus; no other does)


def _is_bad(text: str) -> bool:
    return "Airbus" in text and "A380" in text


@pytest.fixture
def store_of(db_url):
    opened = []

    def open_():
        s = Store(db_url)
        opened.append(s)
        return s

    yield open_
    for s in opened:
        s.close()


def _ingest(*args):
    return runner.invoke(app, ["ingest", *args, "--quiet"])


def _assert_only_bad_failed(result, store_of, stage: str):
    assert result.exit_code == 1, result.output
    assert f"failed {BAD}" in result.output and f"stage {stage}" in result.output
    assert "stored 5" in result.output and "failed 1" in result.output
    s = store_of()
    q = queued(s)
    assert [(r["external_id"], r["stage"], r["attempts"]) for r in q] == [(BAD, stage, 1)]
    assert [f["article_id"] for f in s.failures()] == [BAD]
    assert s.counts()["articles"] == 5


def _retry_succeeds(db_url, store_of):
    result = _ingest("--retry-failed", "--db", db_url)
    assert result.exit_code == 0, result.output
    assert "read 1 · stored 1" in result.output
    s = store_of()
    assert queued(s) == [] and s.counts()["articles"] == 6


def test_stage_failure_is_recorded_and_retried(db_url, corpus, store_of, monkeypatch):
    pipeline._load_stages()
    events = pipeline._STAGES["events"]

    def flaky(state):
        if _is_bad(state.article.text):
            raise RuntimeError("injected fault")
        return events(state)

    with monkeypatch.context() as m:
        m.setitem(pipeline._STAGES, "events", flaky)
        result = _ingest(str(corpus), "--db", db_url, "--batch-size", "4")
        _assert_only_bad_failed(result, store_of, "events")
        # still failing: the queue counts the attempt, nothing else changes
        again = _ingest("--retry-failed", "--db", db_url)
        assert again.exit_code == 1 and "read 1 · stored 0" in again.output
        assert queued(store_of())[0]["attempts"] == 2
    _retry_succeeds(db_url, store_of)


def test_parse_failure_loses_only_that_article(db_url, corpus, store_of, monkeypatch):
    nlp = get_nlp()
    pipe, call = nlp.pipe, type(nlp).__call__

    def flaky_pipe(texts, **kw):
        for item in pipe(texts, **kw):
            doc = item[0] if isinstance(item, tuple) else item
            if _is_bad(doc.text):
                raise ValueError("injected parser fault")
            yield item

    def flaky_call(self, text, **kw):
        if _is_bad(text):
            raise ValueError("injected parser fault")
        return call(self, text, **kw)

    with monkeypatch.context() as m:
        m.setattr(nlp, "pipe", flaky_pipe)
        m.setattr(type(nlp), "__call__", flaky_call)
        result = _ingest(str(corpus), "--db", db_url, "--batch-size", "4")
        _assert_only_bad_failed(result, store_of, "parse")
    _retry_succeeds(db_url, store_of)


def test_store_failure_of_one_article_keeps_the_chunk(db_url, corpus, store_of, monkeypatch):
    insert_mentions = core._insert_mentions

    def flaky(conn, items, maps):
        if any(_is_bad(x.article.text) for _, x in items):
            raise DataError("INSERT INTO mentions", {}, ValueError("injected data fault"))
        return insert_mentions(conn, items, maps)

    with monkeypatch.context() as m:
        m.setattr(core, "_insert_mentions", flaky)
        result = _ingest(str(corpus), "--db", db_url, "--batch-size", "4")
        _assert_only_bad_failed(result, store_of, "store")
    _retry_succeeds(db_url, store_of)


def test_queue_drops_articles_stored_meanwhile(db_url, corpus, store_of, monkeypatch):
    pipeline._load_stages()
    with monkeypatch.context() as m:
        m.setitem(pipeline._STAGES, "time", lambda state: 1 / 0)
        assert _ingest(str(corpus / f"{BAD}.txt"), "--db", db_url).exit_code == 1
    assert len(queued(store_of())) == 1
    assert _ingest(str(corpus), "--db", db_url).exit_code == 0  # the same files again, fault gone
    s = store_of()
    assert queued(s) == [] and failed_articles(s) == []


def test_nothing_to_ingest_is_a_user_error(tmp_path):
    result = runner.invoke(app, ["ingest", "--db", str(tmp_path / "x.db")])
    assert result.exit_code == 2 and "nothing to ingest" in result.output
