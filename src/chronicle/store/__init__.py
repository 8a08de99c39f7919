"""The event store: a SQL database (SQLite by default, PostgreSQL by URL) of annotated articles.

    from chronicle.store import Store
    store = Store("chronicle.db")          # or "sqlite:///chronicle.db", "postgresql+psycopg://..."
    store.add_many(annotated_articles, run_id=store.start_run("chronicle ingest ..."))
    store.events(actor="PRK", since=date(2024, 1, 1))
"""
from chronicle.store.core import CHUNK_SIZE, DEFAULT_URL, AddStats, Store, to_url  # noqa: F401

__all__ = ["Store", "AddStats", "to_url", "DEFAULT_URL", "CHUNK_SIZE"]
