"""Full-text search over articles with each engine's own facility.

SQLite: an FTS5 table ``articles_fts`` (external content: the ``articles`` rows, porter
stemming), kept in step by triggers. PostgreSQL: a GIN index on
``to_tsvector('english', title || text)`` (no extra column), queried with ``plainto_tsquery``.
Both are built by the migration ``0003_fulltext`` and both run the same :func:`search`.

Queries are words, never query syntax: ``search(store, 'missile "launch" OR')`` looks for
articles containing all of missile, launch and or (stemmed), so user input cannot inject FTS
operators.
"""
from __future__ import annotations

import re
from typing import Optional

from sqlalchemy import Connection, text

# PostgreSQL limits one tsvector to 1 MB; index the first 200,000 characters of the text.
PG_TEXT_PREFIX = 200_000
PG_CONFIG = "english"
PG_DOCUMENT = (f"to_tsvector('{PG_CONFIG}'::regconfig, coalesce(title, '') || ' ' || "
               f"left(text, {PG_TEXT_PREFIX}))")

_SQLITE_DDL = [
    "CREATE VIRTUAL TABLE IF NOT EXISTS articles_fts USING fts5("
    "title, text, content='articles', content_rowid='id', tokenize='porter unicode61')",
    "CREATE TRIGGER IF NOT EXISTS articles_fts_ai AFTER INSERT ON articles BEGIN "
    "INSERT INTO articles_fts(rowid, title, text) VALUES (new.id, new.title, new.text); END",
    "CREATE TRIGGER IF NOT EXISTS articles_fts_ad AFTER DELETE ON articles BEGIN "
    "INSERT INTO articles_fts(articles_fts, rowid, title, text) VALUES ('delete', old.id, old.title, old.text); END",
    "CREATE TRIGGER IF NOT EXISTS articles_fts_au AFTER UPDATE OF title, text ON articles BEGIN "
    "INSERT INTO articles_fts(articles_fts, rowid, title, text) VALUES ('delete', old.id, old.title, old.text); "
    "INSERT INTO articles_fts(rowid, title, text) VALUES (new.id, new.title, new.text); END",
]


def migrate(conn: Connection) -> None:
    """Migration ``0003_fulltext``: idempotent, and indexes articles stored before it."""
    if conn.dialect.name == "sqlite":
        for ddl in _SQLITE_DDL:
            conn.exec_driver_sql(ddl)
        conn.exec_driver_sql("INSERT INTO articles_fts(articles_fts) VALUES ('rebuild')")
    elif conn.dialect.name == "postgresql":
        conn.exec_driver_sql(f"CREATE INDEX IF NOT EXISTS ix_articles_fulltext ON articles USING GIN ({PG_DOCUMENT})")
    # other engines: no index; search() says so


def words(query: str) -> list[str]:
    return re.findall(r"\w+", query or "")


def search(store, query: str, limit: Optional[int] = 20) -> list[dict]:
    """Articles matching every word of ``query``, best match first (then by id).

    Returns ``[{id, external_id, date, title, source, url}]`` (``id``: the store's article id).
    """
    terms = words(query)
    if not terms:
        return []
    cols = "a.id, a.external_id, a.date, a.title, a.source, a.url"
    lim = "" if limit is None else f" LIMIT {int(limit)}"
    dialect = store.engine.dialect.name
    if dialect == "sqlite":
        sql = (f"SELECT {cols} FROM articles_fts f JOIN articles a ON a.id = f.rowid "
               f"WHERE articles_fts MATCH :q ORDER BY f.rank, a.id{lim}")
        params = {"q": " ".join('"' + t.replace('"', '') + '"' for t in terms)}
    elif dialect == "postgresql":
        # The same expression as the index, so the planner uses it.
        sql = (f"SELECT id, external_id, date, title, source, url "
               f"FROM articles, plainto_tsquery('{PG_CONFIG}'::regconfig, :q) AS q "
               f"WHERE {PG_DOCUMENT} @@ q ORDER BY ts_rank({PG_DOCUMENT}, q) DESC, id{lim}")
        params = {"q": " ".join(terms)}
    else:  # pragma: no cover
        raise NotImplementedError(f"full-text search is not available on {dialect}")
    with store.engine.connect() as conn:
        rows = conn.execute(text(sql), params).mappings().all()
    return [{**r, "date": r["date"].isoformat() if hasattr(r["date"], "isoformat") else r["date"]} for r in rows]
