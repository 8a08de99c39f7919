"""Full-text search: FTS5 on SQLite, tsvector on PostgreSQL, one function; migration 0003 indexes
articles stored before it and can run again harmlessly."""
from __future__ import annotations

from sqlalchemy import delete

from chronicle.store import Store
from chronicle.store import migrations as M
from chronicle.store import schema as S
from chronicle.store.fulltext import search


def ids(rows) -> list[str]:
    return sorted(r["external_id"] for r in rows)


def test_every_word_must_match_with_stemming(loaded):
    assert ids(search(loaded, "missile")) == ["a1", "a2"]
    assert ids(search(loaded, "missiles launched")) == ["a1"]  # stemmed: missil, launch
    assert ids(search(loaded, "drill")) == ["a2"]
    assert ids(search(loaded, "coast guard")) == ["a3"]
    assert search(loaded, "missile coast") == []


def test_title_is_searched_and_rows_are_shaped(loaded):
    rows = search(loaded, "launch", limit=5)
    assert [r["external_id"] for r in rows] == ["a1"]
    assert rows[0]["date"] == "2024-03-05" and rows[0]["source"] == "Reuters"
    assert set(rows[0]) == {"id", "external_id", "date", "title", "source", "url"}


def test_query_syntax_and_injection_are_plain_words(loaded):
    before = loaded.counts()
    assert search(loaded, "") == [] and search(loaded, "  ;; ") == []
    assert search(loaded, "missile'; DROP TABLE articles; --") == []  # words: missile, drop, table, articles
    assert ids(search(loaded, 'missile OR NEAR("x") *')) == []
    assert ids(search(loaded, '"missile"')) == ["a1", "a2"]
    assert loaded.counts() == before


def test_deleted_articles_leave_the_index(loaded):
    with loaded.engine.begin() as conn:
        conn.execute(delete(S.articles).where(S.articles.c.external_id == "a1"))
    assert ids(search(loaded, "missile")) == ["a2"]


def test_migration_indexes_older_articles_and_is_idempotent(store_url, articles, monkeypatch):
    with monkeypatch.context() as m:
        m.setattr(M, "MIGRATIONS", [x for x in M.MIGRATIONS if x[0] != "0003_fulltext"])
        old = Store(store_url)
        old.add_many(articles)
        old.close()
    s = Store(store_url)  # applies 0003 now
    assert "0003_fulltext" in s.applied_migrations()
    assert ids(search(s, "missile")) == ["a1", "a2"]
    with s.engine.begin() as conn:  # forget it was applied: it runs again, changing nothing
        conn.execute(delete(S.schema_migrations).where(S.schema_migrations.c.name == "0003_fulltext"))
    assert s.migrate() == ["0003_fulltext"]
    assert ids(search(s, "missile")) == ["a1", "a2"]
    s.close()
