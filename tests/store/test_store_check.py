"""`chronicle check` / check_store: a healthy database has no problems; a copy corrupted on purpose
(orphan rows, changed text, moved offsets, wrong event counts, a damaged full-text index) is reported."""
from __future__ import annotations

import json
import shutil
import sqlite3

import pytest
from sqlalchemy import text
from typer.testing import CliRunner

from chronicle.cli.main import app
from chronicle.link.store_adapter import link_pending
from chronicle.store import Store
from chronicle.store.check import check_store, has_errors

runner = CliRunner()


@pytest.fixture
def linked(loaded):
    link_pending(loaded)  # canonical events, as ingest does
    return loaded


def _checks(store) -> set[tuple[str, str]]:
    return {(p.check, p.table) for p in check_store(store) if p.severity == "error"}


def corrupt_copy(store, sqlite_sql: list[str], pg_sql: list[str], tmp_path):
    """A corrupted copy of ``store``: SQLite: a file copy edited with foreign keys off; PostgreSQL
    (a throwaway test database): edited in place with foreign-key triggers off."""
    if store.engine.dialect.name == "sqlite":
        store.close()
        src = store.engine.url.database
        dst = str(tmp_path / "copy.db")
        shutil.copy(src, dst)
        con = sqlite3.connect(dst)
        con.execute("PRAGMA foreign_keys=OFF")
        for sql in sqlite_sql:
            con.execute(sql)
        con.commit()
        con.close()
        return Store(dst)
    with store.engine.begin() as conn:
        conn.execute(text("SET LOCAL session_replication_role = replica"))
        for sql in pg_sql:
            conn.execute(text(sql))
    return store


def test_healthy_database_has_no_problems(linked):
    assert check_store(linked) == []


def test_unlinked_mentions_are_a_warning_only(loaded):
    problems = check_store(loaded)
    assert [(p.check, p.severity) for p in problems] == [("unlinked", "warning")]
    assert problems[0].count == 5 and not has_errors(problems)


def test_orphan_mentions_are_reported(linked, tmp_path):
    sql = ["DELETE FROM articles WHERE external_id = 'a1'"]
    bad = corrupt_copy(linked, sql, sql, tmp_path)
    found = _checks(bad)
    assert {("foreign_key", "mentions"), ("foreign_key", "sentences"), ("foreign_key", "timexes"),
            ("foreign_key", "article_actors")} <= found
    fk = [p for p in check_store(bad) if p.check == "foreign_key" and p.table == "mentions"][0]
    assert fk.count == 2 and "articles" in fk.detail


def test_changed_text_breaks_the_content_hash(linked, tmp_path):
    sql = ["UPDATE articles SET text = text || ' Edited.' WHERE external_id = 'a2'"]
    bad = corrupt_copy(linked, sql, sql, tmp_path)
    hashes = [p for p in check_store(bad) if p.check == "content_hash"]
    assert len(hashes) == 1 and hashes[0].examples == ["a2"]
    assert check_store(bad, hashes=False) == []  # the text change kept every offset valid


def test_hash_check_reads_every_page(linked, tmp_path):
    # keyset pagination: with one article per page, the article on a later page is still read
    from chronicle.store.check import _content_hashes

    sql = ["UPDATE articles SET text = text || ' Edited.' WHERE external_id = 'a2'"]
    bad = corrupt_copy(linked, sql, sql, tmp_path)
    with bad.engine.connect() as conn:
        for page in (1, 2, 500):
            found = _content_hashes(conn, page=page)
            assert [(p.count, p.examples) for p in found] == [(1, ["a2"])], page


def test_moved_offsets_are_reported_as_evidence(linked, tmp_path):
    sql = ["UPDATE mentions SET trigger_start = trigger_start + 1 WHERE mention_id = 'e1'",
           "UPDATE mention_roles SET \"end\" = 100000 WHERE role = 'recipient'"]
    bad = corrupt_copy(linked, sql, sql, tmp_path)
    assert {("evidence", "mentions"), ("evidence", "mention_roles")} <= _checks(bad)


def test_wrong_event_counts_are_reported(linked, tmp_path):
    sql = ["UPDATE events SET num_mentions = num_mentions + 1 WHERE id IN (SELECT min(id) FROM events)"]
    bad = corrupt_copy(linked, sql, sql, tmp_path)
    assert ("event_counts", "events") in _checks(bad)


def test_damaged_fulltext_index_is_reported(linked, tmp_path):
    if linked.engine.dialect.name != "sqlite":
        pytest.skip("the PostgreSQL index is derived by the server itself")
    sql = ["INSERT INTO articles_fts(articles_fts, rowid, title, text) "
           "SELECT 'delete', id, title, text FROM articles WHERE external_id = 'a3'"]
    bad = corrupt_copy(linked, sql, [], tmp_path)
    assert ("fulltext", "articles_fts") in _checks(bad)


def test_cli_check_exit_codes_and_json(linked, tmp_path):
    url = linked.url
    ok = runner.invoke(app, ["check", "--db", url])
    assert ok.exit_code == 0, ok.output
    assert "ok: checked 3 articles" in ok.output
    sql = ["DELETE FROM articles WHERE external_id = 'a3'"]
    bad = corrupt_copy(linked, sql, sql, tmp_path)
    res = runner.invoke(app, ["check", "--db", bad.url, "--json"])
    assert res.exit_code == 1
    out = json.loads(res.stdout)
    assert out["counts"]["articles"] == 2
    assert any(p["check"] == "foreign_key" and p["table"] == "mentions" for p in out["problems"])
    res = runner.invoke(app, ["check", "--db", bad.url])
    assert res.exit_code == 1 and "error: foreign_key: mentions: 1" in res.output
