"""Verify a chronicle database: ``check_store(store)`` -> a list of :class:`Problem` (empty: healthy).

Errors (the data is wrong):
    migrations      a migration this version knows is not recorded
    foreign_key     a row points at a parent row that does not exist (orphan mention, role, ...)
                    for every foreign key of chronicle's schema and every one the database declares
    content_hash    an article's stored hash is not sha256(date + text): its text or date changed
    evidence        a stored span (trigger, role filler, timex, sentence, actor role title) does not
                    match the article text at its offsets, or lies outside it
    event_counts    a canonical event's num_mentions differs from its linked mentions, or it has none
    sqlite          SQLite's own ``PRAGMA integrity_check`` (pages, indexes)
    fulltext        the SQLite FTS5 index differs from the articles it indexes
Warnings (work left to do, not damage):
    unlinked        mentions not yet linked to a canonical event (an interrupted ingest; the next
                    ``chronicle ingest`` links them)
"""
from __future__ import annotations

import hashlib
from dataclasses import asdict, dataclass, field
from typing import Any

from sqlalchemy import and_, exists, func, inspect, literal, or_, select
from sqlalchemy.exc import DatabaseError

from chronicle.store import migrations as M
from chronicle.store import schema as S

EXAMPLES = 5


@dataclass
class Problem:
    check: str
    table: str
    count: int
    detail: str
    severity: str = "error"  # "error" | "warning"
    examples: list[Any] = field(default_factory=list)

    def __str__(self) -> str:
        ex = f" (e.g. {', '.join(map(str, self.examples))})" if self.examples else ""
        return f"{self.severity}: {self.check}: {self.table}: {self.count} {self.detail}{ex}"

    def as_dict(self) -> dict:
        return asdict(self)


def check_store(store, hashes: bool = True) -> list[Problem]:
    """Run every check on ``store``; ``hashes=False`` skips re-hashing every article text."""
    problems: list[Problem] = []
    with store.engine.connect() as conn:
        tables = set(inspect(conn).get_table_names())
        problems += _migrations(conn, tables)
        problems += _foreign_keys(conn, tables)
        if hashes and "articles" in tables:
            problems += _content_hashes(conn)
        problems += _evidence(conn, tables)
        problems += _role_evidence(conn, tables)
        problems += _event_counts(conn, tables)
        if conn.dialect.name == "sqlite":
            problems += _sqlite(conn, tables)
        conn.rollback()
    return problems


def summary(store) -> dict:
    """Row counts of the main tables (those that exist)."""
    out = {}
    with store.engine.connect() as conn:
        tables = set(inspect(conn).get_table_names())
        for name in ("articles", "mentions", "events", "actors", "failed_articles"):
            if name in tables:
                out[name] = conn.execute(select(func.count()).select_from(S.metadata.tables[name])).scalar()
    return out


# -------------------------------------------------------------------------------- checks

def _migrations(conn, tables: set[str]) -> list[Problem]:
    if "schema_migrations" not in tables:
        return [Problem("migrations", "schema_migrations", 1, "table missing: not a chronicle database")]
    missing = [name for name, _ in M.MIGRATIONS if name not in M.applied(conn)]
    return [Problem("migrations", "schema_migrations", len(missing), "migration(s) not applied", examples=missing)] \
        if missing else []


def _declared_foreign_keys(conn, tables: set[str]) -> list[tuple[str, tuple[str, ...], str, tuple[str, ...]]]:
    """(child table, child cols, parent table, parent cols): chronicle's schema plus whatever the
    database itself declares (tables other modules or versions added)."""
    fks = set()
    for t in S.metadata.sorted_tables:
        if t.name not in tables:
            continue
        for fk in t.foreign_key_constraints:
            fks.add((t.name, tuple(c.name for c in fk.columns),
                     fk.referred_table.name, tuple(e.column.name for e in fk.elements)))
    insp = inspect(conn)
    for name in tables:
        for fk in insp.get_foreign_keys(name):
            if fk.get("referred_table") and fk.get("constrained_columns"):
                fks.add((name, tuple(fk["constrained_columns"]), fk["referred_table"],
                         tuple(fk["referred_columns"])))
    return sorted(fks)


