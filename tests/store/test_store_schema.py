"""Schema creation, named migrations, URL forms, SQLite connection settings, foreign keys."""
from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import delete, func, insert, inspect, select, text
from sqlalchemy.exc import IntegrityError

from chronicle.store import DEFAULT_URL, Store, to_url
from chronicle.store import migrations as M
from chronicle.store import schema as S

TABLES = {"schema_migrations", "ingest_runs", "articles", "sentences", "timexes", "actors", "actor_aliases",
          "article_actors", "mentions", "mention_roles", "failures"}


def test_schema_created_and_migrations_recorded(store):
    assert TABLES <= set(inspect(store.engine).get_table_names())
    with store.engine.connect() as conn:
        rows = conn.execute(select(S.schema_migrations)).all()
    assert [r.name for r in rows] == [name for name, _ in M.MIGRATIONS]
    assert all(r.applied_at is not None for r in rows)


def test_reopen_does_not_reapply(store_url):
    s1 = Store(store_url)
    with s1.engine.connect() as conn:
        before = conn.execute(select(S.schema_migrations).order_by(S.schema_migrations.c.name)).all()
    s1.close()
    s2 = Store(store_url)
    assert s2.migrate() == []
    with s2.engine.connect() as conn:
        after = conn.execute(select(S.schema_migrations).order_by(S.schema_migrations.c.name)).all()
    s2.close()
    assert after == before


def test_new_migration_applied_exactly_once(store, monkeypatch):
    calls = []

    def add_note_table(conn):
        calls.append(1)
        conn.execute(text("CREATE TABLE test_note (id INTEGER PRIMARY KEY)"))

    monkeypatch.setattr(M, "MIGRATIONS", [*M.MIGRATIONS, ("9999_test_note", add_note_table)])
    assert store.migrate() == ["9999_test_note"]
    assert store.migrate() == []
    assert calls == [1]
    assert "9999_test_note" in store.applied_migrations()
    assert "test_note" in inspect(store.engine).get_table_names()


def test_failing_migration_is_not_recorded(store, monkeypatch):
    def broken(conn):
        conn.execute(text("CREATE TABLE half_done (id INTEGER PRIMARY KEY)"))
        raise RuntimeError("boom")

    monkeypatch.setattr(M, "MIGRATIONS", [*M.MIGRATIONS, ("9998_broken", broken)])
    with pytest.raises(RuntimeError):
        store.migrate()
    assert "9998_broken" not in store.applied_migrations()
    # DDL is transactional on both backends: the half-made table is gone too.
    assert "half_done" not in inspect(store.engine).get_table_names()


@pytest.mark.parametrize("given, expected", [
    ("chronicle.db", "sqlite:///chronicle.db"),
    ("/tmp/x/c.db", "sqlite:////tmp/x/c.db"),
    ("sqlite:///chronicle.db", "sqlite:///chronicle.db"),
    ("postgresql+psycopg://u@h/db", "postgresql+psycopg://u@h/db"),
    (":memory:", "sqlite://"),
    (None, DEFAULT_URL),
])
def test_to_url(given, expected):
    assert to_url(given) == expected


def test_bare_path_and_url_forms_open_the_same_file(tmp_path, a1):
    path = tmp_path / "sub.db"
    with Store(str(path)) as s:
        assert s.add(a1)
    assert path.exists()
    with Store(f"sqlite:///{path}") as s:
        assert s.has_article(a1.article.content_hash)
        assert s.counts()["articles"] == 1
    with Store(Path(path)) as s:
        assert not s.add(a1)


def test_relative_bare_path(tmp_path, monkeypatch, a1):
    monkeypatch.chdir(tmp_path)
    with Store("rel.db") as s:
        s.add(a1)
    assert (tmp_path / "rel.db").exists()


def test_sqlite_pragmas(tmp_path):
    with Store(tmp_path / "w.db") as s, s.engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1


def test_foreign_keys_enforced(store):
    with pytest.raises(IntegrityError):
        with store.engine.begin() as conn:
            conn.execute(insert(S.timexes).values(article_id=12345, tid="t1", position=0, text="x", start=0, end=1,
                                                  type="DATE"))
    assert store.counts()["timexes"] == 0


def test_delete_article_cascades(loaded):
    with loaded.engine.begin() as conn:
        conn.execute(delete(S.articles).where(S.articles.c.external_id == "a1"))
    with loaded.engine.connect() as conn:
        roles = conn.execute(select(func.count()).select_from(S.mention_roles)).scalar()
        sents = conn.execute(select(func.count()).select_from(S.sentences)).scalar()
        links = conn.execute(select(func.count()).select_from(S.article_actors)).scalar()
    c = loaded.counts()
    assert (c["articles"], c["mentions"], c["timexes"]) == (2, 3, 2)
    assert roles == 5  # a2: USA, KOR, PRK; a3: JPN, CHN
    assert sents == 3 and links == 5
    # Canonical actors are shared across articles and outlive them.
    assert c["actors"] == 6


def test_a_database_from_before_0005_gains_event_date_certainty(tmp_path):
    import sqlite3

    db = tmp_path / "old.db"
    Store(str(db)).close()
    con = sqlite3.connect(db)  # make it what 0001-0004 built: events without the column
    con.execute("ALTER TABLE events DROP COLUMN date_certainty")
    con.execute("DELETE FROM schema_migrations WHERE name = '0005_event_date_certainty'")
    con.commit()
    con.close()
    with Store(str(db)) as s:
        cols = {c["name"] for c in inspect(s.engine).get_columns("events")}
        with s.engine.connect() as conn:
            names = [r.name for r in conn.execute(select(S.schema_migrations))]
    assert "date_certainty" in cols and "0005_event_date_certainty" in names
