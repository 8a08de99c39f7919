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


MIGRATIONS: list[tuple[str, Migration]] = [
    ("0001_initial", _initial),
]

# Arbitrary constant key for PostgreSQL's advisory lock, so two processes opening the
# same database at once do not both apply a migration.
_PG_LOCK_KEY = 0x6368726F6E  # "chron"


def applied(conn: Connection) -> set[str]:
    return set(conn.execute(select(S.schema_migrations.c.name)).scalars())


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