def _foreign_keys(conn, tables: set[str]) -> list[Problem]:
    out = []
    for child, ccols, parent, pcols in _declared_foreign_keys(conn, tables):
        if parent not in tables:
            out.append(Problem("foreign_key", child, 1, f"references missing table {parent}"))
            continue
        c = _table(child, ccols)
        p = _table(parent, pcols).alias("p")
        match = and_(*[p.c[pc] == c.c[cc] for cc, pc in zip(ccols, pcols)])
        orphan = and_(*[c.c[cc].isnot(None) for cc in ccols], ~exists(select(literal(1)).where(match)))
        n = conn.execute(select(func.count()).select_from(c).where(orphan)).scalar()
        if n:
            ex = [row[0] if len(row) == 1 else tuple(row) for row in
                  conn.execute(select(*[c.c[cc] for cc in ccols]).where(orphan).limit(EXAMPLES))]
            out.append(Problem("foreign_key", child, n,
                               f"row(s) whose {', '.join(ccols)} point(s) at no {parent} row", examples=ex))
    return out


def _table(name: str, cols):
    """A lightweight table for ``name`` (chronicle's own, or a reflected-by-name stand-in)."""
    if name in S.metadata.tables:
        return S.metadata.tables[name]
    from sqlalchemy import column, table

    return table(name, *[column(c) for c in cols])


def content_hash(date_value, text_value: str) -> str:
    """The same identity as ``Article.content_hash``: sha256 of ISO date, newline, text."""
    d = date_value.isoformat() if hasattr(date_value, "isoformat") else (date_value or "")
    return hashlib.sha256(f"{d}\n{text_value}".encode("utf-8")).hexdigest()



def _pages(conn, query, key, page: int):
    """The rows of ``query`` in pages of ``page`` by ascending ``key`` (keyset pagination: a large
    table is never read into memory at once); ``key`` must be among the selected columns as ``id``."""
    last = None
    while True:
        q = query.order_by(key).limit(page)
        if last is not None:
            q = q.where(key > last)
        rows = conn.execute(q).all()
        yield from rows
        if len(rows) < page:
            return
        last = rows[-1].id

def _content_hashes(conn, page: int = 500) -> list[Problem]:
    a = S.articles
    bad, ex = 0, []
    q = select(a.c.id, a.c.external_id, a.c.content_hash, a.c.date, a.c.text)
    for r in _pages(conn, q, a.c.id, page):
        if content_hash(r.date, r.text) != r.content_hash:
            bad += 1
            if len(ex) < EXAMPLES:
                ex.append(r.external_id)
    return [Problem("content_hash", "articles", bad, "article(s) whose text or date no longer match their hash",
                    examples=ex)] if bad else []


def _span_mismatch(owner_text, start, end, span_text):
    length = func.length(owner_text)
    bounds = or_(start < 0, end < start, end > length)
    if span_text is None:
        return bounds
    return or_(bounds, func.substr(owner_text, start + 1, end - start) != span_text)


def _evidence(conn, tables: set[str]) -> list[Problem]:
    a, m, r, t, s = S.articles, S.mentions, S.mention_roles, S.timexes, S.sentences
    checks = []
    if {"mentions", "articles"} <= tables:
        j = m.join(a, a.c.id == m.c.article_id)
        checks.append(("mentions", "trigger", j, m.c.id,
                       _span_mismatch(a.c.text, m.c.trigger_start, m.c.trigger_end, m.c.trigger_text)))
        checks.append(("mentions", "sentence", j, m.c.id,
                       _span_mismatch(a.c.text, m.c.sentence_start, m.c.sentence_end, None)))
    if {"mention_roles", "mentions", "articles"} <= tables:
        j = r.join(m, m.c.id == r.c.mention_id).join(a, a.c.id == m.c.article_id)
        checks.append(("mention_roles", "role filler", j, r.c.mention_id,
                       _span_mismatch(a.c.text, r.c.start, r.c.end, r.c.text)))
    if {"timexes", "articles"} <= tables:
        j = t.join(a, a.c.id == t.c.article_id)
        checks.append(("timexes", "timex", j, a.c.external_id, _span_mismatch(a.c.text, t.c.start, t.c.end, t.c.text)))
    if {"sentences", "articles"} <= tables:
        j = s.join(a, a.c.id == s.c.article_id)
        checks.append(("sentences", "sentence", j, a.c.external_id, _span_mismatch(a.c.text, s.c.start, s.c.end, None)))
    out = []
    for table, what, j, key, bad in checks:
        n = conn.execute(select(func.count()).select_from(j).where(bad)).scalar()
        if n:
            ex = list(conn.execute(select(key).select_from(j).where(bad).limit(EXAMPLES)).scalars())
            out.append(Problem("evidence", table, n, f"{what} span(s) that do not match the article text at their "
                                                     "offsets", examples=ex))
    return out


