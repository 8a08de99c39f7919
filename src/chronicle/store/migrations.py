"""Named, ordered schema migrations, each recorded in ``schema_migrations`` once applied.

Rules for adding one: append ``("NNNN_what", function)`` to :data:`MIGRATIONS`, and change
:mod:`chronicle.store.schema` to match. ``0001_initial`` builds the tables from the current
metadata (``checkfirst``), so a later migration must be written to be a no-op where its
change is already there (inspect before ``ALTER``): a fresh database gets the change from
``0001`` and an old one from the migration. Use portable DDL or guard by ``conn.dialect.name``.
"""
from __future__ import annotations

from datetime import datetime, timezone
from typing import Callable

from sqlalchemy import Connection, insert, select, text

from chronicle.store import schema as S

Migration = Callable[[Connection], None]


def _initial(conn: Connection) -> None:
    S.metadata.create_all(conn, checkfirst=True)


def _events(conn: Connection) -> None:
    """Canonical events, their mentions and links, actor identities (chronicle.link)."""
    S.metadata.create_all(conn, tables=[S.events, S.event_mentions, S.event_links, S.actor_identities],
                          checkfirst=True)


def _fulltext(conn: Connection) -> None:
    """FTS5 on SQLite, a tsvector GIN index on PostgreSQL (chronicle.store.fulltext)."""
    from chronicle.store import fulltext

    fulltext.migrate(conn)


def _failed_articles(conn: Connection) -> None:
    """The retry queue of articles a stage failed on (chronicle.store.retry)."""
    from chronicle.store import retry

    retry.migrate(conn)


def _event_date_certainty(conn: Connection) -> None:
    """events.date_certainty: whether an event's date is stated or only speculated."""
    from sqlalchemy import inspect

    if "date_certainty" not in {c["name"] for c in inspect(conn).get_columns("events")}:
        conn.execute(text("ALTER TABLE events ADD COLUMN date_certainty INTEGER NOT NULL DEFAULT 0"))


def _actor_roles(conn: Connection) -> None:
    """actor_roles: the titles stated for each article actor (roles over time). Articles stored
    before it have no rows: their roles are not re-extracted (that needs the text parsed again)."""
    S.metadata.create_all(conn, tables=[S.actor_roles], checkfirst=True)


def _event_aliases(conn: Connection) -> None:
    """event_aliases: the ids of events merged into another stay resolvable (chronicle.link)."""
    S.metadata.create_all(conn, tables=[S.event_aliases], checkfirst=True)


def _event_blocks(conn: Connection) -> None:
    """event_blocks: the other blocks a canonical event is linked under (chronicle.link). Events
    linked before it have none stored; the linker rebuilds some of them from their mentions."""
    S.metadata.create_all(conn, tables=[S.event_blocks], checkfirst=True)


MIGRATIONS: list[tuple[str, Migration]] = [
    ("0001_initial", _initial),
    ("0002_events", _events),
    ("0003_fulltext", _fulltext),
    ("0004_failed_articles", _failed_articles),
    ("0005_event_date_certainty", _event_date_certainty),
    ("0006_actor_roles", _actor_roles),
    ("0007_event_aliases", _event_aliases),
    ("0008_event_blocks", _event_blocks),
]

# Arbitrary constant key for PostgreSQL's advisory lock, so two processes opening the
# same database at once do not both apply a migration.
_PG_LOCK_KEY = 0x6368726F6E  # "chron"


def applied(conn: Connection) -> set[str]:
    return set(conn.execute(select(S.schema_migrations.c.name)).scalars())


def up_to_date(conn: Connection) -> bool:
    """Every known migration is recorded (a read only: no lock taken)."""
    from sqlalchemy import inspect

    if not inspect(conn).has_table(S.schema_migrations.name):
        return False
    return {name for name, _ in MIGRATIONS} <= applied(conn)


def migrate(conn: Connection) -> list[str]:
    """Apply pending migrations inside the caller's transaction; return the names applied."""
    if conn.dialect.name == "postgresql":
        conn.execute(text("SELECT pg_advisory_xact_lock(:k)"), {"k": _PG_LOCK_KEY})
    S.schema_migrations.create(conn, checkfirst=True)
    done = applied(conn)
    names = []
    for name, fn in MIGRATIONS:
        if name in done:
            continue
        fn(conn)
        conn.execute(insert(S.schema_migrations).values(name=name, applied_at=datetime.now(timezone.utc)))
        names.append(name)
    return names