def _role_evidence(conn, tables: set[str], page: int = 500) -> list[Problem]:
    """The spans of ``actor_roles`` (a JSON list per row), checked against their article's text."""
    if not {"actor_roles", "articles"} <= tables:
        return []
    import json

    r, a = S.actor_roles, S.articles
    bad, ex = 0, []
    q = select(r.c.id, r.c.spans, a.c.external_id, a.c.text).join(a, a.c.id == r.c.article_id)
    for x in _pages(conn, q, r.c.id, page):
        try:
            spans = json.loads(x.spans or "[]")
            ok = bool(spans) and all(0 <= sp["start"] <= sp["end"] <= len(x.text)
                                     and x.text[sp["start"]:sp["end"]] == sp["text"] for sp in spans)
        except (ValueError, TypeError, KeyError):
            ok = False
        if not ok:
            bad += 1
            if len(ex) < EXAMPLES:
                ex.append(x.external_id)
    return [Problem("evidence", "actor_roles", bad, "actor role(s) whose title spans do not match the article "
                                                    "text at their offsets", examples=ex)] if bad else []


def _event_counts(conn, tables: set[str]) -> list[Problem]:
    if not {"events", "event_mentions"} <= tables:
        return []
    ev, em, m = S.events, S.event_mentions, S.mentions
    linked = select(em.c.event_id, func.count().label("n")).group_by(em.c.event_id).subquery()
    actual = func.coalesce(linked.c.n, 0)
    j = ev.outerjoin(linked, linked.c.event_id == ev.c.id)
    out = []
    wrong = or_(ev.c.num_mentions != actual, actual == 0)
    n = conn.execute(select(func.count()).select_from(j).where(wrong)).scalar()
    if n:
        ex = list(conn.execute(select(ev.c.id).select_from(j).where(wrong).limit(EXAMPLES)).scalars())
        out.append(Problem("event_counts", "events", n,
                           "canonical event(s) whose num_mentions differs from their linked mentions (or is 0)",
                           examples=ex))
    unlinked = ~exists(select(literal(1)).where(em.c.mention_id == m.c.id))
    n = conn.execute(select(func.count()).select_from(m).where(unlinked)).scalar()
    if n:
        ex = list(conn.execute(select(m.c.id).where(unlinked).limit(EXAMPLES)).scalars())
        out.append(Problem("unlinked", "mentions", n, "mention(s) not linked to a canonical event yet "
                                                      "(run chronicle ingest again)", severity="warning", examples=ex))
    return out


def _sqlite(conn, tables: set[str]) -> list[Problem]:
    out = []
    rows = [r[0] for r in conn.exec_driver_sql("PRAGMA integrity_check").all()]
    if rows != ["ok"]:
        out.append(Problem("sqlite", "*", len(rows), "integrity_check message(s)", examples=rows[:EXAMPLES]))
    if "articles_fts" in tables:
        try:
            conn.exec_driver_sql("INSERT INTO articles_fts(articles_fts, rank) VALUES ('integrity-check', 1)")
        except DatabaseError as err:
            out.append(Problem("fulltext", "articles_fts", 1,
                               f"full-text index differs from the articles ({str(err.orig)}); "
                               "rebuild: INSERT INTO articles_fts(articles_fts) VALUES ('rebuild')"))
        finally:
            conn.rollback()
    return out


def has_errors(problems: list[Problem]) -> bool:
    return any(p.severity == "error" for p in problems)


__all__ = ["Problem", "check_store", "summary", "has_errors", "content_hash", "snapshot"]


# Columns that record when or by which run something happened, not what was stored.
VOLATILE = {"ingested_at", "run_id", "applied_at", "updated_at", "failed_at", "at", "started_at", "finished_at",
            "argv", "stats"}
BOOKKEEPING = {"schema_migrations", "ingest_runs", "failures"}


def snapshot(store) -> dict[str, list[tuple]]:
    """Every row of every content table (sorted; timestamps and run ids left out), to compare two
    databases: two ingests of the same inputs must give equal snapshots whatever the runner."""
    out = {}
    with store.engine.connect() as conn:
        tables = set(inspect(conn).get_table_names())
        for t in S.metadata.sorted_tables:
            if t.name not in tables or t.name in BOOKKEEPING:
                continue
            cols = [c for c in t.c if c.name not in VOLATILE]
            out[t.name] = sorted((tuple(r) for r in conn.execute(select(*cols))), key=repr)
    return out
